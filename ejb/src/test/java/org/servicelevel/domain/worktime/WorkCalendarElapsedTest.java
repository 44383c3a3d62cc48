package org.servicelevel.domain.worktime;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.at;
import static org.servicelevel.domain.worktime.TestCalendars.calendar;
import static org.servicelevel.domain.worktime.TestCalendars.officeWithLunchBreak;

import org.junit.jupiter.api.Test;

/** Working time between two instants on the Berlin office calendar (Mon-Fri 09-13, 14-18). */
class WorkCalendarElapsedTest {

    private final WorkCalendar office = calendar(BERLIN, officeWithLunchBreak());

    @Test
    void wholeDayCountsEightHours() {
        assertEquals(ofHours(8), office.elapsed(at("2024-03-04T08:00+01:00"), at("2024-03-04T19:00+01:00")));
    }

    @Test
    void lunchBreakIsNotCounted() {
        assertEquals(ofHours(2), office.elapsed(at("2024-03-04T12:00+01:00"), at("2024-03-04T15:00+01:00")));
    }

    @Test
    void weekendIsNotCounted() {
        // Friday 12:00-18:00 = 5 h, Monday 09:00-10:00 = 1 h
        assertEquals(ofHours(6), office.elapsed(at("2024-03-08T12:00+01:00"), at("2024-03-11T10:00+01:00")));
    }

    @Test
    void rangeEntirelyOutsideWorkingTimeIsZero() {
        assertEquals(ZERO, office.elapsed(at("2024-03-09T00:00+01:00"), at("2024-03-11T09:00+01:00")));
        assertEquals(ZERO, office.elapsed(at("2024-03-04T13:00+01:00"), at("2024-03-04T14:00+01:00")));
    }

    @Test
    void emptyRangeIsZero() {
        assertEquals(ZERO, office.elapsed(at("2024-03-04T10:00+01:00"), at("2024-03-04T10:00+01:00")));
    }

    @Test
    void endIsExclusive() {
        assertEquals(ofMinutes(1), office.elapsed(at("2024-03-04T17:59+01:00"), at("2024-03-04T18:00+01:00")));
        assertEquals(ofMinutes(1), office.elapsed(at("2024-03-04T17:59+01:00"), at("2024-03-05T09:00+01:00")));
    }

    @Test
    void wholeYearCountsEveryWeekday() {
        // 2024 has 262 weekdays
        assertEquals(ofHours(262 * 8), office.elapsed(at("2024-01-01T00:00+01:00"), at("2025-01-01T00:00+01:00")));
    }

    @Test
    void subSecondPartsCountOnlyInsideWorkingTime() {
        assertEquals(ofMillis(400), office.elapsed(at("2024-03-04T08:59:59.9+01:00"), at("2024-03-04T09:00:00.4+01:00")));
        assertEquals(ofMillis(500), office.elapsed(at("2024-03-04T17:59:59.5+01:00"), at("2024-03-04T18:00:00.7+01:00")));
        assertEquals(ofMillis(250), office.elapsed(at("2024-03-04T10:00:00.25+01:00"), at("2024-03-04T10:00:00.5+01:00")));
    }

    @Test
    void reversedRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> office.elapsed(at("2024-03-04T10:00+01:00"), at("2024-03-04T09:00+01:00")));
        assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> office.elapsed(at("2024-03-04T10:00:00.5+01:00"), at("2024-03-04T10:00:00.4+01:00")));
    }
}
