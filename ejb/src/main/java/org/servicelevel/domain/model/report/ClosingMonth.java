package org.servicelevel.domain.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The calendar month being closed, read in the agreement's time zone: it runs from the first day's
 * midnight (inclusive) to the next month's first midnight (exclusive), so that every instant belongs
 * to exactly one month.
 */
public record ClosingMonth(YearMonth month, ZoneId zone) {

    public ClosingMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }

    /** The first instant of the month. */
    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant after the month. */
    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The month's last day. */
    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /**
     * The number of this month counted from the service start: 1 for the calendar month containing
     * {@code serviceStart}, 2 for the next, and 0 or less for months before it.
     */
    public long numberSince(LocalDate serviceStart) {
        return ChronoUnit.MONTHS.between(YearMonth.from(serviceStart), month) + 1;
    }

    @Override
    public String toString() {
        return month + " (" + zone + ")";
    }
}
