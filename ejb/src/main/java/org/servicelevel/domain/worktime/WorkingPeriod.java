package org.servicelevel.domain.worktime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of working time {@code [start, end)} on the real timeline, as evidence of which
 * time an SLA clock counted.
 *
 * @param start first instant of working time
 * @param end   first instant after it; strictly after {@code start}
 */
public record WorkingPeriod(Instant start, Instant end) {

    /** @throws IllegalArgumentException if the period is empty or reversed */
    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working period " + start + " to " + end + " is empty or reversed");
        }
    }

    /** Real elapsed time of the period. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
