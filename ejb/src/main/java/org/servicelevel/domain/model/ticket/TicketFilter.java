package org.servicelevel.domain.model.ticket;

import java.time.Instant;

/**
 * Which tickets to list; every {@code null} matches all. {@code customerId} also restricts a
 * customer user to their organisation; {@code withoutAgreement} lists only tickets without an
 * agreement; {@code breachedAt} lists tickets with a clock breached by
 * that instant; {@code dueBefore} those with a running clock due before it; {@code text} searches
 * number, title and description.
 */
public record TicketFilter(Long customerId, Long agreementId, boolean withoutAgreement, String status, Integer priority, String assignee,
                           Instant breachedAt, Instant dueBefore, String text) {
}
