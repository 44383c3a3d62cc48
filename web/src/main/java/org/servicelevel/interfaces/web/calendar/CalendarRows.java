package org.servicelevel.interfaces.web.calendar;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.servicelevel.application.calendar.CalendarDetails;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.DateOverride;
import org.servicelevel.domain.model.calendar.WeeklyInterval;

/** Calendars shaped for the screens (Faces EL reads getters, not record accessors). */
public final class CalendarRows {

    private CalendarRows() {
    }

    /** One calendar in the list. */
    public static final class CalendarRow {
        private final long id;
        private final String name;
        private final String timeZone;
        private final String effectiveFrom;
        private final int versionInForce;
        private final int versions;
        private final String hours;

        CalendarRow(CalendarDetails details, Locale locale) {
            CalendarDetails.Version inForce = details.inForce();
            this.id = details.id();
            this.name = details.name();
            this.timeZone = details.timeZone();
            this.effectiveFrom = inForce.effectiveFrom().toString();
            this.versionInForce = inForce.number();
            this.versions = details.versions().size();
            this.hours = weeklySummary(inForce.rules(), locale);
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getTimeZone() {
            return timeZone;
        }

        public String getEffectiveFrom() {
            return effectiveFrom;
        }

        public int getVersionInForce() {
            return versionInForce;
        }

        public int getVersions() {
            return versions;
        }

        public String getHours() {
            return hours;
        }
    }

    /** A weekday with its working intervals, e.g. "Monday: 09:00–13:00, 14:00–18:00". */
    public record DayHours(String day, String hours) {
        public String getDay() {
            return day;
        }

        public String getHours() {
            return hours;
        }
    }

    /** A dated line: a holiday or an override. */
    public record DatedLine(String date, String name, String hours) {
        public String getDate() {
            return date;
        }

        public String getName() {
            return name;
        }

        public String getHours() {
            return hours;
        }
    }

    /** A rule version in the history list. */
    public record VersionLine(int number, String effectiveFrom, String createdBy, boolean inForce) {
        public int getNumber() {
            return number;
        }

        public String getEffectiveFrom() {
            return effectiveFrom;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public boolean isInForce() {
            return inForce;
        }
    }

    static CalendarRow row(CalendarDetails details, Locale locale) {
        return new CalendarRow(details, locale);
    }

    static List<DayHours> week(CalendarDefinition rules, Locale locale) {
        Map<DayOfWeek, List<WeeklyInterval>> byDay = rules.weeklyHours().stream()
                .collect(Collectors.groupingBy(WeeklyInterval::day, TreeMap::new, Collectors.toList()));
        List<DayHours> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WeeklyInterval> intervals = byDay.getOrDefault(day, List.of());
            week.add(new DayHours(day.getDisplayName(TextStyle.FULL_STANDALONE, locale), intervals.stream()
                    .sorted(Comparator.comparingInt(WeeklyInterval::openMinute))
                    .map(i -> time(i.openMinute()) + "–" + time(i.closeMinute()))
                    .collect(Collectors.joining(", "))));
        }
        return week;
    }

    static List<DatedLine> holidays(CalendarDefinition rules) {
        return rules.holidays().stream().sorted(Comparator.comparing(h -> h.date()))
                .map(h -> new DatedLine(h.date().toString(), h.name(), "")).toList();
    }

    static List<DatedLine> overrides(CalendarDefinition rules) {
        return rules.overridesByDate().entrySet().stream().map(e -> new DatedLine(e.getKey().toString(),
                e.getValue().stream().map(DateOverride::name).filter(java.util.Objects::nonNull).findFirst().orElse(""),
                e.getValue().stream().filter(o -> !o.isDayOff())
                        .sorted(Comparator.comparing(DateOverride::openMinute))
                        .map(o -> time(o.openMinute()) + "–" + time(o.closeMinute()))
                        .collect(Collectors.joining(", ")))).toList();
    }

    static List<VersionLine> versions(CalendarDetails details) {
        return details.versions().stream().map(v -> new VersionLine(v.number(), v.effectiveFrom().toString(),
                v.createdBy(), v.inForce())).toList();
    }

    private static String weeklySummary(CalendarDefinition rules, Locale locale) {
        return week(rules, locale).stream().filter(d -> !d.hours().isEmpty())
                .map(d -> d.day().substring(0, Math.min(2, d.day().length())) + " " + d.hours())
                .collect(Collectors.joining("; "));
    }

    private static String time(int minuteOfDay) {
        return CalendarDefinition.formatMinute(minuteOfDay);
    }
}
