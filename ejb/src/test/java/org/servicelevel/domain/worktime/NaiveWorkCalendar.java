package org.servicelevel.domain.worktime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Reference implementation of {@code due} and {@code elapsed} that walks the calendar day by
 * day with {@link ZonedDateTime}, recomputing every day's ranges on each call. Deliberately
 * simple and slow: it is the oracle the engine is checked against and the baseline it is
 * benchmarked against.
 */
public final class NaiveWorkCalendar {

    /** Gives up after this many days without using up the duration. */
    private static final int MAX_DAYS = 366 * 200;

    private final CalendarRules rules;
    private final ZoneId zone;

    public NaiveWorkCalendar(CalendarRules rules) {
        this.rules = rules;
        this.zone = rules.zone();
    }

    public Instant due(Instant start, Duration workingDuration) {
        if (workingDuration.isNegative()) {
            throw new IllegalArgumentException("negative duration");
        }
        Duration remaining = workingDuration;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int walked = 0; walked < MAX_DAYS; walked++, day = day.plusDays(1)) {
            for (TimeOfDayRange range : rules.hoursOn(day).ranges()) {
                Instant open = instantOf(day, range.openSecond());
                Instant close = instantOf(day, range.closeSecond());
                if (!close.isAfter(start) || !close.isAfter(open)) {
                    continue;
                }
                Instant from = open.isBefore(start) ? start : open;
                Duration available = Duration.between(from, close);
                if (remaining.isZero()) {
                    return from;
                }
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no due date within " + MAX_DAYS + " days");
    }

    public Duration elapsed(Instant start, Instant end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("reversed range");
        }
        Duration total = Duration.ZERO;
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (TimeOfDayRange range : rules.hoursOn(day).ranges()) {
                Instant open = instantOf(day, range.openSecond());
                Instant close = instantOf(day, range.closeSecond());
                Instant from = open.isBefore(start) ? start : open;
                Instant to = close.isAfter(end) ? end : close;
                if (from.isBefore(to)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    /** {@link #due} on epoch seconds, as the engine's {@code dueEpochSecond}. */
    public long dueEpochSecond(long startEpochSecond, long workingSeconds) {
        return due(Instant.ofEpochSecond(startEpochSecond), Duration.ofSeconds(workingSeconds)).getEpochSecond();
    }

    /** {@link #elapsed} on epoch seconds, as the engine's {@code elapsedSeconds}. */
    public long elapsedSeconds(long startEpochSecond, long endEpochSecond) {
        return elapsed(Instant.ofEpochSecond(startEpochSecond), Instant.ofEpochSecond(endEpochSecond)).getSeconds();
    }

    /**
     * The instant the wall clock first shows the given time: a time in a spring-forward gap is
     * clipped to the transition, a repeated time takes its earlier occurrence.
     */
    private Instant instantOf(LocalDate day, int secondOfDay) {
        LocalDateTime local = day.atStartOfDay().plusSeconds(secondOfDay);
        ZonedDateTime zoned = ZonedDateTime.of(local, zone);
        if (!zoned.toLocalDateTime().equals(local)) {
            return zone.getRules().getTransition(local).getInstant();
        }
        return zoned.toInstant();
    }
}
