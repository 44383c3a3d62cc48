package org.servicelevel.domain.worktime;

import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.at;
import static org.servicelevel.domain.worktime.TestCalendars.calendar;
import static org.servicelevel.domain.worktime.TestCalendars.officeWithLunchBreak;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Holidays remove a day; overrides replace a day's hours and win over holidays. */
class HolidaysAndOverridesTest {

    private static final LocalDate GOOD_FRIDAY = LocalDate.of(2024, 3, 29);
    private static final LocalDate EASTER_MONDAY = LocalDate.of(2024, 4, 1);
    private static final LocalDate WORKING_SATURDAY = LocalDate.of(2024, 3, 9);
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2024, 12, 24);
    private static final LocalDate CHRISTMAS = LocalDate.of(2024, 12, 25);
    private static final LocalDate DAY_OFF = LocalDate.of(2024, 3, 6);

    private final WorkCalendar calendar = calendar(BERLIN, officeWithLunchBreak()
            .holiday(GOOD_FRIDAY)
            .holiday(EASTER_MONDAY)
            .holiday(CHRISTMAS_EVE)
            .holiday(CHRISTMAS)
            .override(WORKING_SATURDAY, "10:00-14:00")
            .override(CHRISTMAS_EVE, "09:00-12:00")
            .override(DAY_OFF));

    @Test
    void longEasterWeekendIsSkipped() {
        // Thursday 28 Mar 17:00-18:00, then Good Friday, weekend and Easter Monday are off
        assertEquals(at("2024-04-02T10:00+02:00"), calendar.due(at("2024-03-28T17:00+01:00"), ofHours(2)));
        assertEquals(ofHours(1), calendar.elapsed(at("2024-03-28T17:00+01:00"), at("2024-04-02T09:00+02:00")));
    }

    @Test
    void transferredWorkingSaturdayIsWorked() {
        assertEquals(at("2024-03-09T11:00+01:00"), calendar.due(at("2024-03-08T17:00+01:00"), ofHours(2)));
        assertEquals(at("2024-03-11T10:00+01:00"), calendar.due(at("2024-03-08T17:00+01:00"), ofHours(6)));
        assertEquals(ofHours(4), calendar.elapsed(at("2024-03-09T00:00+01:00"), at("2024-03-10T00:00+01:00")));
    }

    @Test
    void overrideOnHolidayWinsAndShortensTheDay() {
        assertEquals(at("2024-12-24T12:00+01:00"), calendar.due(at("2024-12-24T08:00+01:00"), ofHours(3)));
        // Christmas Day is a holiday, then Thursday 26 Dec opens again
        assertEquals(at("2024-12-26T10:00+01:00"), calendar.due(at("2024-12-24T08:00+01:00"), ofHours(4)));
        assertEquals(ofHours(3), calendar.elapsed(at("2024-12-24T00:00+01:00"), at("2024-12-26T00:00+01:00")));
    }

    @Test
    void emptyOverrideMakesAWeekdayADayOff() {
        // Tuesday 5 Mar 17:00-18:00, Wednesday off, Thursday 09:00-10:00
        assertEquals(at("2024-03-07T10:00+01:00"), calendar.due(at("2024-03-05T17:00+01:00"), ofHours(2)));
    }

    @Test
    void statusTellsHolidaysFromHoursOutsideWork() {
        assertEquals(TimeStatus.HOLIDAY, calendar.statusAt(at("2024-03-29T11:00+01:00")));
        assertEquals(TimeStatus.HOLIDAY, calendar.statusAt(at("2024-12-25T00:00+01:00")));
        assertEquals(TimeStatus.WORKING, calendar.statusAt(at("2024-12-24T11:59:59+01:00")));
        assertEquals(TimeStatus.OUTSIDE_WORKING_HOURS, calendar.statusAt(at("2024-12-24T12:00+01:00")));
        assertEquals(TimeStatus.OUTSIDE_WORKING_HOURS, calendar.statusAt(at("2024-03-06T11:00+01:00")));
        assertEquals(TimeStatus.OUTSIDE_WORKING_HOURS, calendar.statusAt(at("2024-03-04T13:30+01:00")));
        assertEquals(TimeStatus.OUTSIDE_WORKING_HOURS, calendar.statusAt(at("2024-03-10T11:00+01:00")));
        assertEquals(TimeStatus.WORKING, calendar.statusAt(at("2024-03-09T10:00+01:00")));
        assertEquals(TimeStatus.WORKING, calendar.statusAt(at("2024-03-04T09:00+01:00")));
        assertEquals(TimeStatus.OUTSIDE_WORKING_HOURS, calendar.statusAt(at("2024-03-04T18:00+01:00")));
    }
}
