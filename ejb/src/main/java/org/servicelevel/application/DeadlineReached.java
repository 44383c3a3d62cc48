package org.servicelevel.application;

import java.time.Instant;

/** Fired when a scheduled deadline is reached; {@code firedAt} may be later than {@code due} after downtime. */
public record DeadlineReached(String kind, String reference, Instant due, Instant firedAt) {
}
