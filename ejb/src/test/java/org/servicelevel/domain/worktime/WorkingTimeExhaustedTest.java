package org.servicelevel.domain.worktime;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.at;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A calendar that runs out of working time fails clearly instead of searching forever. */
class WorkingTimeExhaustedTest {

    private final CalendarVersion office = CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
            .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
            .build();

    @Test
    void calendarWithoutAnyWorkingTimeFails() {
        WorkCalendar never = WorkCalendar.of(CalendarRules.of(BERLIN,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).build()));
        WorkingTimeExhaustedException e = assertThrows(WorkingTimeExhaustedException.class,
                () -> never.due(at("2024-03-04T10:00+01:00"), ofHours(1)));
        assertTrue(e.getMessage().contains("no working time after 2020-01-01"), e.getMessage());
        assertThrows(WorkingTimeExhaustedException.class, () -> never.due(at("2024-03-04T10:00+01:00"), ZERO));
        assertEquals(ZERO, never.elapsed(at("2024-01-01T00:00+01:00"), at("2034-01-01T00:00+01:00")));
    }

    @Test
    void workingTimeEndingWithAClosedVersionFailsOnlyBeyondIt() {
        WorkCalendar closing = WorkCalendar.of(CalendarRules.of(BERLIN, office,
                CalendarVersion.effectiveFrom(LocalDate.of(2025, 1, 1)).build()));
        assertEquals(at("2024-12-31T18:00+01:00"), closing.due(at("2024-12-31T17:00+01:00"), ofHours(1)));
        assertThrows(WorkingTimeExhaustedException.class, () -> closing.due(at("2024-12-31T17:00+01:00"), ofHours(2)));
    }

    @Test
    void laterOverrideOfAClosedVersionIsStillFound() {
        WorkCalendar closing = WorkCalendar.of(CalendarRules.of(BERLIN, office,
                CalendarVersion.effectiveFrom(LocalDate.of(2025, 1, 1))
                        .override(LocalDate.of(2026, 3, 2), "09:00-10:00")
                        .build()));
        assertEquals(at("2026-03-02T10:00+01:00"), closing.due(at("2024-12-31T17:00+01:00"), ofHours(2)));
        assertThrows(WorkingTimeExhaustedException.class, () -> closing.due(at("2024-12-31T17:00+01:00"), ofHours(3)));
    }
}
