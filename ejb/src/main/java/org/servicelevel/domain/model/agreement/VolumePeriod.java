package org.servicelevel.domain.model.agreement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** The period a service's volume limit applies to: calendar months, quarters or years. */
public enum VolumePeriod {
    MONTH, QUARTER, YEAR;

    /** The first day of the period that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
        };
    }

    /** How people name the period that starts on {@code start}: 2026-12, 2026-Q4 or 2026. */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The first day after the period that starts on {@code start}. */
    public LocalDate endAfter(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }
}
