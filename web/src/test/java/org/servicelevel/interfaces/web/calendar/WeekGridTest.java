package org.servicelevel.interfaces.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.calendar.WeeklyInterval;

class WeekGridTest {

    private static void type(WeekGrid grid, DayOfWeek day, String from, String to) {
        grid.add(day);
        List<IntervalRow> rows = grid.day(day).getIntervals();
        rows.get(rows.size() - 1).setFrom(from);
        rows.get(rows.size() - 1).setTo(to);
    }

    @Test
    void rowsBecomeWeeklyIntervalsInTimeOrderWithTwentyFourAsTheEndOfTheDay() {
        WeekGrid grid = WeekGrid.of(List.of(), Locale.ENGLISH);
        type(grid, DayOfWeek.MONDAY, "14:00", "18:00");
        type(grid, DayOfWeek.MONDAY, "9:00", "1300");
        type(grid, DayOfWeek.FRIDAY, "22:00", "24:00");
        type(grid, DayOfWeek.SATURDAY, "00:00", "06:00");
        grid.add(DayOfWeek.SUNDAY);

        assertEquals(List.of(new WeeklyInterval(DayOfWeek.MONDAY, 540, 780), new WeeklyInterval(DayOfWeek.MONDAY, 840, 1080),
                new WeeklyInterval(DayOfWeek.FRIDAY, 1320, 1440), new WeeklyInterval(DayOfWeek.SATURDAY, 0, 360)),
                grid.intervals().orElseThrow());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), grid.workingDays());
    }

    @Test
    void eachWrongRowCarriesItsOwnErrorAndNothingIsConverted() {
        WeekGrid grid = WeekGrid.of(List.of(), Locale.ENGLISH);
        type(grid, DayOfWeek.MONDAY, "09:00", "18:00");
        type(grid, DayOfWeek.TUESDAY, "22:00", "06:00");
        type(grid, DayOfWeek.WEDNESDAY, "24:00", "25:00");
        type(grid, DayOfWeek.THURSDAY, "09:00", "13:00");
        type(grid, DayOfWeek.THURSDAY, "12:00", "18:00");
        type(grid, DayOfWeek.FRIDAY, "10:00", "10:00");

        assertTrue(grid.intervals().isEmpty());
        assertNull(grid.day(DayOfWeek.MONDAY).getIntervals().get(0).getError());
        assertEquals(IntervalRow.END_BEFORE_START, grid.day(DayOfWeek.TUESDAY).getIntervals().get(0).getError());
        assertEquals(IntervalRow.NOT_A_TIME, grid.day(DayOfWeek.WEDNESDAY).getIntervals().get(0).getError());
        assertNull(grid.day(DayOfWeek.THURSDAY).getIntervals().get(0).getError());
        assertEquals(IntervalRow.OVERLAP, grid.day(DayOfWeek.THURSDAY).getIntervals().get(1).getError());
        assertEquals(IntervalRow.EMPTY, grid.day(DayOfWeek.FRIDAY).getIntervals().get(0).getError());
        assertTrue(grid.day(DayOfWeek.TUESDAY).isInvalid());

        grid.day(DayOfWeek.TUESDAY).getIntervals().get(0).setTo("24:00");
        grid.remove(DayOfWeek.WEDNESDAY, 0);
        grid.remove(DayOfWeek.THURSDAY, 1);
        grid.remove(DayOfWeek.FRIDAY, 0);
        assertEquals(3, grid.intervals().orElseThrow().size());
        assertNull(grid.day(DayOfWeek.TUESDAY).getIntervals().get(0).getError(), "a corrected row loses its error");
    }

    @Test
    void aCalendarsHoursComeBackAsTheSameRowsAndDaysAreNamedInThePageLanguage() {
        List<WeeklyInterval> hours = List.of(new WeeklyInterval(DayOfWeek.TUESDAY, 840, 1080),
                new WeeklyInterval(DayOfWeek.TUESDAY, 540, 780));
        WeekGrid grid = WeekGrid.of(hours, new Locale("ru"));
        assertEquals("09:00", grid.day(DayOfWeek.TUESDAY).getIntervals().get(0).getFrom());
        assertEquals("Вторник", grid.day(DayOfWeek.TUESDAY).getLabel());
        assertEquals("Poniedziałek", WeekGrid.of(List.of(), new Locale("pl")).getDays().get(0).getLabel());
        assertEquals(List.of(hours.get(1), hours.get(0)), grid.intervals().orElseThrow());
    }

    @Test
    void mondayIsCopiedToTheOtherWorkingDaysAndRoundTheClockFillsTheWeek() {
        WeekGrid grid = WeekGrid.of(List.of(), Locale.ENGLISH);
        type(grid, DayOfWeek.MONDAY, "09:00", "18:00");
        grid.copyMondayToWeekdays();
        assertEquals(5, grid.intervals().orElseThrow().size());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), grid.workingDays());
        grid.day(DayOfWeek.MONDAY).getIntervals().get(0).setTo("17:00");
        assertEquals("18:00", grid.day(DayOfWeek.TUESDAY).getIntervals().get(0).getTo(), "copies are rows of their own");

        grid.roundTheClock();
        assertEquals(7, grid.intervals().orElseThrow().stream().filter(i -> i.openMinute() == 0 && i.closeMinute() == 1440)
                .count());
    }

    @Test
    void timesAreReadLeniently() {
        assertEquals(540, IntervalRow.minute(" 9:00 ", false));
        assertEquals(1440, IntervalRow.minute("24:00", true));
        assertNull(IntervalRow.minute("24:00", false));
        assertNull(IntervalRow.minute("12:60", true));
        assertNull(IntervalRow.minute("noon", true));
        assertNull(IntervalRow.minute(null, true));
    }
}
