package org.servicelevel.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The span of time the product works in: the years its working-time calendars compute
 * ({@value WorkCalendar#MIN_YEAR} to {@value WorkCalendar#MAX_YEAR}). A date given by a user or an
 * integration lies in those years; an instant lies at least a day inside them, so that its wall-clock
 * date is in them in every time zone. Anything outside is refused as input rather than failing later
 * in a calendar computation.
 */
public final class SupportedTime {

    /** The first supported instant. */
    private static final Instant FIRST = OffsetDateTime.of(WorkCalendar.MIN_YEAR, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC)
            .toInstant();
    /** The end of the supported instants (exclusive). */
    private static final Instant END = OffsetDateTime.of(WorkCalendar.MAX_YEAR, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC)
            .toInstant();

    private SupportedTime() {
    }

    /** What is wrong with {@code date}, or {@code null} when it is supported (or absent). */
    public static String problem(LocalDate date) {
        if (date == null || date.getYear() >= WorkCalendar.MIN_YEAR && date.getYear() <= WorkCalendar.MAX_YEAR) {
            return null;
        }
        return "Dates from " + WorkCalendar.MIN_YEAR + "-01-01 to " + WorkCalendar.MAX_YEAR + "-12-31 are supported";
    }

    /** What is wrong with {@code instant}, or {@code null} when it is supported (or absent). */
    public static String problem(Instant instant) {
        if (instant == null || !instant.isBefore(FIRST) && instant.isBefore(END)) {
            return null;
        }
        return "Times from " + FIRST + " to before " + END + " are supported";
    }
}
