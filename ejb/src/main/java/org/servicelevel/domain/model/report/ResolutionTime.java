package org.servicelevel.domain.model.report;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The resolution-time rule of the month's close: the working time of the ticket's own service
 * calendar inside {@code [registered, resolved)}, minus the working time inside the intervals it
 * spent in pause statuses. Counting on the calendar means that a ticket registered out of hours
 * starts at the next opening, and that the nights, weekends and holidays inside a pause are not
 * subtracted a second time (they never counted); pause intervals that overlap are merged first, so
 * no time is subtracted twice either. Instants are taken to the whole second (the calendar's and the
 * clocks' precision), so the result is exact to the second.
 *
 * @param working    the working time inside {@code [registered, resolved)}
 * @param paused     the working time inside the pauses within that range
 * @param resolution {@code working − paused}
 */
public record ResolutionTime(Duration working, Duration paused, Duration resolution) {

    /** An interval {@code [start, end)} the ticket spent in a pause status. */
    public record Pause(Instant start, Instant end) {

        public Pause {
            Objects.requireNonNull(start, "start of a pause");
            Objects.requireNonNull(end, "end of a pause");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("a pause from " + start + " ends before it starts, at " + end);
            }
        }
    }

    /**
     * Measures a ticket's resolution time on its service's calendar.
     *
     * @param pauses the intervals spent in pause statuses, in any order, possibly overlapping and
     *               possibly reaching outside {@code [registered, resolved)} (only the part inside counts)
     * @throws IllegalArgumentException if {@code resolved} is before {@code registered}
     */
    public static ResolutionTime measure(WorkCalendar calendar, Instant registered, Instant resolved,
                                         List<Pause> pauses) {
        long from = registered.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
        long to = resolved.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
        if (to < from) {
            throw new IllegalArgumentException("a ticket resolved at " + resolved + " was registered after that, at "
                    + registered);
        }
        long working = calendar.elapsedSeconds(from, to);
        long paused = 0;
        for (long[] stretch : merged(pauses, from, to)) {
            paused += calendar.elapsedSeconds(stretch[0], stretch[1]);
        }
        return new ResolutionTime(Duration.ofSeconds(working), Duration.ofSeconds(paused),
                Duration.ofSeconds(working - paused));
    }

    /** The pauses cut to {@code [from, to)} and merged where they overlap or touch, as epoch-second pairs. */
    private static List<long[]> merged(List<Pause> pauses, long from, long to) {
        List<long[]> clipped = new ArrayList<>();
        for (Pause pause : pauses) {
            long start = Math.max(from, pause.start().truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
            long end = Math.min(to, pause.end().truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
            if (start < end) {
                clipped.add(new long[] {start, end});
            }
        }
        clipped.sort(Comparator.comparingLong(p -> p[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] pause : clipped) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && pause[0] <= last[1]) {
                last[1] = Math.max(last[1], pause[1]);
            } else {
                merged.add(pause);
            }
        }
        return merged;
    }
}
