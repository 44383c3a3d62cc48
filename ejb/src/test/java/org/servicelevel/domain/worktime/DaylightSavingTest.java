package org.servicelevel.domain.worktime;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.NEW_YORK;
import static org.servicelevel.domain.worktime.TestCalendars.at;
import static org.servicelevel.domain.worktime.TestCalendars.calendar;
import static org.servicelevel.domain.worktime.TestCalendars.everyDay;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Durations are real time: ranges in a spring-forward gap are clipped, fall-back days are 25 h
 * long, and a repeated wall-clock time counts from its first occurrence.
 * Berlin: 2024-03-31 02:00 CET -> 03:00 CEST, 2024-10-27 03:00 CEST -> 02:00 CET.
 * New York: 2024-03-10 02:00 EST -> 03:00 EDT, 2024-11-03 02:00 EDT -> 01:00 EST.
 */
class DaylightSavingTest {

    @Test
    void berlinRangeAcrossSpringForwardGapIsClippedToOneHour() {
        WorkCalendar calendar = calendar(BERLIN, everyDay("01:30-03:30"));
        assertEquals(ofHours(1), calendar.elapsed(at("2024-03-31T00:00+01:00"), at("2024-04-01T00:00+02:00")));
        assertEquals(ofHours(2), calendar.elapsed(at("2024-03-30T00:00+01:00"), at("2024-03-31T00:00+01:00")));
        assertEquals(at("2024-03-31T03:30+02:00"), calendar.due(at("2024-03-31T01:30+01:00"), ofHours(1)));
        assertEquals(at("2024-04-01T01:31+02:00"), calendar.due(at("2024-03-31T01:30+01:00"), ofMinutes(61)));
        assertEquals(at("2024-03-31T03:00+02:00"), calendar.due(at("2024-03-31T01:30+01:00"), ofMinutes(30)));
    }

    @Test
    void berlinRangeEntirelyInsideGapHasNoWorkingTime() {
        WorkCalendar calendar = calendar(BERLIN, everyDay("02:15-02:45"));
        assertEquals(ZERO, calendar.elapsed(at("2024-03-31T00:00+01:00"), at("2024-04-01T00:00+02:00")));
        assertEquals(at("2024-04-01T02:25+02:00"), calendar.due(at("2024-03-31T00:00+01:00"), ofMinutes(10)));
        assertEquals(at("2024-04-01T02:15+02:00"), calendar.due(at("2024-03-31T00:00+01:00"), ZERO));
    }

    @Test
    void berlinRangeStartingInGapStartsAtTransition() {
        WorkCalendar calendar = calendar(BERLIN, everyDay("02:30-04:00"));
        assertEquals(ofHours(1), calendar.elapsed(at("2024-03-31T00:00+01:00"), at("2024-04-01T00:00+02:00")));
        assertEquals(at("2024-03-31T03:00+02:00"), calendar.due(at("2024-03-30T23:00+01:00"), ZERO));
    }

    @Test
    void berlinFallBackDayLasts25Hours() {
        WorkCalendar calendar = calendar(BERLIN, everyDay("00:00-24:00"));
        assertEquals(ofHours(25), calendar.elapsed(at("2024-10-27T00:00+02:00"), at("2024-10-28T00:00+01:00")));
        assertEquals(at("2024-10-28T00:00+01:00"), calendar.due(at("2024-10-27T00:00+02:00"), ofHours(25)));
        assertEquals(ofHours(25), WorkCalendar.twentyFourSeven(BERLIN)
                .elapsed(at("2024-10-27T00:00+02:00"), at("2024-10-28T00:00+01:00")));
    }

    @Test
    void berlinRangeCoveringRepeatedHourCountsBothOccurrences() {
        WorkCalendar calendar = calendar(BERLIN, everyDay("02:00-03:00"));
        assertEquals(ofHours(2), calendar.elapsed(at("2024-10-27T00:00+02:00"), at("2024-10-28T00:00+01:00")));
        assertEquals(at("2024-10-27T02:30+01:00"), calendar.due(at("2024-10-27T02:00+02:00"), ofMinutes(90)));
        assertEquals(TimeStatus.WORKING, calendar.statusAt(at("2024-10-27T02:30+01:00")));
    }

