package org.servicelevel.interfaces.web.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.servicelevel.domain.model.calendar.WeeklyInterval;

/**
 * The weekly hours as the editor shows them: Monday to Sunday, each with its intervals as typed.
 * Turns into the calendar's weekly intervals only when every row is a real interval; an interval
 * over midnight is two rows, one ending at 24:00 and one starting at 00:00 the next day.
 */
public final class WeekGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One weekday of the grid, named in the page's language. */
    public static final class Day implements Serializable {

        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private final String label;
        private final List<IntervalRow> intervals = new ArrayList<>();

        Day(DayOfWeek day, Locale locale) {
            this.day = day;
            this.label = capitalised(day.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale);
        }

        public DayOfWeek getDay() {
            return day;
        }

        public String getLabel() {
            return label;
        }

        public List<IntervalRow> getIntervals() {
            return intervals;
        }

        /** Whether any row of the day was found wrong. */
        public boolean isInvalid() {
            return intervals.stream().anyMatch(i -> i.getError() != null);
        }
    }

    private final List<Day> days = new ArrayList<>();

    private WeekGrid(Locale locale) {
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new Day(day, locale));
        }
    }

    /** The grid of {@code weeklyHours}, each day's intervals in time order. */
    static WeekGrid of(List<WeeklyInterval> weeklyHours, Locale locale) {
        WeekGrid grid = new WeekGrid(locale);
        weeklyHours.stream().sorted(Comparator.comparing(WeeklyInterval::day).thenComparingInt(WeeklyInterval::openMinute))
                .forEach(i -> grid.day(i.day()).intervals.add(new IntervalRow(i.openMinute(), i.closeMinute())));
        return grid;
    }

    public List<Day> getDays() {
        return days;
    }

    Day day(DayOfWeek day) {
        return days.get(day.ordinal());
    }

    void add(DayOfWeek day) {
        day(day).intervals.add(new IntervalRow());
    }

    void remove(DayOfWeek day, int index) {
        List<IntervalRow> intervals = day(day).intervals;
        if (index >= 0 && index < intervals.size()) {
            intervals.remove(index);
        }
    }

    /** Gives Tuesday to Friday the rows of Monday. */
    void copyMondayToWeekdays() {
        List<IntervalRow> monday = day(DayOfWeek.MONDAY).intervals;
        for (DayOfWeek day : EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)) {
            List<IntervalRow> target = day(day).intervals;
            target.clear();
            monday.forEach(row -> target.add(new IntervalRow(row.getFrom(), row.getTo())));
        }
    }

    /** Every day 00:00–24:00. */
    void roundTheClock() {
        days.forEach(d -> {
            d.intervals.clear();
            d.intervals.add(new IntervalRow(0, 1440));
        });
    }

    /**
     * The weekly intervals, or empty when a row is wrong; every wrong row then carries its error.
     * Blank rows are left out.
     */
    Optional<List<WeeklyInterval>> intervals() {
        List<WeeklyInterval> weekly = new ArrayList<>();
        boolean valid = true;
        for (Day day : days) {
            Optional<List<IntervalRow.Minutes>> checked = IntervalRow.check(day.intervals);
            if (checked.isEmpty()) {
                valid = false;
                continue;
            }
            checked.get().forEach(m -> weekly.add(new WeeklyInterval(day.day, m.open(), m.close())));
        }
        return valid ? Optional.of(weekly) : Optional.empty();
    }

    /** The weekdays with at least one filled row, as last entered (unchecked), for shading the year view. */
    Set<DayOfWeek> workingDays() {
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        days.stream().filter(d -> d.intervals.stream().anyMatch(r -> !r.isBlank())).forEach(d -> working.add(d.day));
        return working;
    }

    static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
