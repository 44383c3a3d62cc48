package org.servicelevel.domain.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One SLA clock of a ticket as of an instant: which target it measures ({@code metric}:
 * {@code response}, {@code resolution} or {@code status:<CODE>} for a time-in-status limit), its
 * state, target, the working time counted and left, when it started and stopped, its due instant
 * and the instant it was breached, and the evidence: the segments of its timeline, the working time
 * attributed to each support group and to waiting on the customer or a third party, and the
 * calendar versions used.
 *
 * <p>{@code due} is the deadline: for a running clock when the target runs out if it keeps running,
 * for a breached one the deadline it passed, for a met one the deadline that applied when it
 * stopped; a paused, cancelled or stopped clock has none. A running clock breaches at any instant after
 * {@code breachesAfter} if it keeps running: its due instant, or the next opening when it falls at a
 * closing time. {@code paused} says the clock stands still
 * now because the ticket waits: a paused clock, or a breached one that waits.
 */
public record SlaClock(String metric, ClockState state, boolean paused, Duration target, Duration elapsed,
                       Duration remaining, Instant startedAt, Instant stoppedAt, Instant due, Instant breachedAt,
                       Instant breachesAfter,
                       Duration pausedWorkingTime, Map<String, Duration> workingTimeByGroup,
                       Duration waitingOnCustomer, Duration waitingOnThirdParty, List<ClockSegment> segments,
                       List<Integer> calendarVersions) {

    public static final String RESPONSE = "response";
    public static final String RESOLUTION = "resolution";
    public static final String STATUS_PREFIX = "status:";

    public SlaClock {
        workingTimeByGroup = Map.copyOf(workingTimeByGroup);
        segments = List.copyOf(segments);
        calendarVersions = List.copyOf(calendarVersions);
    }
}
