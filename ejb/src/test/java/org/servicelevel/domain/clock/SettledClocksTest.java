package org.servicelevel.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.clock.ClockFixture.at;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockFixture.History;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;

/** A clock's result, once reached, does not move when something unrelated happens later: one test per rule. */
class SettledClocksTest {

    private static final String RESPONSE = SlaClock.RESPONSE;
    private static final String RESOLUTION = SlaClock.RESOLUTION;

    @Test
    void aCommentAfterACancellationLeavesTheResponseClockCancelled() {
        History h = new History("2026-06-02T09:00", 3).status("2026-06-02T10:00", "CANCELLED")
                .responded("2026-06-04T11:00");
        SlaClock response = h.clock(RESPONSE, "2026-06-05T12:00");
        assertEquals(ClockState.CANCELLED, response.state());
        assertEquals(at("2026-06-02T10:00"), response.stoppedAt());
        assertEquals(Duration.ofMinutes(60), response.elapsed());
    }

    @Test
    void eventsAfterTheAgreementsEndChangeNoClock() {
        History h = new History("2026-09-30T17:00", 3)
                .under(ClockFixture.terms(List.of(new StatusLimit(3, "IN_PROGRESS", Duration.ofHours(4)))))
                .responded("2026-10-01T10:00").status("2026-10-01T10:00", "IN_PROGRESS")
                .status("2026-10-01T11:00", "CANCELLED");
        var end = at("2026-10-01T00:00");

        SlaClock response = h.clock(RESPONSE, "2026-10-02T12:00", end);
        assertEquals(ClockState.STOPPED, response.state(), "the response came after monitoring ended");
        assertEquals(end, response.stoppedAt());
        assertEquals(Duration.ofHours(1), response.elapsed());

        SlaClock inProgress = h.clock("status:IN_PROGRESS", "2026-10-02T12:00", end);
        assertEquals(ClockState.NOT_STARTED, inProgress.state(), "it never counted");
        assertNull(inProgress.startedAt());
        assertNull(inProgress.stoppedAt());

        SlaClock resolution = h.clock(RESOLUTION, "2026-10-02T12:00", end);
        assertEquals(ClockState.STOPPED, resolution.state(), "cancelled after monitoring ended");
        assertEquals(end, resolution.stoppedAt());
    }

