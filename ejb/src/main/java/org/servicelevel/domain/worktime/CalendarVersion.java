package org.servicelevel.domain.worktime;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One effective-dated version of a calendar's rules: from {@link #effectiveFrom()} on (until
 * the next version takes effect) the working hours of a day are given by the weekly hours,
 * except on holidays (no working time) and on override dates.
 *
 * <p>An override <em>replaces</em> the weekly hours of its date: a transferred working
 * Saturday, a shortened day before a holiday, or (with no ranges) an extra day off. If a date
 * is both a holiday and an override, <strong>the override wins</strong>: the date is worked
 * according to the override and is not reported as a holiday. Holidays and overrides of a
 * version only apply to the days that version governs.
 */
public final class CalendarVersion {

    private final LocalDate effectiveFrom;
    private final WeeklyHours weeklyHours;
    private final NavigableSet<LocalDate> holidays;
    private final NavigableMap<LocalDate, DailyHours> overrides;

    private CalendarVersion(Builder builder) {
        this.effectiveFrom = builder.effectiveFrom;
        this.weeklyHours = builder.weeklyHours;
        this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(builder.holidays));
        this.overrides = Collections.unmodifiableNavigableMap(new TreeMap<>(builder.overrides));
    }

    /**
     * Starts a version taking effect on the given date, with a closed week, no holidays and no
     * overrides.
     */
    public static Builder effectiveFrom(LocalDate effectiveFrom) {
        return new Builder(effectiveFrom);
    }

    /** First day governed by this version. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** Regular hours per weekday. */
    public WeeklyHours weeklyHours() {
        return weeklyHours;
    }

    /** Dates declared holidays by this version, in ascending order. */
    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    /** Dates whose hours replace the weekly hours, in ascending order of date. */
    public NavigableMap<LocalDate, DailyHours> overrides() {
        return overrides;
    }

    /**
     * The working hours of the given date under this version: the override if there is one,
     * otherwise closed on a holiday, otherwise the weekly hours of its weekday.
     */
    public DailyHours hoursOn(LocalDate date) {
        DailyHours override = overrides.get(date);
        if (override != null) {
            return override;
        }
        if (holidays.contains(date)) {
            return DailyHours.closed();
        }
        return weeklyHours.on(date.getDayOfWeek());
    }

    /**
     * Whether the date is observed as a holiday under this version: it is listed as a holiday
     * and has no override (an override wins over a holiday).
     */
    public boolean isObservedHoliday(LocalDate date) {
        return holidays.contains(date) && !overrides.containsKey(date);
    }

    /** Whether any weekday has working time, so that working time recurs indefinitely. */
    boolean hasRecurringWorkingTime() {
        return !weeklyHours.isAlwaysClosed();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarVersion other
                && effectiveFrom.equals(other.effectiveFrom)
                && weeklyHours.equals(other.weeklyHours)
                && holidays.equals(other.holidays)
                && overrides.equals(other.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(effectiveFrom, weeklyHours, holidays, overrides);
    }

    /** Identifies the version by the date it takes effect, e.g. {@code "version effective 2024-01-01"}. */
    @Override
    public String toString() {
        return "version effective " + effectiveFrom;
    }

    /** Collects the rules of one version; validation errors name the weekday or date. */
    public static final class Builder {

        private final LocalDate effectiveFrom;
        private WeeklyHours weeklyHours = WeeklyHours.closed();
        private final NavigableSet<LocalDate> holidays = new TreeSet<>();
        private final NavigableMap<LocalDate, DailyHours> overrides = new TreeMap<>();

        private Builder(LocalDate effectiveFrom) {
            this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }

        /** Sets the regular hours per weekday. */
        public Builder weeklyHours(WeeklyHours weeklyHours) {
            this.weeklyHours = Objects.requireNonNull(weeklyHours, "weeklyHours");
            return this;
        }

        /** Adds holidays: dates without working time unless overridden. */
        public Builder holidays(Collection<LocalDate> dates) {
            dates.forEach(this::holiday);
            return this;
        }

        /** Adds one holiday. */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "holiday"));
            return this;
        }

        /**
         * Replaces the hours of one date with the given ranges, e.g.
         * {@code override(date, "10:00-15:00")}; no range makes the date a day off.
         *
         * @throws IllegalArgumentException e.g. "2024-12-24: 13:00-12:00 ends before it starts"
         */
        public Builder override(LocalDate date, String... ranges) {
            Objects.requireNonNull(date, "override date");
            overrides.put(date, DailyHours.parseFor(date.toString(), ranges));
            return this;
        }

        /** Replaces the hours of one date. */
        public Builder override(LocalDate date, DailyHours hours) {
            overrides.put(Objects.requireNonNull(date, "override date"), Objects.requireNonNull(hours, "hours"));
            return this;
        }

        /** Replaces the hours of each date in the map. */
        public Builder overrides(Map<LocalDate, DailyHours> hoursByDate) {
            hoursByDate.forEach(this::override);
            return this;
        }

        /** Convenience for the ranges of one override given as a list. */
        public Builder override(LocalDate date, List<TimeOfDayRange> ranges) {
            Objects.requireNonNull(date, "override date");
            return override(date, DailyHours.ofFor(date.toString(), ranges));
        }

        /** The immutable version. */
        public CalendarVersion build() {
            return new CalendarVersion(this);
        }
    }
}
