package org.servicelevel.interfaces.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.DateOverride;
import org.servicelevel.domain.model.calendar.Holiday;

class YearPlanTest {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static YearPlan empty() {
        return YearPlan.of(new CalendarDefinition(List.of(), List.of(), List.of()));
    }

    @Test
    void twelveMonthsMondayFirstWithLocalNamesAndFullWeeks() {
        List<YearPlan.MonthGrid> months = empty().months(2027, Locale.ENGLISH, WEEKDAYS);
        assertEquals(12, months.size());
        YearPlan.MonthGrid march = months.get(2);
        assertEquals("March", march.getName());
        assertEquals(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), march.getWeekdays());
        assertEquals(0, march.getCells().size() % 7);
        YearPlan.Cell first = march.getCells().get(0);
        assertEquals("2027-03-01", first.getDate(), "1 March 2027 is a Monday");
        assertEquals("day-work", first.getStyleClass());
        List<YearPlan.Cell> january = months.get(0).getCells();
        assertTrue(january.get(3).isBlank(), "1 January 2027 is a Friday: Monday to Thursday are blank");
        assertEquals("2027-01-01", january.get(4).getDate());
        assertEquals("day-off", march.getCells().get(5).getStyleClass(), "Saturday 6 March");

        assertEquals("Январь", empty().months(2027, new Locale("ru"), WEEKDAYS).get(0).getName());
        assertEquals("пн", empty().months(2027, new Locale("ru"), WEEKDAYS).get(0).getWeekdays().get(0));
        assertEquals("Styczeń", empty().months(2027, new Locale("pl"), WEEKDAYS).get(0).getName());
        assertEquals("niedz", empty().months(2027, new Locale("pl"), WEEKDAYS).get(0).getWeekdays().get(6));
    }

    @Test
    void daysSetOnTheYearViewBecomeHolidaysAndOverrides() {
        YearPlan plan = empty();
        LocalDate saturday = LocalDate.of(2027, 3, 6);
        LocalDate womensDay = LocalDate.of(2027, 3, 8);
        LocalDate shortened = LocalDate.of(2027, 3, 5);
        plan.set(womensDay, YearPlan.Kind.HOLIDAY, " Women's Day ", List.of());
        plan.set(saturday, YearPlan.Kind.HOURS, "Transferred working day", List.of(new IntervalRow.Minutes(540, 1080)));
        plan.set(shortened, YearPlan.Kind.HOURS, "", List.of(new IntervalRow.Minutes(540, 1020)));
        plan.set(LocalDate.of(2027, 3, 9), YearPlan.Kind.DAY_OFF, null, List.of());

        assertEquals(List.of(new Holiday(womensDay, "Women's Day")), plan.holidays());
        assertEquals(List.of(DateOverride.working(shortened, 540, 1020, null),
                DateOverride.working(saturday, 540, 1080, "Transferred working day"),
                DateOverride.dayOff(LocalDate.of(2027, 3, 9), null)), plan.overrides());

        List<YearPlan.Cell> march = plan.months(2027, Locale.ENGLISH, WEEKDAYS).get(2).getCells();
        assertEquals("day-hours", march.get(5).getStyleClass());
        assertEquals("2027-03-06 · Transferred working day · 09:00–18:00", march.get(5).getTitle());
        assertEquals("day-holiday", march.get(7).getStyleClass());
        assertEquals("day-closed", march.get(8).getStyleClass());
        assertEquals(List.of("2027-03-05", "2027-03-06", "2027-03-08", "2027-03-09"),
                plan.entriesIn(2027).stream().map(YearPlan.Entry::getDate).toList());
        assertEquals(List.of(), plan.entriesIn(2026));

        plan.set(womensDay, YearPlan.Kind.WEEKLY, "ignored", List.of());
        assertEquals(List.of(), plan.holidays(), "a day returned to the weekly hours is neither holiday nor override");
    }

    @Test
    void aCalendarsDatedRulesComeBackAsTheyWereAndTheOverrideWinsOverAHoliday() {
        LocalDate christmasEve = LocalDate.of(2027, 12, 24);
        CalendarDefinition rules = new CalendarDefinition(List.of(),
                List.of(new Holiday(christmasEve, "Christmas Eve"), new Holiday(LocalDate.of(2027, 12, 25), null)),
                List.of(DateOverride.working(christmasEve, 780, 960, "Afternoon"), DateOverride.working(christmasEve, 540, 720, "Afternoon")));
        YearPlan plan = YearPlan.of(rules);
        assertEquals(YearPlan.Kind.HOURS, plan.kindOf(christmasEve));
        assertEquals("Afternoon", plan.nameOf(christmasEve));
        assertEquals(List.of("09:00", "13:00"), plan.hoursOf(christmasEve).stream().map(IntervalRow::getFrom).toList());
        assertEquals(YearPlan.Kind.HOLIDAY, plan.kindOf(LocalDate.of(2027, 12, 25)));
        assertEquals(rules.holidays(), plan.holidays());
        assertEquals(2, plan.overrides().size());
    }

    @Test
    void holidaysOfAFileFillOnlyFreeDates() {
        YearPlan plan = empty();
        plan.set(LocalDate.of(2027, 1, 1), YearPlan.Kind.HOURS, "Open", List.of(new IntervalRow.Minutes(600, 840)));
        int added = plan.addHolidays(List.of(new Holiday(LocalDate.of(2027, 1, 1), "New Year"),
                new Holiday(LocalDate.of(2027, 1, 7), "Christmas")));
        assertEquals(1, added);
        assertEquals(YearPlan.Kind.HOURS, plan.kindOf(LocalDate.of(2027, 1, 1)));
        assertEquals("Christmas", plan.nameOf(LocalDate.of(2027, 1, 7)));
    }
}
