package org.servicelevel.application.escalation;

import java.time.Duration;
import java.time.Instant;

/**
 * A step of a ticket clock's escalation as listed: pending (with the instant it comes due) or fired
 * (with when, how late, on which server instance and what its actions did). {@code step} is the
 * step's position in its rule ({@code -1} for the breach itself) and {@code occurrence} its
 * repetition (0 for the first). {@code late} says the step fired more than a minute after its due
 * instant, as after a stop of the server.
 */
public record EscalationEntry(long id, String metric, int step, String name, String at, int occurrence,
                              String actions, String state, Instant dueAt, Instant plannedAt, Instant firedAt,
                              Duration lateBy, boolean late, String firedOn, String outcome) {
}
