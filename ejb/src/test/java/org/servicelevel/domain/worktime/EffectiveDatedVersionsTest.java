package org.servicelevel.domain.worktime;

import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule versions govern the days from their effective date until the next version. */
class EffectiveDatedVersionsTest {

    private final CalendarVersion nineToSix = CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
            .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
            .holiday(LocalDate.of(2024, 7, 4))
            .build();
    private final CalendarVersion eightToFour = CalendarVersion.effectiveFrom(LocalDate.of(2024, 7, 1))
            .weeklyHours(WeeklyHours.mondayToFriday("08:00-16:00"))
            .holiday(LocalDate.of(2024, 7, 5))
            .build();
    private final WorkCalendar calendar = WorkCalendar.of(CalendarRules.of(BERLIN, eightToFour, nineToSix));

    @Test
    void eachDayIsGovernedByTheLatestVersionInEffect() {
        assertSame(nineToSix, calendar.versionOn(LocalDate.of(2024, 6, 30)));
        assertSame(eightToFour, calendar.versionOn(LocalDate.of(2024, 7, 1)));
        assertSame(eightToFour, calendar.versionOn(LocalDate.of(2030, 1, 1)));
        assertSame(eightToFour, calendar.versionAt(at("2024-06-30T22:00Z")));
        assertSame(nineToSix, calendar.versionAt(at("2024-06-30T21:59:59Z")));
    }

    @Test
    void daysBeforeTheFirstVersionUseTheFirstVersion() {
        assertSame(nineToSix, calendar.versionOn(LocalDate.of(2019, 6, 3)));
        assertEquals(at("2019-06-04T10:00+02:00"), calendar.due(at("2019-06-03T17:00+02:00"), ofHours(2)));
    }

    @Test
    void dueDateAcrossAVersionChangeUsesBothVersions() {
        Instant start = at("2024-06-28T17:00+02:00");
        Instant due = calendar.due(start, ofHours(2));
        assertEquals(at("2024-07-01T09:00+02:00"), due);
        assertEquals(List.of(nineToSix, eightToFour), calendar.versionsBetween(start, due));
        assertEquals(List.of(eightToFour), calendar.versionsBetween(due, due.plus(ofHours(100))));
        assertEquals(ofHours(17), calendar.elapsed(at("2024-06-28T00:00+02:00"), at("2024-07-02T00:00+02:00")));
    }

    @Test
    void holidaysOfAVersionOnlyApplyToTheDaysItGoverns() {
        // 4 July is a holiday of the old version only: worked under the new one
        assertEquals(at("2024-07-04T09:00+02:00"), calendar.due(at("2024-07-03T15:00+02:00"), ofHours(2)));
        // 5 July is a holiday of the new version
        assertEquals(at("2024-07-08T09:00+02:00"), calendar.due(at("2024-07-04T15:00+02:00"), ofHours(2)));
        assertEquals(TimeStatus.HOLIDAY, calendar.statusAt(at("2024-07-05T10:00+02:00")));
        assertEquals(TimeStatus.WORKING, calendar.statusAt(at("2024-07-04T10:00+02:00")));
    }

    @Test
    void twoVersionsOnTheSameDateAreRejected() {
        CalendarVersion clash = CalendarVersion.effectiveFrom(LocalDate.of(2024, 7, 1)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarRules.of(BERLIN, eightToFour, clash));
        assertEquals("two rule versions take effect on 2024-07-01", e.getMessage());
    }

    @Test
    void aCalendarNeedsAVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CalendarRules.of(BERLIN));
        assertEquals("a calendar needs at least one rule version", e.getMessage());
    }
}
