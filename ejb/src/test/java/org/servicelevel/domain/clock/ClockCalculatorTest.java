package org.servicelevel.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.clock.ClockFixture.at;

import java.time.Duration;
import java.time.LocalDate;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockFixture.History;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ServiceTarget;

class ClockCalculatorTest {

    private static final String RESOLUTION = SlaClock.RESOLUTION;
    private static final String RESPONSE = SlaClock.RESPONSE;

    @Test
    void aNewTicketCountsWorkingTimeFromRegistration() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS");
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T10:00");
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(Duration.ofHours(4), resolution.target());
        assertEquals(Duration.ofHours(1), resolution.elapsed());
        assertEquals(Duration.ofHours(3), resolution.remaining());
        assertEquals(at("2026-03-02T13:00"), resolution.due());
        assertEquals(at("2026-03-02T09:00"), resolution.startedAt());
        assertNull(resolution.breachedAt());

        SlaClock response = h.clock(RESPONSE, "2026-03-02T10:00");
        assertEquals(ClockState.BREACHED, response.state(), "no response within 30 minutes");
        assertEquals(at("2026-03-02T09:30"), response.breachedAt());
        assertEquals(at("2026-03-02T09:30"), response.due());
    }

    @Test
    void aServiceWithItsOwnTargetIsMeasuredAgainstItAndOthersAgainstThePriority() {
        AgreementTerms terms = ClockFixture.terms(List.of(),
                List.of(new ServiceTarget("NET", 2, null, Duration.ofHours(2))));
        SlaClock net = new History("2026-03-02T09:00", 2).under(terms.forService("NET"))
                .clock(RESOLUTION, "2026-03-02T10:00");
        assertEquals(Duration.ofHours(2), net.target());
        assertEquals(at("2026-03-02T11:00"), net.due());
        SlaClock netResponse = new History("2026-03-02T09:00", 2).under(terms.forService("NET"))
                .clock(RESPONSE, "2026-03-02T09:10");
        assertEquals(Duration.ofMinutes(30), netResponse.target(), "NET sets no response target: the priority's");
        SlaClock ws = new History("2026-03-02T09:00", 2).under(terms.forService("WS"))
                .clock(RESOLUTION, "2026-03-02T10:00");
        assertEquals(Duration.ofHours(4), ws.target());
    }

    @Test
    void aPriorityChangeMovesAServiceTicketToTheServicesTargetOfTheNewPriority() {
        AgreementTerms terms = ClockFixture.terms(List.of(),
                List.of(new ServiceTarget("NET", 1, null, Duration.ofHours(1))));
        SlaClock clock = new History("2026-03-02T09:00", 2).under(terms.forService("NET"))
                .priority("2026-03-02T09:30", 1).clock(RESOLUTION, "2026-03-02T09:45");
        assertEquals(Duration.ofHours(1), clock.target());
        assertEquals(at("2026-03-02T10:00"), clock.due(), "counted from registration");
    }

    @Test
    void aTicketRegisteredAfterHoursStartsCountingAtTheNextOpening() {
        History h = new History("2026-03-06T17:00", 2);
        SlaClock clock = h.clock(RESOLUTION, "2026-03-09T10:00");
        assertEquals(Duration.ofHours(2), clock.elapsed(), "Friday 17-18 and Monday 9-10");
        assertEquals(at("2026-03-09T12:00"), clock.due());
        assertEquals(List.of(SegmentKind.RUNNING, SegmentKind.OUTSIDE_SERVICE_HOURS, SegmentKind.RUNNING),
                clock.segments().stream().map(ClockSegment::kind).toList());
        assertEquals(at("2026-03-06T18:00"), clock.segments().get(1).from());
        assertEquals(at("2026-03-09T09:00"), clock.segments().get(1).to(), "the weekend is one stretch");
    }

    @Test
    void aPauseMovesTheDeadlineByExactlyTheWorkingTimeItTook() {
        History h = new History("2026-03-02T09:00", 2)
                .status("2026-03-02T10:00", "CLARIFICATION_WITH_CUSTOMER")
                .status("2026-03-03T10:30", "IN_PROGRESS");
        SlaClock paused = h.clock(RESOLUTION, "2026-03-02T16:00");
        assertEquals(ClockState.PAUSED, paused.state());
        assertNull(paused.due());
        assertEquals(Duration.ofHours(3), paused.remaining());

        SlaClock resumed = h.clock(RESOLUTION, "2026-03-03T11:00");
        assertEquals(ClockState.RUNNING, resumed.state());
        assertEquals(Duration.ofMinutes(90), resumed.elapsed());
        assertEquals(Duration.ofMinutes(9 * 60 + 30), resumed.pausedWorkingTime(), "Monday 10-18 and Tuesday 9-10:30");
        assertEquals(Duration.ofMinutes(9 * 60 + 30), resumed.waitingOnCustomer());
        assertEquals(at("2026-03-03T13:30"), resumed.due());
        assertEquals(resumed.pausedWorkingTime(), officeElapsed(at("2026-03-02T13:00"), resumed.due()),
                "13:00 was the deadline before the pause");
    }

    private static Duration officeElapsed(java.time.Instant from, java.time.Instant to) {
        return ClockFixture.OFFICE.elapsed(from, to);
    }

    @Test
    void resolvingStopsTheClockAndReopeningResumesIt() {
        History h = new History("2026-03-02T09:00", 2)
                .status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T12:00", "RESOLVED")
                .status("2026-03-02T15:00", "IN_PROGRESS");
        SlaClock met = h.clock(RESOLUTION, "2026-03-02T14:00");
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ofHours(3), met.elapsed());
        assertEquals(at("2026-03-02T12:00"), met.stoppedAt());
        assertEquals(at("2026-03-02T13:00"), met.due(), "the deadline that applied when it was resolved");

        SlaClock reopened = h.clock(RESOLUTION, "2026-03-02T16:30");
        assertEquals(ClockState.BREACHED, reopened.state());
        assertEquals(Duration.ofMinutes(270), reopened.elapsed());
        assertEquals(at("2026-03-02T16:00"), reopened.breachedAt(), "one hour left after reopening at 15:00");
        assertNull(reopened.stoppedAt());
    }

    @Test
    void aPriorityChangeRecalculatesTheTargetFromRegistration() {
        History h = new History("2026-03-02T09:00", 3).status("2026-03-02T09:30", "IN_PROGRESS");
        assertEquals(ClockState.RUNNING, h.clock(RESOLUTION, "2026-03-02T12:00").state());
        h.priority("2026-03-02T11:30", 1);
        SlaClock raised = h.clock(RESOLUTION, "2026-03-02T12:00");
        assertEquals(Duration.ofHours(2), raised.target());
        assertEquals(ClockState.BREACHED, raised.state());
        assertEquals(at("2026-03-02T11:00"), raised.breachedAt(), "the history counts: 2 working hours after 09:00");
    }

    @Test
    void aMoveToTheThirdLineAddsItsExtension() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .group("2026-03-02T10:00", "L3", 3);
        SlaClock clock = h.clock(RESOLUTION, "2026-03-02T16:00");
        assertEquals(Duration.ofHours(13), clock.target());
        assertEquals(ClockState.RUNNING, clock.state());
        assertEquals(at("2026-03-03T13:00"), clock.due(), "9 h Monday, 4 h Tuesday");
        assertEquals(Map.of("L1", Duration.ofHours(1), "L3", Duration.ofHours(6)), clock.workingTimeByGroup());
    }

    @Test
    void waitingOnAThirdPartyIsAttributedSeparately() {
        History h = new History("2026-03-02T09:00", 3)
                .status("2026-03-02T10:00", "PASSED_TO_THIRD_PARTY")
                .status("2026-03-02T11:30", "IN_PROGRESS")
                .status("2026-03-02T12:00", "CUSTOMER_TESTING")
                .status("2026-03-02T12:45", "RESOLVED");
        SlaClock clock = h.clock(RESOLUTION, "2026-03-02T17:00");
        assertEquals(ClockState.MET, clock.state());
        assertEquals(Duration.ofMinutes(90), clock.elapsed());
        assertEquals(Duration.ofMinutes(90), clock.waitingOnThirdParty());
        assertEquals(Duration.ofMinutes(45), clock.waitingOnCustomer());
        assertEquals(List.of(SegmentKind.RUNNING, SegmentKind.PAUSED, SegmentKind.RUNNING, SegmentKind.PAUSED,
                SegmentKind.STOPPED), clock.segments().stream().map(ClockSegment::kind).toList());
        assertEquals("PASSED_TO_THIRD_PARTY", clock.segments().get(1).status());
    }

    @Test
    void theResponseClockStopsAtTheFirstResponse() {
        History h = new History("2026-03-02T09:00", 2).responded("2026-03-02T09:20")
                .status("2026-03-02T09:20", "IN_PROGRESS");
        SlaClock response = h.clock(RESPONSE, "2026-03-02T12:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(20), response.elapsed());
        assertEquals(at("2026-03-02T09:20"), response.stoppedAt());

        History resolvedAtOnce = new History("2026-03-02T09:00", 2).status("2026-03-02T09:40", "RESOLVED");
        assertEquals(ClockState.BREACHED, resolvedAtOnce.clock(RESPONSE, "2026-03-02T12:00").state(),
                "resolution counts as the response, 10 minutes late");
    }

    @Test
    void timeInStatusCountsEveryStayInTheStatus() {
        History quick = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS");
        SlaClock met = quick.clock("status:NEW", "2026-03-02T12:00");
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ofMinutes(10), met.elapsed());

        History slow = new History("2026-03-02T09:00", 2);
        SlaClock breached = slow.clock("status:NEW", "2026-03-02T09:20");
        assertEquals(ClockState.BREACHED, breached.state());
        assertEquals(at("2026-03-02T09:15"), breached.breachedAt());
    }

    @Test
    void cancellationAndTheEndOfMonitoringStopTheClocks() {
        History cancelled = new History("2026-03-02T09:00", 2).status("2026-03-02T09:30", "CANCELLED");
        assertEquals(ClockState.CANCELLED, cancelled.clock(RESOLUTION, "2026-03-02T12:00").state());

        History open = new History("2026-03-02T09:00", 3).status("2026-03-02T09:05", "IN_PROGRESS");
        SlaClock stopped = open.clock(RESOLUTION, "2026-03-04T12:00", at("2026-03-03T00:00"));
        assertEquals(ClockState.STOPPED, stopped.state());
        assertEquals(Duration.ofHours(9), stopped.elapsed(), "only Monday counts");
        assertEquals(at("2026-03-03T00:00"), stopped.stoppedAt());
        assertNull(stopped.due());
    }

    @Test
    void aClockThatStoppedKeepsItsResultWhenTheTicketIsCancelledOrMonitoringEnds() {
        History resolved = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T10:00", "RESOLVED");
        SlaClock afterTheEnd = resolved.clock(RESOLUTION, "2026-03-06T12:00", at("2026-03-03T00:00"));
        assertEquals(ClockState.MET, afterTheEnd.state(), "met before monitoring ended");
        assertEquals(at("2026-03-02T13:00"), afterTheEnd.due());

        History respondedThenCancelled = new History("2026-03-02T09:00", 2).responded("2026-03-02T09:05")
                .status("2026-03-02T09:05", "IN_PROGRESS").status("2026-03-02T11:00", "CANCELLED");
        assertEquals(ClockState.MET, respondedThenCancelled.clock(RESPONSE, "2026-03-02T12:00").state());
        assertEquals(ClockState.MET, respondedThenCancelled.clock("status:NEW", "2026-03-02T12:00").state());
        assertEquals(ClockState.CANCELLED, respondedThenCancelled.clock(RESOLUTION, "2026-03-02T12:00").state());
    }

    @Test
    void aCalendarWithoutWorkingTimeLeftGivesNoDeadlineInsteadOfFailing() {
        ServiceCalendar retiring = ClockFixture.calendar(CalendarRules.of(ClockFixture.BERLIN,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
                        .build(),
                CalendarVersion.effectiveFrom(LocalDate.of(2026, 3, 3)).weeklyHours(WeeklyHours.closed()).build()));
        SlaClock clock = new History("2026-03-02T16:00", 3).on(retiring).clock(RESOLUTION, "2026-03-02T17:00");
        assertEquals(ClockState.RUNNING, clock.state());
        assertEquals(Duration.ofHours(1), clock.elapsed());
        assertNull(clock.due(), "16 working hours will never be used up");
    }

    @Test
    void holidaysAreShownAsSuch() {
        History h = new History("2026-05-22T17:00", 3).status("2026-05-22T17:01", "IN_PROGRESS");
        SlaClock clock = h.clock(RESOLUTION, "2026-05-26T10:00");
        assertEquals(Duration.ofHours(2), clock.elapsed(), "Friday 17-18, Tuesday 9-10; Monday is Whit Monday");
        assertTrue(clock.segments().stream().anyMatch(s -> s.kind() == SegmentKind.HOLIDAY
                && s.from().equals(at("2026-05-25T00:00")) && s.to().equals(at("2026-05-26T00:00"))),
                clock.segments().toString());
    }

    @Test
    void aTicketWithoutWorkingTimeYetIsStillRunning() {
        History h = new History("2026-03-07T10:00", 2);
        SlaClock clock = h.clock(RESOLUTION, "2026-03-07T10:00");
        assertEquals(ClockState.RUNNING, clock.state());
        assertEquals(Duration.ZERO, clock.elapsed());
        assertEquals(at("2026-03-09T13:00"), clock.due(), "Saturday: counting begins on Monday at 09:00");
    }
}
