package org.servicelevel.application.ticket;

/** A live ticket was registered (not imported), in the transaction that stores it; observers may add to that transaction. */
public record TicketRegistered(long ticketId, String actor) {
}
