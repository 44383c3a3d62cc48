package org.servicelevel.application.ticket;

import java.time.Instant;

/**
 * A ticket came under an agreement: registered (live or imported) under one, or given one later.
 * Fired in the transaction that does it, so what observers store commits or rolls back with it.
 */
public record TicketUnderAgreement(long ticketId, String number, long agreementId, String service,
                                   Instant registeredAt, String actor) {
}
