package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.servicelevel.domain.model.report.CloseFixture.OFFICE;
import static org.servicelevel.domain.model.report.CloseFixture.at;
import static org.servicelevel.domain.model.report.CloseFixture.hms;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.ResolutionTime.Pause;

/** The resolution-time rule on a Moscow office calendar (Monday to Friday 09:00-18:00, 4 November 2026 a holiday). */
class ResolutionTimeTest {

    private static Pause pause(String from, String to) {
        return new Pause(at(from), at(to));
    }

    @Test
    void aPauseAcrossANightAndAWeekendSubtractsOnlyItsWorkingTime() {
        // Thursday 16:00 to Monday 12:00 holds 2 + 9 + 3 = 14 working hours; the pause from Thursday 17:00 to
        // Monday 10:00 holds 1 + 9 + 1 = 11 of them (its nights and weekend never counted, so are not taken twice)
        ResolutionTime time = ResolutionTime.measure(OFFICE, at("2026-11-05T16:00"), at("2026-11-09T12:00"),
                List.of(pause("2026-11-05T17:00", "2026-11-09T10:00")));
        assertEquals(Duration.ofHours(14), time.working());
        assertEquals(Duration.ofHours(11), time.paused());
        assertEquals(Duration.ofHours(3), time.resolution());
    }

    @Test
    void aHolidayInsideAPauseCountsNeitherAsWorkNorAsPause() {
        // Tuesday 17:00 to Thursday 10:00 across the Wednesday holiday: 1 h + 1 h of work, half of each paused
        ResolutionTime time = ResolutionTime.measure(OFFICE, at("2026-11-03T17:00"), at("2026-11-05T10:00"),
                List.of(pause("2026-11-03T17:30", "2026-11-05T09:30")));
        assertEquals(Duration.ofHours(2), time.working());
        assertEquals(Duration.ofHours(1), time.paused());
        assertEquals(Duration.ofHours(1), time.resolution());
    }

    @Test
    void aTicketRegisteredOnASaturdayStartsAtMondaysOpening() {
        assertEquals(Duration.ofMinutes(30), ResolutionTime.measure(OFFICE, at("2026-11-07T11:00"),
                at("2026-11-09T09:30"), List.of()).resolution());
        assertEquals(Duration.ZERO, ResolutionTime.measure(OFFICE, at("2026-11-07T11:00"), at("2026-11-09T09:00"),
                List.of()).resolution(), "resolved at the opening: no working time yet");
    }

    @Test
    void overlappingPausesAreSubtractedOnce() {
        ResolutionTime time = ResolutionTime.measure(OFFICE, at("2026-11-02T09:00"), at("2026-11-02T18:00"),
                List.of(pause("2026-11-02T11:00", "2026-11-02T13:00"), pause("2026-11-02T10:00", "2026-11-02T12:00"),
                        pause("2026-11-02T13:00", "2026-11-02T13:30")));
        assertEquals(hms(3, 30, 0), time.paused(), "10:00-13:30 once");
        assertEquals(hms(5, 30, 0), time.resolution());
    }

    @Test
    void onlyThePartOfAPauseInsideTheTicketsLifeCounts() {
        ResolutionTime time = ResolutionTime.measure(OFFICE, at("2026-11-02T10:00"), at("2026-11-02T12:00"),
                List.of(pause("2026-11-02T09:00", "2026-11-02T10:30"), pause("2026-11-02T11:45", "2026-11-02T15:00")));
        assertEquals(Duration.ofMinutes(45), time.paused());
        assertEquals(Duration.ofMinutes(75), time.resolution());
    }

    @Test
    void timeIsKeptToTheSecond() {
        ResolutionTime time = ResolutionTime.measure(OFFICE, at("2026-11-02T09:00:00.900"),
                at("2026-11-02T13:00:01.400"), List.of(pause("2026-11-02T10:00:00.500", "2026-11-02T10:00:59.999")));
        assertEquals(hms(3, 59, 2), time.resolution(), "4:00:01 of work less 0:00:59 of pause, instants to the second");
        assertEquals(0, time.resolution().getNano());
    }

    @Test
    void aResolutionBeforeTheRegistrationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResolutionTime.measure(OFFICE, at("2026-11-02T10:00"),
                at("2026-11-02T09:59:59"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> pause("2026-11-02T10:00", "2026-11-02T09:00"));
    }
}
