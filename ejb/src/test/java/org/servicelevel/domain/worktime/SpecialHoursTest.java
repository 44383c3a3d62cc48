package org.servicelevel.domain.worktime;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.UTC;
import static org.servicelevel.domain.worktime.TestCalendars.at;
import static org.servicelevel.domain.worktime.TestCalendars.calendar;
import static org.servicelevel.domain.worktime.TestCalendars.everyDay;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Midnight, 24:00, overnight shifts and the 24/7 preset. */
class SpecialHoursTest {

    @Test
    void rangeEndingAt2400EndsAtNextMidnight() {
        WorkCalendar evenings = calendar(UTC, CalendarVersion.effectiveFrom(LocalDate.of(2000, 1, 1))
                .weeklyHours(WeeklyHours.builder().on(DayOfWeek.MONDAY, "18:00-24:00").build()));
        assertEquals(at("2024-03-05T00:00Z"), evenings.due(at("2024-03-04T23:00Z"), ofHours(1)));
        assertEquals(at("2024-03-11T19:00Z"), evenings.due(at("2024-03-04T23:00Z"), ofHours(2)));
        assertEquals(ofHours(6), evenings.elapsed(at("2024-03-04T00:00Z"), at("2024-03-05T00:00Z")));
        assertEquals(TimeStatus.WORKING, evenings.statusAt(at("2024-03-04T23:59:59Z")));
        assertEquals(TimeStatus.OUTSIDE_WORKING_HOURS, evenings.statusAt(at("2024-03-05T00:00Z")));
    }

    @Test
    void overnightShiftIsContinuousAcrossMidnight() {
        WorkCalendar nights = calendar(UTC, everyDay("00:00-06:00", "22:00-24:00"));
        assertEquals(at("2024-03-05T01:00Z"), nights.due(at("2024-03-04T23:00Z"), ofHours(2)));
        assertEquals(at("2024-03-05T00:00Z"), nights.due(at("2024-03-04T23:00Z"), ofHours(1)));
        assertEquals(at("2024-03-05T22:30Z"), nights.due(at("2024-03-04T23:00Z"), ofHours(7).plusMinutes(30)));
        assertEquals(ofHours(8), nights.elapsed(at("2024-03-04T21:00Z"), at("2024-03-05T07:00Z")));
        assertEquals(List.of(new WorkingPeriod(at("2024-03-04T22:00Z"), at("2024-03-05T06:00Z"))),
                nights.workingPeriods(at("2024-03-04T21:00Z"), at("2024-03-05T07:00Z")));
    }

    @Test
    void zeroDurationAtMidnightInsideOvernightShiftIsMidnight() {
        WorkCalendar nights = calendar(UTC, everyDay("00:00-06:00", "22:00-24:00"));
        assertEquals(at("2024-03-05T00:00Z"), nights.due(at("2024-03-05T00:00Z"), Duration.ZERO));
    }

    @Test
    void twentyFourSevenCountsRealTimeInUtc() {
        WorkCalendar always = WorkCalendar.twentyFourSeven(UTC);
        Instant start = at("2024-02-28T13:14:15.5Z");
        assertEquals(start.plus(ofHours(100)), always.due(start, ofHours(100)));
        assertEquals(ofHours(100), always.elapsed(start, start.plus(ofHours(100))));
        assertEquals(List.of(new WorkingPeriod(start, at("2024-03-05T00:00Z"))),
                always.workingPeriods(start, at("2024-03-05T00:00Z")));
    }

    @Test
    void twentyFourSevenCountsRealTimeAcrossDaylightSaving() {
        WorkCalendar always = WorkCalendar.twentyFourSeven(BERLIN);
        // 30 Mar 12:00 CET + 24 h of real time = 31 Mar 13:00 CEST, because 31 Mar has 23 hours
        assertEquals(at("2024-03-31T13:00+02:00"), always.due(at("2024-03-30T12:00+01:00"), ofHours(24)));
        // five whole years of real time, 2024 and 2028 being leap years: 2 * 366 + 3 * 365 days
        assertEquals(at("2029-01-01T00:00+01:00"), always.due(at("2024-01-01T00:00+01:00"), ofDays(2 * 366 + 3 * 365)));
    }
}
