package org.servicelevel.application.ticket;

/** A ticket moved from one status to another, in the transaction that stores the move. */
public record TicketStatusChanged(long ticketId, String from, String to, String actor) {
}
