package org.servicelevel.application.ticket;

import java.time.Instant;

/** One event of a ticket's history with the state it left the ticket in ({@code priority} null while it had none). */
public record TicketEventDetails(int sequence, String type, Instant at, String actor, boolean byCustomer,
                                 String from, String to, String text, boolean visibleToCustomer, String status,
                                 Integer priority, String supportGroup, int supportLine) {
}
