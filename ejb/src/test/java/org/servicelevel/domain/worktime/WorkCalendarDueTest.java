package org.servicelevel.domain.worktime;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.at;
import static org.servicelevel.domain.worktime.TestCalendars.calendar;
import static org.servicelevel.domain.worktime.TestCalendars.officeWithLunchBreak;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Due dates on a Berlin office calendar, Mon-Fri 09:00-13:00 and 14:00-18:00, in winter time (+01:00). */
class WorkCalendarDueTest {

    private final WorkCalendar office = calendar(BERLIN, officeWithLunchBreak());

    @Test
    void fullDayFromOpeningEndsAtClosingTimeNotNextOpening() {
        assertEquals(at("2024-03-04T18:00+01:00"), office.due(at("2024-03-04T09:00+01:00"), ofHours(8)));
    }

    @Test
    void durationRunningOutAtLunchClosingStaysAtClosingTime() {
        assertEquals(at("2024-03-04T13:00+01:00"), office.due(at("2024-03-04T09:00+01:00"), ofHours(4)));
    }

    @Test
    void lunchBreakIsSkipped() {
        assertEquals(at("2024-03-04T15:00+01:00"), office.due(at("2024-03-04T12:00+01:00"), ofHours(2)));
    }

    @Test
    void fullDayFromMidMorningEndsNextMorning() {
        assertEquals(at("2024-03-05T10:00+01:00"), office.due(at("2024-03-04T10:00+01:00"), ofHours(8)));
    }

    @Test
    void weekendIsSkipped() {
        assertEquals(at("2024-03-11T10:00+01:00"), office.due(at("2024-03-08T17:00+01:00"), ofHours(2)));
    }

    @Test
    void startAtClosingTimeCountsFromNextOpening() {
        assertEquals(at("2024-03-05T10:00+01:00"), office.due(at("2024-03-04T18:00+01:00"), ofHours(1)));
        assertEquals(at("2024-03-04T15:00+01:00"), office.due(at("2024-03-04T13:00+01:00"), ofHours(1)));
    }

    @Test
    void startAtMidnightCountsFromOpening() {
        assertEquals(at("2024-03-05T09:30+01:00"), office.due(at("2024-03-05T00:00+01:00"), ofMinutes(30)));
    }

    @Test
    void zeroDurationFromClosedInstantIsNextOpening() {
        assertEquals(at("2024-03-11T09:00+01:00"), office.due(at("2024-03-09T10:00+01:00"), ZERO));
        assertEquals(at("2024-03-04T14:00+01:00"), office.due(at("2024-03-04T13:00+01:00"), ZERO));
        assertEquals(at("2024-03-05T09:00+01:00"), office.due(at("2024-03-04T18:00+01:00"), ZERO));
    }

    @Test
    void zeroDurationFromOpenInstantIsTheStart() {
        assertEquals(at("2024-03-04T10:17:03+01:00"), office.due(at("2024-03-04T10:17:03+01:00"), ZERO));
        assertEquals(at("2024-03-04T09:00+01:00"), office.due(at("2024-03-04T09:00+01:00"), ZERO));
    }

    @Test
    void oneSecondBeforeClosingPlusOneSecondIsClosingTime() {
        assertEquals(at("2024-03-04T18:00+01:00"), office.due(at("2024-03-04T17:59:59+01:00"), ofSeconds(1)));
        assertEquals(at("2024-03-05T09:00:01+01:00"), office.due(at("2024-03-04T17:59:59+01:00"), ofSeconds(2)));
    }

    @Test
    void durationSpanningSeveralWeeks() {
        // 100 h = 12 days of 8 h + 4 h: Mon 4 Mar 09:00 + 12 working days -> Wed 20 Mar 09:00, + 4 h -> 13:00
        assertEquals(at("2024-03-20T13:00+01:00"), office.due(at("2024-03-04T09:00+01:00"), ofHours(100)));
    }

