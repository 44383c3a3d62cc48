package org.servicelevel.domain.worktime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The working-time engine: answers "when is this much working time used up?" and "how much
 * working time lies in this range?" for one {@link CalendarRules}.
 *
 * <p><b>Meaning of time.</b> Working durations are real elapsed time between instants. Wall-clock
 * ranges are placed on the timeline by the zone rules: a range falling into a spring-forward gap
 * is clipped to the part that exists, a fall-back day lasts as long as it really does, a time
 * repeated by a fall-back counts from its first occurrence, and {@code 24:00} is the start of
 * the next day.
 *
 * <p><b>Sub-second inputs.</b> Calendar boundaries are whole seconds; instants and durations
 * given with a nanosecond part are used exactly as given, without rounding. The nanoseconds of a
 * start instant count only if that instant lies in working time (otherwise counting begins at
 * the next opening, a whole second). Hence {@code elapsed(s, due(s, d)) == d} and
 * {@code elapsed(a, b) + elapsed(b, c) == elapsed(a, c)} hold exactly for all inputs.
 *
 * <p><b>Performance and thread safety.</b> The working intervals of the wall-clock years in use
 * are computed once and kept as an immutable snapshot of epoch-second arrays with a prefix sum of
 * working seconds, published through a volatile field. {@code due} and {@code elapsed} are
 * direct table lookups in that snapshot (a short search only where a calendar has very short
 * intervals or gaps), independent of how far apart the instants are, and do not lock. When an instant outside the covered years is asked for, the snapshot is rebuilt
 * under a lock to cover them, reusing the years already computed and growing the covered span
 * at least twofold, so rebuilds are rare. Memory is a few tens of kilobytes per covered year
 * (about 20 KB for a weekday calendar). Instants and due dates must lie within the wall-clock
 * years {@value #MIN_YEAR} to {@value #MAX_YEAR}, which bounds that memory.
 */
public final class WorkCalendar {

    /** First wall-clock year the engine computes for. */
    public static final int MIN_YEAR = 1900;
    /** Last wall-clock year the engine computes for. */
    public static final int MAX_YEAR = 2399;
    /** More working time than the supported years hold; larger durations are rejected up front. */
    private static final long MAX_WORKING_SECONDS = (MAX_YEAR - MIN_YEAR + 1) * 366L * 86_400L;

    private final CalendarRules rules;
    private final WallClock clock;
    private final LocalDate lastPossibleWorkingDay;
    private final long minEpochSecond;
    private final long maxEpochSecond;
    private final Object growLock = new Object();
    private volatile Timeline timeline = Timeline.EMPTY;

    private WorkCalendar(CalendarRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = new WallClock(rules.zone().getRules());
        this.lastPossibleWorkingDay = rules.lastPossibleWorkingDay();
        this.minEpochSecond = clock.epochSecond(LocalDate.of(MIN_YEAR, 1, 1), 0);
        this.maxEpochSecond = clock.epochSecond(LocalDate.of(MAX_YEAR + 1, 1, 1), 0) - 1;
    }

    /** The engine for the given calendar. */
    public static WorkCalendar of(CalendarRules rules) {
        return new WorkCalendar(rules);
    }

    /** The engine for a calendar in which all time is working time. */
    public static WorkCalendar twentyFourSeven(ZoneId zone) {
        return new WorkCalendar(CalendarRules.twentyFourSeven(zone));
    }

    /** The calendar this engine computes with. */
    public CalendarRules rules() {
        return rules;
    }

    /** The zone whose wall clock the calendar is read on. */
    public ZoneId zone() {
        return rules.zone();
    }

    /**
     * The instant at which {@code workingDuration} of working time has elapsed, counting from
     * {@code start}, or from the next opening if {@code start} is not working time. A zero
     * duration gives {@code start} itself if it is working time, else the next opening. When
     * the duration runs out exactly at a closing time, that closing time is the result.
     *
     * @throws IllegalArgumentException      if the duration is negative or the result would
     *                                       lie outside the supported years
     * @throws WorkingTimeExhaustedException if the calendar has no working time left to count
     */
    public Instant due(Instant start, Duration workingDuration) {
        long seconds = workingDuration.getSeconds();
        if (seconds < 0 || seconds > MAX_WORKING_SECONDS) {
            throw unusableDuration(start, workingDuration);
        }
        long second = start.getEpochSecond();
        Timeline current = timeline;
        if (current.covers(second)) {
            Instant due = current.due(start, second, start.getNano(), seconds, workingDuration.getNano());
            if (due != null) {
                return due;
            }
        }
        return dueAfterGrowing(start, workingDuration);
    }

    /** {@link #due} when the snapshot does not yet cover the start or the due date. */
    private Instant dueAfterGrowing(Instant start, Duration workingDuration) {
        long second = start.getEpochSecond();
        Timeline current = timeline;
        while (true) {
            if (!current.covers(second)) {
                current = timelineCovering(second);
                continue;
            }
            Instant due = current.due(start, second, start.getNano(), workingDuration.getSeconds(),
                    workingDuration.getNano());
            if (due != null) {
                return due;
            }
            current = timelineBeyond(current, start, workingDuration);
        }
    }

    /**
     * {@link #due(Instant, Duration)} in whole seconds, for callers that compute many deadlines
     * on epoch seconds (the agreement consistency check walks thousands of starts): the epoch
     * second at which {@code workingSeconds} of working time have elapsed, counting from the
     * epoch second {@code startEpochSecond}, or from the next opening if that second is not
     * working time. Same rules and exceptions as {@link #due(Instant, Duration)}, and nothing is
     * allocated once the years in use are computed.
     */
    public long dueEpochSecond(long startEpochSecond, long workingSeconds) {
        // from 0 to 2^40 seconds, which cannot overflow; a snapshot never holds more working time than that
        if (workingSeconds >>> 40 == 0) {
            long due = timeline.dueSecond(startEpochSecond, workingSeconds);
            if (due != Timeline.BEYOND) {
                return due;
            }
        }
        Instant start = Instant.ofEpochSecond(checkSupported(startEpochSecond));
        return due(start, Duration.ofSeconds(workingSeconds)).getEpochSecond();
    }

    /**
     * {@link #elapsed(Instant, Instant)} in whole seconds: the working seconds inside
     * {@code [startEpochSecond, endEpochSecond)}. Same rules and exceptions; nothing is allocated
     * once the years in use are computed.
     */
    public long elapsedSeconds(long startEpochSecond, long endEpochSecond) {
        if (endEpochSecond < startEpochSecond) {
            throw new IllegalArgumentException("range from epoch second " + startEpochSecond + " to "
                    + endEpochSecond + " ends before it starts");
        }
        return covering(startEpochSecond, endEpochSecond).elapsedSeconds(startEpochSecond, endEpochSecond);
    }

    private static IllegalArgumentException unusableDuration(Instant start, Duration workingDuration) {
        if (workingDuration.isNegative()) {
            return new IllegalArgumentException("working duration must not be negative: " + workingDuration);
        }
        return new IllegalArgumentException("the due date for " + workingDuration + " of working time from "
                + start + " lies after the year " + MAX_YEAR);
    }

    /**
     * The working time inside {@code [start, end)}.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start} or an instant lies
     *                                  outside the supported years
     */
    public Duration elapsed(Instant start, Instant end) {
        long startSecond = start.getEpochSecond();
        long endSecond = end.getEpochSecond();
        if (endSecond < startSecond || endSecond == startSecond && end.getNano() < start.getNano()) {
            throw new IllegalArgumentException("range " + start + " to " + end + " ends before it starts");
        }
        Timeline current = covering(startSecond, endSecond);
        return current.elapsed(startSecond, start.getNano(), endSecond, end.getNano());
    }

    /**
     * The working periods inside {@code [start, end)}, in order, clipped to the range. Working
     * time that continues across midnight (an overnight shift, a 24/7 calendar) is one period.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public List<WorkingPeriod> workingPeriods(Instant start, Instant end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range " + start + " to " + end + " ends before it starts");
        }
        return covering(start.getEpochSecond(), end.getEpochSecond()).periods(start, end);
    }

    /**
     * Whether the instant is working time and, if not, whether it falls on an observed holiday
     * or simply outside the working hours of its day.
     */
    public TimeStatus statusAt(Instant instant) {
        long second = instant.getEpochSecond();
        if (covering(second, second).isWorking(second)) {
            return TimeStatus.WORKING;
        }
        LocalDate date = clock.dateAt(second);
        return rules.versionOn(date).isObservedHoliday(date) ? TimeStatus.HOLIDAY : TimeStatus.OUTSIDE_WORKING_HOURS;
    }

    /** The rule version governing the given day. */
    public CalendarVersion versionOn(LocalDate date) {
        return rules.versionOn(date);
    }

    /** The rule version governing the day on which the instant falls in the calendar's zone. */
    public CalendarVersion versionAt(Instant instant) {
        return rules.versionOn(dateOf(instant));
    }

    /**
     * The rule versions a computation over {@code [start, end]} used: those governing at least
     * one day from the day of {@code start} to the day of {@code end}, in ascending order. For a
     * due date, pass the start and the result of {@link #due}.
     */
    public List<CalendarVersion> versionsBetween(Instant start, Instant end) {
        return rules.versionsBetween(dateOf(start), dateOf(end));
    }

    private LocalDate dateOf(Instant instant) {
        return clock.dateAt(checkSupported(instant.getEpochSecond()));
    }

    private Timeline covering(long fromSecond, long toSecond) {
        Timeline current = timeline;
        if (!current.covers(fromSecond)) {
            current = timelineCovering(fromSecond);
        }
        if (!current.covers(toSecond)) {
            current = timelineCovering(toSecond);
        }
        return current;
    }

    /** A snapshot covering the given second, built if needed. */
    private Timeline timelineCovering(long second) {
        int year = clock.dateAt(checkSupported(second)).getYear();
        synchronized (growLock) {
            Timeline current = timeline;
            if (current.covers(second)) {
                return current;
            }
            if (current.isEmpty()) {
                return publish(buildYears(Math.max(MIN_YEAR, year - 1), Math.min(MAX_YEAR, year + 1), current));
            }
            int span = current.lastYear() - current.firstYear() + 1;
            int firstYear = current.firstYear();
            int lastYear = current.lastYear();
            if (year < firstYear) {
                firstYear = Math.max(MIN_YEAR, Math.min(year - 1, firstYear - span));
            } else {
                lastYear = Math.min(MAX_YEAR, Math.max(year + 1, lastYear + span));
            }
            return publish(buildYears(firstYear, lastYear, current));
        }
    }

    /** A snapshot covering more years after {@code seen}, for a due date that lies beyond it. */
    private Timeline timelineBeyond(Timeline seen, Instant start, Duration workingDuration) {
        synchronized (growLock) {
            Timeline current = timeline;
            if (current.lastYear() > seen.lastYear()) {
                return current;
            }
            if (lastPossibleWorkingDay != null && current.lastYear() >= lastPossibleWorkingDay.getYear()) {
                throw new WorkingTimeExhaustedException("the calendar has no working time after "
                        + lastPossibleWorkingDay + ", so " + workingDuration + " of working time from "
                        + start + " is never used up");
            }
            if (current.lastYear() >= MAX_YEAR) {
                throw new IllegalArgumentException("the due date for " + workingDuration + " of working time from "
                        + start + " lies after the year " + MAX_YEAR);
            }
            int span = current.lastYear() - current.firstYear() + 1;
            return publish(buildYears(current.firstYear(), Math.min(MAX_YEAR, current.lastYear() + span), current));
        }
    }

    private Timeline publish(Timeline next) {
        timeline = next;
        return next;
    }

    private Timeline buildYears(int firstYear, int lastYear, Timeline reuse) {
        YearBlock[] blocks = new YearBlock[lastYear - firstYear + 1];
        for (int year = firstYear; year <= lastYear; year++) {
            blocks[year - firstYear] = reuse.isEmpty() || year < reuse.firstYear() || year > reuse.lastYear()
                    ? YearBlock.build(year, rules, clock)
                    : reuse.blocks[year - reuse.firstYear()];
        }
        return new Timeline(blocks);
    }

    private long checkSupported(long epochSecond) {
        if (epochSecond < minEpochSecond || epochSecond > maxEpochSecond) {
            String instant = epochSecond >= Instant.MIN.getEpochSecond() && epochSecond <= Instant.MAX.getEpochSecond()
                    ? "instant " + Instant.ofEpochSecond(epochSecond) : "epoch second " + epochSecond;
            throw new IllegalArgumentException(instant + " lies outside the supported years " + MIN_YEAR + " to "
                    + MAX_YEAR);
        }
        return epochSecond;
    }

    @Override
    public String toString() {
        return "work calendar: " + rules;
    }
}
