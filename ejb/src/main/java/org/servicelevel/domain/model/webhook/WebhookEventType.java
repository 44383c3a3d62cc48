package org.servicelevel.domain.model.webhook;

import java.util.List;

/**
 * The event types a webhook can subscribe to, as they appear in the CloudEvents {@code type}
 * attribute: SLA warnings and breaches (from escalation) and the life of a ticket.
 */
public final class WebhookEventType {

    public static final String SLA_WARNING = "sla.warning";
    public static final String SLA_BREACHED = "sla.breached";
    public static final String TICKET_ESCALATED = "ticket.escalated";
    public static final String TICKET_CREATED = "ticket.created";
    public static final String TICKET_STATUS_CHANGED = "ticket.status-changed";
    public static final String TICKET_RESOLVED = "ticket.resolved";

    /** Every type, in the order documents list them. */
    public static final List<String> ALL = List.of(SLA_WARNING, SLA_BREACHED, TICKET_ESCALATED, TICKET_CREATED,
            TICKET_STATUS_CHANGED, TICKET_RESOLVED);

    private WebhookEventType() {
    }

    public static boolean isKnown(String type) {
        return type != null && ALL.contains(type);
    }
}
