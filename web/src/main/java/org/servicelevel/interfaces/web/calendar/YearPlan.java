package org.servicelevel.interfaces.web.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.DateOverride;
import org.servicelevel.domain.model.calendar.Holiday;

/**
 * The dated rules of a calendar being edited, holidays and date overrides, and the year view that
 * shows them: twelve month grids, Monday first, each day marked as a working day, a day off by the
 * weekly hours, a holiday, a day with its own hours or a day off by override. A date that is both a
 * holiday and an override follows the override, as the calendar does.
 */
public final class YearPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a date is, as the year view marks it and the day dialog offers it. */
    public enum Kind {
        /** The weekly hours apply. */
        WEEKLY,
        HOLIDAY,
        /** An override with working hours: a transferred working day or a shortened day. */
        HOURS,
        /** An override without hours. */
        DAY_OFF
    }

    /** A date's own hours and name. */
    record Override(String name, List<IntervalRow.Minutes> hours) implements Serializable {
    }

    /** One cell of a month grid; a blank cell (before the 1st or after the last day) has no date. */
    public record Cell(String date, int day, String styleClass, String title) {
        public String getDate() {
            return date;
        }

        public int getDay() {
            return day;
        }

        public String getStyleClass() {
            return styleClass;
        }

        public String getTitle() {
            return title;
        }

        public boolean isBlank() {
            return date == null;
        }
    }

    /** One month: its name, the weekday headers and the cells, seven per week. */
    public record MonthGrid(String name, List<String> weekdays, List<Cell> cells) {
        public String getName() {
            return name;
        }

        public List<String> getWeekdays() {
            return weekdays;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    private final TreeMap<LocalDate, String> holidays = new TreeMap<>();
    private final TreeMap<LocalDate, Override> overrides = new TreeMap<>();

    /** The holidays and overrides of {@code rules}. */
    static YearPlan of(CalendarDefinition rules) {
        YearPlan plan = new YearPlan();
        rules.holidays().forEach(h -> plan.holidays.put(h.date(), h.name() == null ? "" : h.name()));
        rules.overridesByDate().forEach((date, entries) -> plan.overrides.put(date, new Override(
                entries.stream().map(DateOverride::name).filter(n -> n != null).findFirst().orElse(""),
                entries.stream().filter(o -> !o.isDayOff())
                        .map(o -> new IntervalRow.Minutes(o.openMinute(), o.closeMinute()))
                        .sorted(java.util.Comparator.comparingInt(IntervalRow.Minutes::open)).toList())));
        return plan;
    }

    Kind kindOf(LocalDate date) {
        Override override = overrides.get(date);
        if (override != null) {
            return override.hours().isEmpty() ? Kind.DAY_OFF : Kind.HOURS;
        }
        return holidays.containsKey(date) ? Kind.HOLIDAY : Kind.WEEKLY;
    }

    /** The name of the holiday or override on {@code date}; empty if it has none. */
    String nameOf(LocalDate date) {
        Override override = overrides.get(date);
        String name = override != null ? override.name() : holidays.get(date);
        return name == null ? "" : name;
    }

    /** The date's own hours as editor rows; empty unless the date has an override with hours. */
    List<IntervalRow> hoursOf(LocalDate date) {
        Override override = overrides.get(date);
        return override == null ? new ArrayList<>() : override.hours().stream()
                .map(m -> new IntervalRow(m.open(), m.close())).collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Makes {@code date} a {@code kind} of day named {@code name}; {@code hours} count only for
     * {@link Kind#HOURS} (without any, the date is a day off).
     */
    void set(LocalDate date, Kind kind, String name, List<IntervalRow.Minutes> hours) {
        holidays.remove(date);
        overrides.remove(date);
        String stripped = name == null ? "" : name.strip();
        switch (kind) {
            case HOLIDAY -> holidays.put(date, stripped);
            case HOURS -> overrides.put(date, new Override(stripped, List.copyOf(hours)));
            case DAY_OFF -> overrides.put(date, new Override(stripped, List.of()));
            case WEEKLY -> {
                // the weekly hours apply again
            }
        }
    }

    /** Adds holidays on dates that have neither a holiday nor an override yet; answers how many were added. */
    int addHolidays(List<Holiday> added) {
        int count = 0;
        for (Holiday holiday : added) {
            if (!holidays.containsKey(holiday.date()) && !overrides.containsKey(holiday.date())) {
                holidays.put(holiday.date(), holiday.name() == null ? "" : holiday.name());
                count++;
            }
        }
        return count;
    }

    List<Holiday> holidays() {
        return holidays.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue().isBlank() ? null : e.getValue()))
                .toList();
    }

    List<DateOverride> overrides() {
        List<DateOverride> list = new ArrayList<>();
        overrides.forEach((date, override) -> {
            String name = override.name().isBlank() ? null : override.name();
            if (override.hours().isEmpty()) {
                list.add(DateOverride.dayOff(date, name));
            } else {
                override.hours().forEach(m -> list.add(DateOverride.working(date, m.open(), m.close(), name)));
            }
        });
        return list;
    }

    /** A holiday or override of the year, for the list under the year view. */
    public record Entry(String date, Kind kind, String name, String hours) {
        public String getDate() {
            return date;
        }

        public Kind getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public String getHours() {
            return hours;
        }
    }

    /** The holidays and overrides that fall into {@code year}, in date order. */
    List<Entry> entriesIn(int year) {
        TreeMap<LocalDate, Entry> entries = new TreeMap<>();
        for (LocalDate date : holidays.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).keySet()) {
            entries.put(date, entry(date));
        }
        for (LocalDate date : overrides.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).keySet()) {
            entries.put(date, entry(date));
        }
        return List.copyOf(entries.values());
    }

    private Entry entry(LocalDate date) {
        Override override = overrides.get(date);
        return new Entry(date.toString(), kindOf(date), nameOf(date), override == null ? "" : hoursText(override));
    }

    private static String hoursText(Override override) {
        return override.hours().stream()
                .map(m -> CalendarDefinition.formatMinute(m.open()) + "–" + CalendarDefinition.formatMinute(m.close()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The twelve months of {@code year} named in {@code locale}, Monday first; days are marked by what
     * they are, with the weekdays in {@code workingDays} working by the weekly hours.
     */
    List<MonthGrid> months(int year, Locale locale, Set<DayOfWeek> workingDays) {
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", ""));
        }
        List<MonthGrid> months = new ArrayList<>();
        for (Month month : Month.values()) {
            YearMonth yearMonth = YearMonth.of(year, month);
            List<Cell> cells = new ArrayList<>();
            int leading = yearMonth.atDay(1).getDayOfWeek().ordinal();
            for (int i = 0; i < leading; i++) {
                cells.add(new Cell(null, 0, "day-blank", ""));
            }
            for (int d = 1; d <= yearMonth.lengthOfMonth(); d++) {
                LocalDate date = yearMonth.atDay(d);
                cells.add(new Cell(date.toString(), d, styleClass(date, workingDays), title(date)));
            }
            while (cells.size() % 7 != 0) {
                cells.add(new Cell(null, 0, "day-blank", ""));
            }
            months.add(new MonthGrid(WeekGrid.capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale),
                    weekdays, cells));
        }
        return months;
    }

    private String styleClass(LocalDate date, Set<DayOfWeek> workingDays) {
        return switch (kindOf(date)) {
            case WEEKLY -> workingDays.contains(date.getDayOfWeek()) ? "day-work" : "day-off";
            case HOLIDAY -> "day-holiday";
            case HOURS -> "day-hours";
            case DAY_OFF -> "day-closed";
        };
    }

    /** The date, and what it is: a holiday's name, a day's own hours. */
    private String title(LocalDate date) {
        StringBuilder title = new StringBuilder(date.toString());
        String name = nameOf(date);
        if (!name.isEmpty()) {
            title.append(" · ").append(name);
        }
        Override override = overrides.get(date);
        if (override != null && !override.hours().isEmpty()) {
            title.append(" · ").append(hoursText(override));
        }
        return title.toString();
    }
}
