package org.servicelevel.interfaces.rest.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.servicelevel.application.calendar.CalendarDetails;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.DateOverride;

/** The JSON shapes of calendars and working-time answers, and how they are built. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /** A calendar with the rules in force today and the list of its versions. */
    public record CalendarView(long id, String name, String timeZone, String description, long version,
                               int versionInForce, String effectiveFrom, List<IntervalView> weeklyHours,
                               List<HolidayView> holidays, List<OverrideView> overrides,
                               List<VersionSummaryView> versions) {
    }

    /**
     * A calendar in an agreement document, in the shape an import reads
     * ({@link CalendarHistoryRequest}), so the document reads back as it was written: every version
     * ({@code versions}, format 2), or only the rules in force (format 1, a {@link CalendarRequest}).
     */
    public record DocumentCalendarView(String name, String timeZone, String description, String effectiveFrom,
                                       List<IntervalView> weeklyHours, List<HolidayView> holidays,
                                       List<OverrideView> overrides, List<DocumentCalendarVersionView> versions) {
    }

    /** One version of a calendar in an agreement document. */
    public record DocumentCalendarVersionView(int number, String effectiveFrom, Instant createdAt, String createdBy,
                                              List<IntervalView> weeklyHours, List<HolidayView> holidays,
                                              List<OverrideView> overrides) {
    }

    /** One rule version in full. */
    public record CalendarVersionView(int number, String effectiveFrom, Instant createdAt, String createdBy, boolean inForce,
                              List<IntervalView> weeklyHours, List<HolidayView> holidays,
                              List<OverrideView> overrides) {
    }

    public record VersionSummaryView(int number, String effectiveFrom, Instant createdAt, String createdBy,
                                     boolean inForce) {
    }

    public record IntervalView(String day, String from, String to) {
    }

    public record HolidayView(String date, String name) {
    }

    public record OverrideView(String date, String name, List<RangeView> hours) {
    }

    public record RangeView(String from, String to) {
    }

    public record DueView(OffsetDateTime start, String duration, OffsetDateTime due, LocalDateTime dueLocal,
                          String timeZone, List<Integer> calendarVersions) {
    }

    public record ElapsedView(OffsetDateTime start, OffsetDateTime end, String duration, long seconds,
                              String timeZone, List<Integer> calendarVersions) {
    }


    public static CalendarView calendar(CalendarDetails details) {
        CalendarDetails.Version inForce = details.inForce();
        CalendarDefinition rules = inForce.rules();
        return new CalendarView(details.id(), details.name(), details.timeZone(), details.description(),
                details.version(), inForce.number(), inForce.effectiveFrom().toString(), weekly(rules),
                holidays(rules), overrides(rules), details.versions().stream()
                .map(v -> new VersionSummaryView(v.number(), v.effectiveFrom().toString(), v.createdAt(),
                        v.createdBy(), v.inForce()))
                .toList());
    }

    public static DocumentCalendarView document(CalendarDetails details) {
        CalendarDetails.Version inForce = details.inForce();
        CalendarDefinition rules = inForce.rules();
        return new DocumentCalendarView(details.name(), details.timeZone(), details.description(),
                inForce.effectiveFrom().toString(), weekly(rules), holidays(rules), overrides(rules), null);
    }

    /** The calendar with every version, for an agreement document of format 2. */
    public static DocumentCalendarView documentHistory(CalendarDetails details) {
        return new DocumentCalendarView(details.name(), details.timeZone(), details.description(), null, null, null,
                null, details.versions().stream().map(v -> new DocumentCalendarVersionView(v.number(),
                        v.effectiveFrom().toString(), v.createdAt(), v.createdBy(), weekly(v.rules()),
                        holidays(v.rules()), overrides(v.rules()))).toList());
    }

    static CalendarVersionView version(CalendarDetails.Version v) {
        return new CalendarVersionView(v.number(), v.effectiveFrom().toString(), v.createdAt(), v.createdBy(), v.inForce(),
                weekly(v.rules()), holidays(v.rules()), overrides(v.rules()));
    }

    private static List<IntervalView> weekly(CalendarDefinition rules) {
        return rules.weeklyHours().stream()
                .sorted(Comparator.comparing((org.servicelevel.domain.model.calendar.WeeklyInterval w) -> w.day())
                        .thenComparing(w -> w.openMinute()))
                .map(w -> new IntervalView(w.day().name(), time(w.openMinute()), time(w.closeMinute())))
                .toList();
    }

    private static List<HolidayView> holidays(CalendarDefinition rules) {
        return rules.holidays().stream()
                .sorted(Comparator.comparing(h -> h.date()))
                .map(h -> new HolidayView(h.date().toString(), h.name()))
                .toList();
    }

    private static List<OverrideView> overrides(CalendarDefinition rules) {
        return rules.overridesByDate().entrySet().stream().map(e -> new OverrideView(e.getKey().toString(),
                        e.getValue().stream().map(DateOverride::name).filter(java.util.Objects::nonNull).findFirst()
                                .orElse(null),
                        e.getValue().stream().filter(o -> !o.isDayOff())
                                .sorted(Comparator.comparing(DateOverride::openMinute))
                                .map(o -> new RangeView(time(o.openMinute()), time(o.closeMinute()))).toList()))
                .toList();
    }

    private static String time(int minuteOfDay) {
        return CalendarDefinition.formatMinute(minuteOfDay);
    }

}
