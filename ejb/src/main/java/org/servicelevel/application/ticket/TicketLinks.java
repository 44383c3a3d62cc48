package org.servicelevel.application.ticket;

import org.eclipse.microprofile.config.ConfigProvider;

/** Where a ticket's page is, for links in e-mails and webhook events: under {@code servicelevel.public-url}. */
public final class TicketLinks {

    private TicketLinks() {
    }

    /** The address of the ticket's page. */
    public static String of(long ticketId) {
        String base = ConfigProvider.getConfig().getOptionalValue("servicelevel.public-url", String.class)
                .orElse("http://localhost:8080/servicelevel").strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/app/ticket.xhtml?id=" + ticketId;
    }
}
