package org.servicelevel.domain.worktime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Calendars and instant helpers shared by the tests. */
final class TestCalendars {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId UTC = ZoneId.of("UTC");

    private TestCalendars() {
    }

    /** Monday to Friday 09:00-13:00 and 14:00-18:00 (8 h a day) in Berlin, from 2000 on. */
    static CalendarVersion.Builder officeWithLunchBreak() {
        return CalendarVersion.effectiveFrom(LocalDate.of(2000, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday("09:00-13:00", "14:00-18:00"));
    }

    static WorkCalendar calendar(ZoneId zone, CalendarVersion.Builder... versions) {
        CalendarVersion[] built = new CalendarVersion[versions.length];
        for (int i = 0; i < versions.length; i++) {
            built[i] = versions[i].build();
        }
        return WorkCalendar.of(CalendarRules.of(zone, built));
    }

    /** The same rule for every day of the week. */
    static CalendarVersion.Builder everyDay(String... ranges) {
        WeeklyHours.Builder week = WeeklyHours.builder();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.on(day, ranges);
        }
        return CalendarVersion.effectiveFrom(LocalDate.of(2000, 1, 1)).weeklyHours(week.build());
    }

    /** An instant written with its offset, e.g. {@code "2024-03-31T03:30+02:00"}. */
    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
