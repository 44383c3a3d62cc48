package org.servicelevel.domain.model.calendar;

import java.util.List;

/** The rules of one calendar version: weekly hours, holidays and date overrides. */
public record CalendarDefinition(List<WeeklyInterval> weeklyHours, List<Holiday> holidays,
                                 List<DateOverride> overrides) {

    public CalendarDefinition {
        weeklyHours = List.copyOf(weeklyHours == null ? List.of() : weeklyHours);
        holidays = List.copyOf(holidays == null ? List.of() : holidays);
        overrides = List.copyOf(overrides == null ? List.of() : overrides);
    }

    /** The overrides grouped by date, in date order; a day off is a date whose list has only day-off entries. */
    public java.util.SortedMap<java.time.LocalDate, List<DateOverride>> overridesByDate() {
        java.util.SortedMap<java.time.LocalDate, List<DateOverride>> byDate = new java.util.TreeMap<>();
        overrides.forEach(o -> byDate.computeIfAbsent(o.date(), d -> new java.util.ArrayList<>()).add(o));
        return byDate;
    }

    /** A minute of the day as {@code HH:mm}; 1440 is {@code 24:00}. */
    public static String formatMinute(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /** Every day 00:00–24:00, no holidays: the 24/7 preset. */
    public static CalendarDefinition twentyFourSeven() {
        return new CalendarDefinition(java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> new WeeklyInterval(d, 0, 1440)).toList(), List.of(), List.of());
    }
}