    @Test
    void berlinRangeEndingInRepeatedHourEndsAtFirstOccurrence() {
        WorkCalendar calendar = calendar(BERLIN, everyDay("01:30-02:30"));
        assertEquals(ofHours(1), calendar.elapsed(at("2024-10-27T00:00+02:00"), at("2024-10-28T00:00+01:00")));
        assertEquals(TimeStatus.OUTSIDE_WORKING_HOURS, calendar.statusAt(at("2024-10-27T02:10+01:00")));
    }

    @Test
    void berlinOvernightShiftOnFallBackNightLastsNineHours() {
        WorkCalendar nights = calendar(BERLIN, everyDay("00:00-06:00", "22:00-24:00"));
        assertEquals(ofHours(9), nights.elapsed(at("2024-10-26T21:00+02:00"), at("2024-10-27T07:00+01:00")));
        assertEquals(at("2024-10-27T06:00+01:00"), nights.due(at("2024-10-26T22:00+02:00"), ofHours(9)));
        assertEquals(ofHours(7), nights.elapsed(at("2024-03-30T21:00+01:00"), at("2024-03-31T07:00+02:00")));
    }

    @Test
    void newYorkSpringForwardDayIs23HoursAndGapIsClipped() {
        assertEquals(ofHours(23), calendar(NEW_YORK, everyDay("00:00-24:00"))
                .elapsed(at("2024-03-10T00:00-05:00"), at("2024-03-11T00:00-04:00")));
        WorkCalendar calendar = calendar(NEW_YORK, everyDay("01:30-03:30"));
        assertEquals(ofHours(1), calendar.elapsed(at("2024-03-10T00:00-05:00"), at("2024-03-11T00:00-04:00")));
        assertEquals(at("2024-03-10T03:30-04:00"), calendar.due(at("2024-03-10T01:30-05:00"), ofHours(1)));
    }

    @Test
    void newYorkFallBackDayIs25Hours() {
        WorkCalendar calendar = calendar(NEW_YORK, everyDay("00:00-24:00"));
        assertEquals(ofHours(25), calendar.elapsed(at("2024-11-03T00:00-04:00"), at("2024-11-04T00:00-05:00")));
        assertEquals(at("2024-11-03T01:30-05:00"), calendar.due(at("2024-11-03T00:00-04:00"), ofMinutes(150)));
        WorkCalendar repeatedHour = calendar(NEW_YORK, everyDay("01:00-02:00"));
        assertEquals(ofHours(2), repeatedHour.elapsed(at("2024-11-03T00:00-04:00"), at("2024-11-04T00:00-05:00")));
    }

    @Test
    void newYorkOfficeHoursAcrossDaylightSavingWeekend() {
        WorkCalendar office = calendar(NEW_YORK, CalendarVersion.effectiveFrom(LocalDate.of(2000, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday("09:00-17:00")));
        assertEquals(at("2024-03-11T10:00-04:00"), office.due(at("2024-03-08T16:00-05:00"), ofHours(2)));
        assertEquals(ofHours(16), office.elapsed(at("2024-03-08T09:00-05:00"), at("2024-03-11T17:00-04:00")));
        assertEquals(at("2024-11-04T10:00-05:00"), office.due(at("2024-11-01T16:00-04:00"), ofHours(2)));
    }

    @Test
    void midnightInsideGapStartsTheDayAtTheTransition() {
        // Sao Paulo skipped 2018-11-04 00:00-01:00
        WorkCalendar calendar = calendar(ZoneId.of("America/Sao_Paulo"), everyDay("00:00-24:00"));
        assertEquals(ofHours(23), calendar.elapsed(at("2018-11-04T01:00-02:00"), at("2018-11-05T00:00-02:00")));
        assertEquals(at("2018-11-04T01:00-02:00"), calendar.due(at("2018-11-03T23:00-03:00"), ofHours(1)));
        WorkCalendar mornings = calendar(ZoneId.of("America/Sao_Paulo"), everyDay("00:00-02:00"));
        assertEquals(ofHours(1), mornings.elapsed(at("2018-11-04T01:00-02:00"), at("2018-11-05T00:00-02:00")));
    }
}
