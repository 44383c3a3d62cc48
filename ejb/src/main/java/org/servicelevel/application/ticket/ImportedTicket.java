package org.servicelevel.application.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A ticket from another help desk, or a month to replay: the ticket as registered ({@code draft}
 * with its {@code registeredAt}) and everything that happened to it since, in order of time.
 */
public record ImportedTicket(TicketDraft draft, List<Event> events) {

    /** What happened: {@code type} STATUS (to), PRIORITY (priority, text as reason), ASSIGNMENT (assignee, group), COMMENT (text, visible). */
    public record Event(Instant at, String type, String actor, boolean byCustomer, String to, Integer priority,
                        String assignee, String group, String text, Boolean visibleToCustomer) {
    }
}
