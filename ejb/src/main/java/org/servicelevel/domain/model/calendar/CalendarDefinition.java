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

    /** Every day 00:00–24:00, no holidays: the 24/7 preset. */
    public static CalendarDefinition twentyFourSeven() {
        return new CalendarDefinition(java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> new WeeklyInterval(d, 0, 1440)).toList(), List.of(), List.of());
    }
}
