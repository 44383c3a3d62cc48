package org.servicelevel.domain.model.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.DailyHours;
import org.servicelevel.domain.worktime.TimeOfDayRange;
import org.servicelevel.domain.worktime.WeeklyHours;

/**
 * The rules of a calendar from one date on, until the next version takes effect. Numbered 1, 2, ...
 * in order of creation; never changed once the date it takes effect has passed.
 */
@Entity
@Table(name = "business_calendar_version")
public class BusinessCalendarVersion {

    @Id
    @SequenceGenerator(name = "business_calendar_version_seq", sequenceName = "business_calendar_version_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    @Column(nullable = false)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "business_calendar_weekly_hours", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("day, openMinute")
    private List<WeeklyInterval> weeklyHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "business_calendar_holiday", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("date")
    private List<Holiday> holidays = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "business_calendar_override", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("date, openMinute")
    private List<DateOverride> overrides = new ArrayList<>();

    protected BusinessCalendarVersion() {
    }

    BusinessCalendarVersion(BusinessCalendar calendar, int number, LocalDate effectiveFrom,
                            CalendarDefinition definition, Instant createdAt, String createdBy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.number = number;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        replaceRules(definition);
    }

    /** Replaces the rules; the calendar allows this only before the version takes effect. */
    final void replaceRules(CalendarDefinition definition) {
        toEngineVersion(effectiveFrom, definition);
        this.weeklyHours = new ArrayList<>(definition.weeklyHours());
        this.holidays = new ArrayList<>(definition.holidays());
        this.overrides = new ArrayList<>(definition.overrides());
    }

    CalendarVersion toEngineVersion() {
        return toEngineVersion(effectiveFrom, definition());
    }

    /**
     * Builds the time engine's version, which validates the rules; a broken rule is reported against
     * the field of the definition it came from.
     */
    static CalendarVersion toEngineVersion(LocalDate effectiveFrom, CalendarDefinition definition) {
        Map<DayOfWeek, List<TimeOfDayRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (WeeklyInterval interval : definition.weeklyHours()) {
            byDay.computeIfAbsent(interval.day(), d -> new ArrayList<>())
                    .add(range("weeklyHours", interval.day().name(), interval.openMinute(), interval.closeMinute()));
        }
        WeeklyHours.Builder weekly = WeeklyHours.builder();
        byDay.forEach((day, ranges) -> weekly.on(day, hours("weeklyHours", day.name(), ranges)));

        Map<LocalDate, List<TimeOfDayRange>> overrideRanges = new TreeMap<>();
        for (DateOverride override : definition.overrides()) {
            List<TimeOfDayRange> ranges = overrideRanges.computeIfAbsent(override.date(), d -> new ArrayList<>());
            if (!override.isDayOff()) {
                ranges.add(range("overrides", override.date().toString(), override.openMinute(), override.closeMinute()));
            }
        }
        CalendarVersion.Builder builder = CalendarVersion.effectiveFrom(effectiveFrom)
                .weeklyHours(weekly.build())
                .holidays(definition.holidays().stream().map(Holiday::date).toList());
        overrideRanges.forEach((date, ranges) -> builder.override(date, hours("overrides", date.toString(), ranges)));
        return builder.build();
    }

    private static TimeOfDayRange range(String field, String where, int openMinute, int closeMinute) {
        try {
            return TimeOfDayRange.ofSeconds(openMinute * 60, closeMinute * 60);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, where + ": " + e.getMessage());
        }
    }

    private static DailyHours hours(String field, String where, List<TimeOfDayRange> ranges) {
        try {
            return DailyHours.of(ranges);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, where + ": " + e.getMessage());
        }
    }

    public CalendarDefinition definition() {
        return new CalendarDefinition(weeklyHours, holidays, overrides);
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Holiday> holidays() {
        return holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendarVersion other && calendar.equals(other.calendar) && number == other.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, number);
    }
}
