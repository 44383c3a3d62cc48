package org.servicelevel.interfaces.rest.webhook;

import java.time.Instant;

/**
 * One delivery of one event to a webhook: {@code state} PENDING, DELIVERED, FAILED (another attempt at
 * {@code nextAttemptAt}) or DEAD (given up); the last attempt's HTTP status or, without an answer, its error.
 */
public record DeliveryView(long id, String eventId, String type, String subject, String state, int attempts,
                           Integer lastStatus, String lastError, Instant nextAttemptAt, Instant createdAt,
                           Instant deliveredAt) {
}