    @Test
    void subSecondPartsAreKeptExactly() {
        assertEquals(at("2024-03-04T11:00:00.5+01:00"), office.due(at("2024-03-04T10:00:00.5+01:00"), ofHours(1)));
        assertEquals(at("2024-03-04T18:00+01:00"),
                office.due(at("2024-03-04T17:59:59.25+01:00"), Duration.ofMillis(750)));
        assertEquals(at("2024-03-05T09:00:00.25+01:00"),
                office.due(at("2024-03-04T17:59:59.25+01:00"), Duration.ofMillis(1000)));
    }

    @Test
    void subSecondPartOfClosedStartIsIgnoredBecauseCountingStartsAtOpening() {
        assertEquals(at("2024-03-11T09:00:01.25+01:00"),
                office.due(at("2024-03-09T10:00:00.7+01:00"), Duration.ofMillis(1250)));
        assertEquals(at("2024-03-11T09:00+01:00"), office.due(at("2024-03-09T10:00:00.7+01:00"), ZERO));
    }

    @Test
    void negativeDurationIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> office.due(at("2024-03-04T10:00+01:00"), ofSeconds(-1)));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    @Test
    void absurdlyLongDurationIsRejectedInsteadOfOverflowing() {
        assertThrows(IllegalArgumentException.class,
                () -> office.due(at("2024-03-04T10:00+01:00"), ofSeconds(Long.MAX_VALUE)));
    }

    @Test
    void earlyAndLateDatesWork() {
        // Friday 29 Dec 1989 -> Monday 1 Jan 1990 (no holidays in this calendar)
        assertEquals(at("1990-01-01T10:00+01:00"), office.due(at("1989-12-29T17:00+01:00"), ofHours(2)));
        // Tuesday 31 Dec 2199 -> Wednesday 1 Jan 2200
        assertEquals(at("2200-01-01T10:00+01:00"), office.due(at("2199-12-31T17:00+01:00"), ofHours(2)));
    }

    @Test
    void instantsOutsideSupportedYearsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> office.due(Instant.MIN, ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> office.due(Instant.MAX, ofHours(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> office.due(at("1899-12-31T12:00Z"), ofHours(1)));
        assertTrue(e.getMessage().contains("outside the supported years 1900 to 2399"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> office.elapsed(at("2024-01-01T00:00Z"), at("2400-01-01T12:00Z")));
        assertEquals(at("2399-12-31T18:00+01:00"), office.due(at("2399-12-31T17:00+01:00"), ofHours(1)));
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> office.due(at("2399-12-31T17:00+01:00"), ofHours(2)));
        assertTrue(beyond.getMessage().contains("lies after the year 2399"), beyond.getMessage());
    }
    @Test
    void epochSecondMethodsFollowTheSameRulesAndRejectTheSameInput() {
        long saturday = at("2024-03-09T10:00+01:00").getEpochSecond();
        long mondayOpening = at("2024-03-11T09:00+01:00").getEpochSecond();
        assertEquals(mondayOpening, office.dueEpochSecond(saturday, 0));
        assertEquals(mondayOpening + 3600, office.dueEpochSecond(saturday, 3600));
        assertEquals(mondayOpening + 3600, office.dueEpochSecond(mondayOpening + 3600, 0));
        assertEquals(3600, office.elapsedSeconds(saturday, mondayOpening + 3600));
        assertEquals(0, office.elapsedSeconds(saturday, saturday));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> office.dueEpochSecond(saturday, -1))
                .getMessage().contains("negative"));
        assertThrows(IllegalArgumentException.class, () -> office.dueEpochSecond(saturday, Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> office.dueEpochSecond(Long.MIN_VALUE, 3600));
        assertThrows(IllegalArgumentException.class, () -> office.dueEpochSecond(Long.MAX_VALUE, 3600));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> office.elapsedSeconds(saturday, saturday - 1))
                .getMessage().contains("ends before it starts"));
        assertThrows(IllegalArgumentException.class, () -> office.elapsedSeconds(saturday, Long.MAX_VALUE));
        long lastHour = at("2399-12-31T17:00+01:00").getEpochSecond();
        assertEquals(lastHour + 3600, office.dueEpochSecond(lastHour, 3600));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> office.dueEpochSecond(lastHour, 7200))
                .getMessage().contains("lies after the year 2399"));
    }
}
