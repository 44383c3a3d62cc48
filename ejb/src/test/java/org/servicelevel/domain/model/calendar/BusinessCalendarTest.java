package org.servicelevel.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.worktime.WorkCalendar;

class BusinessCalendarTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private static CalendarDefinition weekdays(int openHour, int closeHour) {
        return new CalendarDefinition(Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(d -> new WeeklyInterval(d, openHour * 60, closeHour * 60)).toList(), List.of(), List.of());
    }

    private static BusinessCalendar office() {
        return new BusinessCalendar("Office", "Europe/Berlin", null, weekdays(9, 18), LocalDate.of(2026, 1, 1), NOW, "max");
    }

    @Test
    void aRevisionTakesEffectFromItsDateAndEarlierDaysKeepTheirRules() {
        BusinessCalendar calendar = office();
        BusinessCalendarVersion second = calendar.revise(weekdays(8, 16), LocalDate.of(2026, 7, 1), NOW, "max");

        assertEquals(2, second.number());
        assertEquals(1, calendar.versionOn(LocalDate.of(2026, 6, 30)).number());
        assertEquals(2, calendar.versionOn(LocalDate.of(2026, 7, 1)).number());
        assertEquals(1, calendar.versionOn(LocalDate.of(2020, 1, 1)).number(), "before the first version: the first");

        WorkCalendar engine = WorkCalendar.of(calendar.rules());
        Instant tuesdayJune30 = ZonedDateTime.parse("2026-06-30T09:00+02:00[Europe/Berlin]").toInstant();
        Instant wednesdayJuly1 = ZonedDateTime.parse("2026-07-01T08:00+02:00[Europe/Berlin]").toInstant();
        assertEquals(Duration.ofHours(9), engine.elapsed(tuesdayJune30, tuesdayJune30.plus(Duration.ofHours(12))));
        assertEquals(Duration.ofHours(10), engine.elapsed(tuesdayJune30, tuesdayJune30.plus(Duration.ofDays(1))),
                "09:00-18:00 under version 1, then 08:00-09:00 of 1 July under version 2");
        assertEquals(Duration.ofHours(8), engine.elapsed(wednesdayJuly1, wednesdayJuly1.plus(Duration.ofHours(12))));
    }

    @Test
    void theRulesOfADayThatHasPassedCannotChange() {
        BusinessCalendar calendar = office();
        InvalidFieldException error = assertThrows(InvalidFieldException.class,
                () -> calendar.revise(weekdays(8, 16), LocalDate.of(2026, 6, 14), NOW, "max"));
        assertEquals("effectiveFrom", error.field());
        assertTrue(error.getMessage().contains("2026-06-15"), error.getMessage());
    }

    @Test
    void aVersionNotYetInForceIsReplacedNotDuplicated() {
        BusinessCalendar calendar = office();
        calendar.revise(weekdays(8, 16), LocalDate.of(2026, 9, 1), NOW, "max");
        BusinessCalendarVersion replaced = calendar.revise(weekdays(7, 15), LocalDate.of(2026, 9, 1), NOW, "anna");

        assertEquals(2, calendar.versions().size());
        assertEquals(2, replaced.number());
        assertEquals(7 * 60, replaced.definition().weeklyHours().get(0).openMinute());
    }

    @Test
    void brokenRulesNameTheFieldAndTheDay() {
        CalendarDefinition overlapping = new CalendarDefinition(List.of(
                new WeeklyInterval(DayOfWeek.MONDAY, 9 * 60, 13 * 60),
                new WeeklyInterval(DayOfWeek.MONDAY, 12 * 60, 18 * 60)), List.of(), List.of());
        InvalidFieldException weekly = assertThrows(InvalidFieldException.class, () -> new BusinessCalendar("X",
                "Europe/Berlin", null, overlapping, LocalDate.of(2026, 1, 1), NOW, "max"));
        assertEquals("weeklyHours", weekly.field());
        assertTrue(weekly.getMessage().startsWith("MONDAY: "), weekly.getMessage());

        CalendarDefinition reversedOverride = new CalendarDefinition(List.of(), List.of(),
                List.of(DateOverride.working(LocalDate.of(2026, 12, 24), 13 * 60, 9 * 60, "Eve")));
        InvalidFieldException override = assertThrows(InvalidFieldException.class, () -> new BusinessCalendar("X",
                "Europe/Berlin", null, reversedOverride, LocalDate.of(2026, 1, 1), NOW, "max"));
        assertEquals("overrides", override.field());
        assertTrue(override.getMessage().startsWith("2026-12-24: "), override.getMessage());
    }

    @Test
    void zonesAreIanaRegions() {
        assertEquals("timeZone", assertThrows(InvalidFieldException.class,
                () -> BusinessCalendar.zoneOf("Mars/Base")).field());
        assertThrows(InvalidFieldException.class, () -> BusinessCalendar.zoneOf("+02:00"));
        assertThrows(InvalidFieldException.class, () -> BusinessCalendar.zoneOf(" "));
        assertEquals("America/New_York", BusinessCalendar.zoneOf("America/New_York").getId());
        assertEquals("UTC", BusinessCalendar.zoneOf("UTC").getId());
    }

    @Test
    void aCopyKeepsZoneAndWholeHistory() {
        BusinessCalendar calendar = office();
        calendar.revise(weekdays(8, 16), LocalDate.of(2026, 9, 1), NOW, "max");
        BusinessCalendar copy = calendar.copyAs("Office copy", NOW, "anna");

        assertEquals("Office copy", copy.name());
        assertEquals(calendar.zone(), copy.zone());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 1)),
                copy.versions().stream().map(BusinessCalendarVersion::effectiveFrom).toList());
        assertEquals(calendar.rules().versions(), copy.rules().versions());
    }

    @Test
    void theTwentyFourSevenPresetCountsEveryHour() {
        BusinessCalendar calendar = new BusinessCalendar("24/7", "UTC", null, CalendarDefinition.twentyFourSeven(),
                LocalDate.of(2026, 1, 1), NOW, "max");
        Instant start = Instant.parse("2026-03-06T17:30:00Z");
        assertEquals(start.plus(Duration.ofHours(60)), WorkCalendar.of(calendar.rules()).due(start, Duration.ofHours(60)));
    }

    @Test
    void anImportedCalendarKeepsEveryVersionWithItsNumberAndDayPastOnesIncluded() {
        BusinessCalendar calendar = BusinessCalendar.imported("Office", "Europe/Berlin", "imported", List.of(
                new BusinessCalendar.PastVersion(1, LocalDate.of(2020, 1, 1), weekdays(9, 18), null, null),
                new BusinessCalendar.PastVersion(3, LocalDate.of(2026, 1, 1), weekdays(8, 16),
                        Instant.parse("2025-12-01T09:00:00Z"), "anna")), NOW, "importer");

        assertEquals(List.of(1, 3), calendar.versions().stream().map(BusinessCalendarVersion::number).toList());
        assertEquals(3, calendar.versionOn(LocalDate.of(2026, 2, 1)).number());
        assertEquals("anna", calendar.versionOn(LocalDate.of(2026, 2, 1)).createdBy());
        assertEquals("importer", calendar.versionOn(LocalDate.of(2021, 2, 1)).createdBy());
        assertEquals(4, calendar.revise(weekdays(7, 15), LocalDate.of(2026, 9, 1), NOW, "max").number());
    }

    @Test
    void anImportedCalendarsVersionsAreCheckedWithTheirPaths() {
        CalendarDefinition overlapping = new CalendarDefinition(List.of(new WeeklyInterval(DayOfWeek.MONDAY, 540, 720),
                new WeeklyInterval(DayOfWeek.MONDAY, 600, 900)), List.of(), List.of());
        org.servicelevel.domain.InvalidInputException error = assertThrows(
                org.servicelevel.domain.InvalidInputException.class, () -> BusinessCalendar.imported("Office",
                        "Europe/Berlin", null, List.of(
                                new BusinessCalendar.PastVersion(1, LocalDate.of(2026, 1, 1), weekdays(9, 18), null, null),
                                new BusinessCalendar.PastVersion(2, LocalDate.of(2025, 1, 1), overlapping, null, null)),
                        NOW, "importer"));
        assertEquals(List.of("versions[1].effectiveFrom"), error.errors().stream().map(InvalidFieldException::field)
                .toList());
        org.servicelevel.domain.InvalidInputException rules = assertThrows(
                org.servicelevel.domain.InvalidInputException.class, () -> BusinessCalendar.imported("Office",
                        "Europe/Berlin", null, List.of(
                                new BusinessCalendar.PastVersion(1, LocalDate.of(2026, 1, 1), overlapping, null, null)),
                        NOW, "importer"));
        assertEquals(List.of("versions[0].weeklyHours"), rules.errors().stream().map(InvalidFieldException::field)
                .toList());
    }

    @Test
    void aCalendarDiffersFromADocumentsOnlyInWhatChangesTheWorkingTime() {
        BusinessCalendar calendar = office();
        calendar.revise(weekdays(8, 16), LocalDate.of(2026, 7, 1), NOW, "max");
        List<BusinessCalendar.PastVersion> same = List.of(
                new BusinessCalendar.PastVersion(7, LocalDate.of(2026, 1, 1), weekdays(9, 18), null, "someone"),
                new BusinessCalendar.PastVersion(9, LocalDate.of(2026, 7, 1), weekdays(8, 16), null, null));
        assertTrue(calendar.differenceFrom("Europe/Berlin", same).isEmpty(), "numbers and authors do not count");
        assertTrue(calendar.differenceFrom("Europe/Vienna", same).orElseThrow().contains("Europe/Vienna"));
        assertTrue(calendar.differenceFrom("Europe/Berlin", same.subList(0, 1)).orElseThrow().contains("2026-07-01"));
        List<BusinessCalendar.PastVersion> otherHours = List.of(same.get(0),
                new BusinessCalendar.PastVersion(2, LocalDate.of(2026, 7, 1), weekdays(8, 17), null, null));
        assertTrue(calendar.differenceFrom("Europe/Berlin", otherHours).orElseThrow().contains("2026-07-01"));
    }
}
