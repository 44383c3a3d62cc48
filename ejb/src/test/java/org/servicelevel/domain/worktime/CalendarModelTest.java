package org.servicelevel.domain.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing, printing, merging and lookups of the calendar rules model. */
class CalendarModelTest {

    @Test
    void rangeIsParsedAndPrintedAsHoursAndMinutes() {
        TimeOfDayRange range = TimeOfDayRange.parse("22:00-24:00");
        assertEquals(22 * 3600, range.openSecond());
        assertEquals(86_400, range.closeSecond());
        assertEquals(7200, range.lengthSeconds());
        assertEquals("22:00-24:00", range.toString());
        assertEquals(range, TimeOfDayRange.parse(range.toString()));
        assertEquals(TimeOfDayRange.of("08:15", "09:00"), TimeOfDayRange.parse(" 08:15 - 09:00 "));
    }

    @Test
    void secondsArePrintedOnlyWhenSet() {
        assertEquals("01:00-01:01:01", TimeOfDayRange.ofSeconds(3600, 3661).toString());
        assertEquals(TimeOfDayRange.ofSeconds(29_730, 32_400), TimeOfDayRange.parse("08:15:30-09:00"));
    }

    @Test
    void touchingRangesAreMergedAndSorted() {
        DailyHours hours = DailyHours.parse("14:00-18:00", "12:00-14:00", "08:00-10:00");
        assertEquals(List.of(TimeOfDayRange.parse("08:00-10:00"), TimeOfDayRange.parse("12:00-18:00")), hours.ranges());
        assertEquals("08:00-10:00, 12:00-18:00", hours.toString());
        assertEquals(8 * 3600, hours.totalSeconds());
    }

    @Test
    void closedDay() {
        assertTrue(DailyHours.parse().isClosed());
        assertEquals("closed", DailyHours.closed().toString());
        assertTrue(WeeklyHours.closed().isAlwaysClosed());
        assertFalse(WeeklyHours.mondayToFriday("09:00-10:00").isAlwaysClosed());
    }

    @Test
    void weekdaysWithoutHoursAreClosed() {
        WeeklyHours week = WeeklyHours.builder().on(DayOfWeek.SATURDAY, "10:00-14:00").build();
        assertEquals(DailyHours.parse("10:00-14:00"), week.on(DayOfWeek.SATURDAY));
        assertTrue(week.on(DayOfWeek.MONDAY).isClosed());
    }

    @Test
    void overrideReplacesWeeklyHoursAndWinsOverHoliday() {
        LocalDate christmasEve = LocalDate.of(2024, 12, 24);
        LocalDate christmas = LocalDate.of(2024, 12, 25);
        CalendarVersion version = CalendarVersion.effectiveFrom(LocalDate.of(2024, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
                .holidays(List.of(christmasEve, christmas))
                .override(christmasEve, "09:00-12:00")
                .build();
        assertEquals(DailyHours.parse("09:00-12:00"), version.hoursOn(christmasEve));
        assertFalse(version.isObservedHoliday(christmasEve));
        assertTrue(version.hoursOn(christmas).isClosed());
        assertTrue(version.isObservedHoliday(christmas));
        assertEquals(DailyHours.parse("09:00-18:00"), version.hoursOn(LocalDate.of(2024, 12, 23)));
        assertTrue(version.hoursOn(LocalDate.of(2024, 12, 28)).isClosed());
    }

    @Test
    void twentyFourSevenPresetIsAllDayEveryDayWithoutHolidays() {
        CalendarRules rules = CalendarRules.twentyFourSeven(BERLIN);
        assertEquals(1, rules.versions().size());
        CalendarVersion version = rules.versions().get(0);
        assertTrue(version.holidays().isEmpty());
        assertTrue(version.overrides().isEmpty());
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(DailyHours.allDay(), version.weeklyHours().on(day));
        }
        assertEquals(BERLIN, WorkCalendar.twentyFourSeven(BERLIN).zone());
    }

    @Test
    void versionsBetweenDatesListsEachGoverningVersionOnce() {
        CalendarVersion first = CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).build();
        CalendarVersion second = CalendarVersion.effectiveFrom(LocalDate.of(2022, 1, 1)).build();
        CalendarVersion third = CalendarVersion.effectiveFrom(LocalDate.of(2024, 1, 1)).build();
        CalendarRules rules = CalendarRules.of(BERLIN, third, first, second);
        assertEquals(List.of(first, second, third), rules.versions());
        assertEquals(List.of(first), rules.versionsBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2021, 12, 31)));
        assertEquals(List.of(first, second), rules.versionsBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2022, 1, 1)));
        assertEquals(List.of(second, third), rules.versionsBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2030, 1, 1)));
        assertEquals(List.of(third), rules.versionsBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)));
    }
}