    @Test
    void calendarVersionsIncludeTheOneTheDueInstantFallsIn() {
        ServiceCalendar calendar = ClockFixture.calendar(CalendarRules.of(ClockFixture.BERLIN,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                        .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).build(),
                CalendarVersion.effectiveFrom(LocalDate.of(2026, 3, 4))
                        .weeklyHours(WeeklyHours.mondayToFriday("08:00-17:00")).build()));
        History h = new History("2026-03-02T16:00", 3).on(calendar);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T17:00");
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(at("2026-03-04T13:00"), resolution.due(), "2 h Monday, 9 h Tuesday, 5 h from 08:00 Wednesday");
        assertEquals(List.of(1, 2), resolution.calendarVersions());
        assertEquals(List.of(1), h.clock(RESPONSE, "2026-03-02T17:00").calendarVersions(),
                "the response clock is due on Monday");
    }

    @Test
    void aClockStoppedAtRegistrationStartedAndStoppedThen() {
        History h = new History("2026-03-02T09:00", 2).responded("2026-03-02T09:00")
                .status("2026-03-02T09:00", "RESOLVED");
        for (String metric : List.of(RESPONSE, RESOLUTION)) {
            SlaClock clock = h.clock(metric, "2026-03-02T12:00");
            assertEquals(ClockState.MET, clock.state(), metric);
            assertEquals(at("2026-03-02T09:00"), clock.startedAt(), metric);
            assertEquals(at("2026-03-02T09:00"), clock.stoppedAt(), metric);
            assertEquals(Duration.ZERO, clock.elapsed(), metric);
        }
    }

    @Test
    void aReopeningAndAResolutionInOneSecondStopTheClockAtThatSecond() {
        History h = new History("2026-03-02T09:00", 3).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T10:00", "RESOLVED")
                .status("2026-03-02T11:00", "IN_PROGRESS").status("2026-03-02T11:00", "RESOLVED");
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T12:00");
        assertEquals(ClockState.MET, resolution.state());
        assertEquals(at("2026-03-02T11:00"), resolution.stoppedAt());
        assertEquals(Duration.ofHours(1), resolution.elapsed());
    }

    @Test
    void clocksCannotBeReadBeforeRegistration() {
        History h = new History("2026-03-02T09:00", 2);
        assertThrows(IllegalArgumentException.class, () -> ClockCalculator.clocks(h.build(), ClockFixture.terms(),
                ClockFixture.CALENDAR, at("2026-03-02T08:59"), null));
        assertEquals(ClockState.RUNNING, h.clock(RESOLUTION, "2026-03-02T09:00").state(), "at registration they can");
    }

    @Test
    void aLineMoveAfterTheTicketWasClosedLeavesItsBreachSettled() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T15:00", "RESOLVED").status("2026-03-03T09:00", "CLOSED")
                .group("2026-03-09T10:00", "L3", 3);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-09T12:00");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(Duration.ofHours(4), resolution.target(), "the third line's extension came too late");
        assertEquals(at("2026-03-02T13:00"), resolution.breachedAt());
        assertEquals(at("2026-03-02T15:00"), resolution.stoppedAt());
    }

    @Test
    void aPriorityChangeAfterTheResponseLeavesTheResponseClockSettled() {
        History h = new History("2026-03-02T09:00", 3).responded("2026-03-02T10:00")
                .status("2026-03-02T10:00", "IN_PROGRESS").priority("2026-03-02T12:00", 1);
        SlaClock response = h.clock(RESPONSE, "2026-03-02T13:00");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofHours(2), response.target(), "priority 3's target, in force when it stopped");
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T13:00");
        assertEquals(Duration.ofHours(2), resolution.target(), "the running clock follows the priority");
        assertEquals(ClockState.BREACHED, resolution.state());
        assertEquals(at("2026-03-02T11:00"), resolution.breachedAt(), "2 working hours after registration");
    }

    @Test
    void aPauseThatStartsWhenTheTargetIsReachedIsNoBreach() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T13:00", "CLARIFICATION_WITH_CUSTOMER");
        SlaClock waiting = h.clock(RESOLUTION, "2026-03-03T09:30");
        assertEquals(ClockState.PAUSED, waiting.state(), "exactly the target counted: on time");
        assertNull(waiting.breachedAt());

        History resolvedAfterTheWait = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T13:00", "CLARIFICATION_WITH_CUSTOMER")
                .status("2026-03-03T10:00", "IN_PROGRESS").status("2026-03-03T10:00", "RESOLVED");
        SlaClock met = resolvedAfterTheWait.clock(RESOLUTION, "2026-03-03T12:00");
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ofHours(4), met.elapsed());

        History workedOn = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T13:00", "CLARIFICATION_WITH_CUSTOMER")
                .status("2026-03-03T10:00", "IN_PROGRESS").status("2026-03-03T10:30", "RESOLVED");
        SlaClock late = workedOn.clock(RESOLUTION, "2026-03-03T12:00");
        assertEquals(ClockState.BREACHED, late.state());
        assertEquals(at("2026-03-03T10:00"), late.breachedAt(), "the deadline after the wait, not the pause's start");
    }

    @Test
    void aDayOffByOverrideIsShownAsADayOff() {
        ServiceCalendar calendar = ClockFixture.calendar(CalendarRules.of(ClockFixture.BERLIN,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                        .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
                        .override(LocalDate.of(2026, 3, 3)).build()));
        History h = new History("2026-03-02T17:00", 3).on(calendar);
        SlaClock clock = h.clock(RESOLUTION, "2026-03-04T10:00");
        assertEquals(Duration.ofHours(2), clock.elapsed(), "Monday 17-18, Wednesday 9-10");
        assertTrue(clock.segments().stream().anyMatch(s -> s.kind() == SegmentKind.DAY_OFF
                && s.from().equals(at("2026-03-03T00:00")) && s.to().equals(at("2026-03-04T00:00"))),
                clock.segments().toString());
    }

    @Test
    void aBreachedClockStaysBreachedWhileItWaitsAndWhenItsTargetGrowsOrTheTicketIsCancelled() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T14:00", "CLARIFICATION_WITH_CUSTOMER");
        SlaClock waiting = h.clock(RESOLUTION, "2026-03-02T15:00");
        assertEquals(ClockState.BREACHED, waiting.state());
        assertTrue(waiting.paused(), "breached, and waiting on the customer");

        h.status("2026-03-02T15:30", "IN_PROGRESS").group("2026-03-02T16:00", "L3", 3);
        SlaClock extended = h.clock(RESOLUTION, "2026-03-02T17:00");
        assertEquals(Duration.ofHours(13), extended.target());
        assertEquals(ClockState.BREACHED, extended.state(), "the extension would leave room now, but the breach stays");
        assertEquals(at("2026-03-02T13:00"), extended.breachedAt());
        assertFalse(extended.paused());

        h.status("2026-03-02T17:30", "CANCELLED");
        assertEquals(ClockState.BREACHED, h.clock(RESOLUTION, "2026-03-03T09:00").state());
    }

    @Test
    void aReopeningResumesWithTheTargetInForceThen() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T12:00", "RESOLVED").group("2026-03-02T14:00", "L3", 3)
                .status("2026-03-02T15:00", "IN_PROGRESS");
        SlaClock resolved = h.clock(RESOLUTION, "2026-03-02T14:30");
        assertEquals(ClockState.MET, resolved.state());
        assertEquals(Duration.ofHours(4), resolved.target(), "settled while resolved");
        SlaClock reopened = h.clock(RESOLUTION, "2026-03-02T16:00");
        assertEquals(ClockState.RUNNING, reopened.state());
        assertEquals(Duration.ofHours(13), reopened.target(), "the third line reached before the reopening counts");
    }

    @Test
    void aTimeInStatusClockKeepsItsStateOutsideItsStatusAndCountsAgainOnReentry() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS");
        SlaClock outside = h.clock("status:NEW", "2026-03-02T12:00");
        assertEquals(ClockState.MET, outside.state());
        assertEquals(at("2026-03-02T09:10"), outside.stoppedAt());
        h.status("2026-03-02T13:00", "NEW");
        SlaClock again = h.clock("status:NEW", "2026-03-02T13:10");
        assertEquals(ClockState.BREACHED, again.state(), "10 + 10 minutes against 15");
        assertEquals(at("2026-03-02T13:05"), again.breachedAt());
    }

    @Test
    void aPriorityChangeJustBeforeTheFirstResponseInTheSameSecondSetsTheResponseTarget() {
        History raised = new History("2026-03-02T09:00", 3).priority("2026-03-02T10:00", 1)
                .responded("2026-03-02T10:00").status("2026-03-02T10:00", "IN_PROGRESS");
        SlaClock response = raised.clock(RESPONSE, "2026-03-02T11:00");
        assertEquals(ClockState.BREACHED, response.state(), "priority 1 was in force when the response came");
        assertEquals(Duration.ofMinutes(15), response.target());
        assertEquals(at("2026-03-02T09:15"), response.breachedAt());

        History afterwards = new History("2026-03-02T09:00", 3).responded("2026-03-02T10:00")
                .status("2026-03-02T10:00", "IN_PROGRESS").priority("2026-03-02T10:00", 1);
        SlaClock settled = afterwards.clock(RESPONSE, "2026-03-02T11:00");
        assertEquals(ClockState.MET, settled.state(), "the response came before the change in that second");
        assertEquals(Duration.ofHours(2), settled.target());
    }

    @Test
    void aResponseClockStoppedByTheResolutionStaysStoppedWhenTheTicketIsReopened() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:05", "IN_PROGRESS")
                .status("2026-03-02T09:20", "RESOLVED").status("2026-03-02T10:00", "IN_PROGRESS");
        SlaClock response = h.clock(RESPONSE, "2026-03-02T10:30");
        assertEquals(ClockState.MET, response.state());
        assertEquals(Duration.ofMinutes(20), response.elapsed());
        assertEquals(at("2026-03-02T09:20"), response.stoppedAt());
    }

    @Test
    void aClockKeepsItsTargetAndResultWhileThePriorityInForceHasNone() {
        History h = new History("2026-03-02T09:00", 1).status("2026-03-02T09:05", "IN_PROGRESS")
                .priority("2026-03-02T12:00", 4);
        SlaClock resolution = h.clock(RESOLUTION, "2026-03-02T13:00");
        assertEquals(ClockState.BREACHED, resolution.state(), "breached at 11:00 under priority 1");
        assertEquals(Duration.ofHours(2), resolution.target());
        assertEquals(at("2026-03-02T11:00"), resolution.breachedAt());

        History limited = new History("2026-03-02T09:00", 2)
                .under(ClockFixture.terms(List.of(new StatusLimit(2, "IN_PROGRESS", Duration.ofHours(1)))))
                .status("2026-03-02T09:05", "IN_PROGRESS").status("2026-03-02T09:35", "CLARIFICATION_WITH_CUSTOMER")
                .priority("2026-03-02T12:00", 4).status("2026-03-02T13:00", "IN_PROGRESS");
        SlaClock inProgress = limited.clock("status:IN_PROGRESS", "2026-03-02T14:00");
        assertEquals(ClockState.RUNNING, inProgress.state(), "counting again, under a priority without a limit");
        assertEquals(Duration.ofHours(1), inProgress.target(), "the last limit in force");
        assertEquals(Duration.ofMinutes(90), inProgress.elapsed());
        assertNull(inProgress.due(), "no limit is in force, so nothing falls due");
    }

    @Test
    void aRunningClockThatFallsDueAfterMonitoringEndsIsNeverListedAsBreached() {
        History h = new History("2026-09-30T14:00", 2).status("2026-09-30T14:05", "IN_PROGRESS");
        SlaClock resolution = h.clock(RESOLUTION, "2026-09-30T17:00", at("2026-10-01T00:00"));
        assertEquals(ClockState.RUNNING, resolution.state());
        assertEquals(at("2026-09-30T18:00"), resolution.due());
        assertNull(resolution.breachesAfter(), "it would go over at 09:00 on 1 October, after monitoring ended");

        SlaClock before = h.clock(RESOLUTION, "2026-09-30T17:00");
        assertEquals(at("2026-10-01T09:00"), before.breachesAfter(), "without an end, at the next opening");
    }

    @Test
    void theBreachInstantIsWhenTheClockWentOverItsTargetWhateverTookNoWorkingTime() {
        History plain = new History("2026-03-02T09:00", 2).status("2026-03-02T14:00", "IN_PROGRESS")
                .status("2026-03-03T09:30", "RESOLVED");
        History waitedAfterHours = new History("2026-03-02T09:00", 2).status("2026-03-02T14:00", "IN_PROGRESS")
                .status("2026-03-02T18:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-02T18:30", "IN_PROGRESS")
                .status("2026-03-03T09:30", "RESOLVED");
        SlaClock a = plain.clock(RESPONSE, "2026-03-03T12:00");
        assertEquals(at("2026-03-02T09:30"), a.breachedAt());
        SlaClock first = plain.clock(RESOLUTION, "2026-03-03T12:00");
        SlaClock second = waitedAfterHours.clock(RESOLUTION, "2026-03-03T12:00");
        assertEquals(ClockState.BREACHED, first.state());
        assertEquals(at("2026-03-02T13:00"), first.breachedAt(), "4 working hours after 09:00, inside the day");

        History atClosing = new History("2026-03-02T14:00", 2).status("2026-03-02T14:05", "IN_PROGRESS")
                .status("2026-03-03T09:30", "RESOLVED");
        History waitedAtClosing = new History("2026-03-02T14:00", 2).status("2026-03-02T14:05", "IN_PROGRESS")
                .status("2026-03-02T18:00", "CLARIFICATION_WITH_CUSTOMER").status("2026-03-02T18:30", "IN_PROGRESS")
                .status("2026-03-03T09:30", "RESOLVED");
        SlaClock closing = atClosing.clock(RESOLUTION, "2026-03-03T12:00");
        assertEquals(at("2026-03-02T18:00"), closing.due(), "the deadline falls at the closing time");
        assertEquals(at("2026-03-03T09:00"), closing.breachedAt(), "it goes over when counting resumes");
        assertEquals(closing.breachedAt(), waitedAtClosing.clock(RESOLUTION, "2026-03-03T12:00").breachedAt(),
                "a wait that took no working time changes nothing");
        assertEquals(ClockState.BREACHED, second.state());
    }

    @Test
    void aLimitLoweredWhileOutsideItsStatusBreachesAtTheReentryNotInTheEarlierStay() {
        History h = new History("2026-03-02T09:00", 3)
                .under(ClockFixture.terms(List.of(new StatusLimit(3, "IN_PROGRESS", Duration.ofHours(4)),
                        new StatusLimit(1, "IN_PROGRESS", Duration.ofHours(1)))))
                .status("2026-03-02T09:05", "IN_PROGRESS").status("2026-03-02T11:05", "CLARIFICATION_WITH_CUSTOMER")
                .priority("2026-03-02T12:00", 1).status("2026-03-02T13:00", "IN_PROGRESS");
        assertEquals(ClockState.MET, h.clock("status:IN_PROGRESS", "2026-03-02T12:30").state(), "2 h against 4 h");
        SlaClock again = h.clock("status:IN_PROGRESS", "2026-03-02T13:30");
        assertEquals(ClockState.BREACHED, again.state());
        assertEquals(at("2026-03-02T13:00"), again.breachedAt(), "the earlier stay stays settled");
    }
}
