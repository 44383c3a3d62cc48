package org.servicelevel.domain.clock;

import java.time.Instant;

/**
 * One stretch of a clock's timeline: {@code [from, to)}, what it was, the ticket's status and
 * support group then, and how much working time of the service calendar lies in it (for a running
 * segment, the time counted; for a paused one, the working time the wait took).
 */
public record ClockSegment(Instant from, Instant to, SegmentKind kind, String status, String group,
                           long workingSeconds) {
}
