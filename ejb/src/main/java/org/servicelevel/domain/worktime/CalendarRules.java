package org.servicelevel.domain.worktime;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The complete definition of a business calendar: one IANA time zone in which all wall-clock
 * hours are read, and one or more {@link CalendarVersion}s that take effect on given dates.
 *
 * <p>Guards the rule that every day is governed by exactly one version: the version with the
 * greatest {@code effectiveFrom} on or before that day; days before the first version are
 * governed by the first version. Two versions may not take effect on the same date.
 */
public final class CalendarRules {

    private final ZoneId zone;
    private final NavigableMap<LocalDate, CalendarVersion> versions;

    private CalendarRules(ZoneId zone, NavigableMap<LocalDate, CalendarVersion> versions) {
        this.zone = zone;
        this.versions = versions;
    }

    /**
     * Creates a calendar from its zone and versions (in any order).
     *
     * @throws IllegalArgumentException if there is no version or two versions take effect on the same date
     */
    public static CalendarRules of(ZoneId zone, Collection<CalendarVersion> versions) {
        Objects.requireNonNull(zone, "zone");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one rule version");
        }
        NavigableMap<LocalDate, CalendarVersion> byDate = new TreeMap<>();
        for (CalendarVersion version : versions) {
            CalendarVersion clash = byDate.put(version.effectiveFrom(), Objects.requireNonNull(version, "version"));
            if (clash != null) {
                throw new IllegalArgumentException("two rule versions take effect on " + version.effectiveFrom());
            }
        }
        return new CalendarRules(zone, Collections.unmodifiableNavigableMap(byDate));
    }

    /** Same as {@link #of(ZoneId, Collection)}. */
    public static CalendarRules of(ZoneId zone, CalendarVersion... versions) {
        return of(zone, Arrays.asList(versions));
    }

    /** A calendar that is always working time: every day {@code 00:00-24:00}, no holidays. */
    public static CalendarRules twentyFourSeven(ZoneId zone) {
        return of(zone, CalendarVersion.effectiveFrom(LocalDate.of(1970, 1, 1))
                .weeklyHours(WeeklyHours.allDayEveryDay())
                .build());
    }

    /** The zone whose wall clock the hours are read on. */
    public ZoneId zone() {
        return zone;
    }

    /** All versions in ascending order of the date they take effect. */
    public List<CalendarVersion> versions() {
        return List.copyOf(versions.values());
    }

    /** The version governing the given day. */
    public CalendarVersion versionOn(LocalDate date) {
        Map.Entry<LocalDate, CalendarVersion> entry = versions.floorEntry(date);
        return entry != null ? entry.getValue() : versions.firstEntry().getValue();
    }

    /** The versions governing at least one day in {@code [from, to]}, in ascending order. */
    public List<CalendarVersion> versionsBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range " + from + " to " + to + " ends before it starts");
        }
        CalendarVersion first = versionOn(from);
        List<CalendarVersion> result = new ArrayList<>();
        result.add(first);
        for (CalendarVersion later : versions.subMap(from, false, to, true).values()) {
            if (later != first) {
                result.add(later);
            }
        }
        return List.copyOf(result);
    }

    /** The working hours of the given day under the version governing it. */
    public DailyHours hoursOn(LocalDate date) {
        return versionOn(date).hoursOn(date);
    }

    /**
     * The last day that can have working time, or {@code null} if working time recurs without
     * end (the latest version has working hours on some weekday).
     */
    LocalDate lastPossibleWorkingDay() {
        CalendarVersion latest = versions.lastEntry().getValue();
        if (latest.hasRecurringWorkingTime()) {
            return null;
        }
        LocalDate last = latest.effectiveFrom();
        for (CalendarVersion version : versions.values()) {
            if (!version.overrides().isEmpty() && version.overrides().lastKey().isAfter(last)) {
                last = version.overrides().lastKey();
            }
        }
        return last;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarRules other && zone.equals(other.zone) && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return 31 * zone.hashCode() + versions.hashCode();
    }

    @Override
    public String toString() {
        return "calendar in " + zone + " with " + versions.values();
    }
}
