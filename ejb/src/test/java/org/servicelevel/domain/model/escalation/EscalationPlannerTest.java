package org.servicelevel.domain.model.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/** When the steps of a clock's escalation come due, on an office calendar (Berlin, Monday to Friday 9:00–18:00). */
class EscalationPlannerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkCalendar OFFICE = WorkCalendar.of(CalendarRules.of(BERLIN,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00")).build()));

    /** Monday 7 December 2026, 10:00 in Berlin. */
    private static final Instant MONDAY_10 = at("2026-12-07T10:00");

    @Test
    void theDefaultPolicyWarnsAtEightyPercentAndRecordsTheBreachWhenTheClockCountsPastItsTarget() {
        SlaClock resolution = running(SlaClock.RESOLUTION, Duration.ofHours(4), Duration.ofHours(1), MONDAY_10);

        List<PlannedStep> plan = plan(List.of(resolution), List.of(), MONDAY_10, List.of());

        assertEquals(List.of("resolution/0/warning@2026-12-07T12:12", "resolution/-1/breach@2026-12-07T13:00:01",
                "resolution/1/breach@2026-12-07T13:00:01"), describe(plan));
    }

    @Test
    void aShareAlreadyPassedIsDueNowAndAFiredStepIsNotPlannedAgain() {
        SlaClock resolution = running(SlaClock.RESOLUTION, Duration.ofHours(4), Duration.ofHours(3).plusMinutes(30),
                MONDAY_10);
        List<FiredStep> fired = List.of();

        assertEquals("resolution/0/warning@2026-12-07T10:00", describe(plan(List.of(resolution), List.of(), MONDAY_10,
                fired)).get(0));

        fired = List.of(new FiredStep(SlaClock.RESOLUTION, 0, "warning", "80%", 0, MONDAY_10));
        assertEquals(List.of("resolution/-1/breach@2026-12-07T10:30:01", "resolution/1/breach@2026-12-07T10:30:01"),
                describe(plan(List.of(resolution), List.of(), MONDAY_10, fired)));
    }

    @Test
    void aWaitingOrStoppedClockPlansNothingButABreachNotYetRecorded() {
        SlaClock paused = new SlaClock(SlaClock.RESOLUTION, ClockState.PAUSED, true, Duration.ofHours(4),
                Duration.ofHours(1), Duration.ofHours(3), MONDAY_10.minusSeconds(3600), null, null, null, null,
                Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of(1));
        SlaClock met = new SlaClock(SlaClock.RESPONSE, ClockState.MET, false, Duration.ofMinutes(30),
                Duration.ofMinutes(10), Duration.ofMinutes(20), MONDAY_10.minusSeconds(600), MONDAY_10, null, null,
                null, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of(1));
        SlaClock breachedWaiting = new SlaClock(SlaClock.RESOLUTION, ClockState.BREACHED, true, Duration.ofHours(4),
                Duration.ofHours(5), Duration.ZERO, MONDAY_10.minusSeconds(18000), null, MONDAY_10.minusSeconds(3600),
                MONDAY_10.minusSeconds(3600), null, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(),
                List.of(1));

        assertTrue(plan(List.of(paused, met), List.of(), MONDAY_10, List.of()).isEmpty());
        // it breached while it waited (its target lowered below the time counted) and has no record yet: the
        // breach is recorded now with the policy's step at the breach; once both fired, nothing at all
        assertEquals(List.of("resolution/-1/breach@2026-12-07T10:00", "resolution/1/breach@2026-12-07T10:00"),
                describe(plan(List.of(breachedWaiting), List.of(), MONDAY_10, List.of())));
        assertTrue(plan(List.of(breachedWaiting), List.of(), MONDAY_10, List.of(new FiredStep(SlaClock.RESOLUTION,
                PlannedStep.BREACH, EscalationPlanner.BREACH_NAME, "100%", 0, MONDAY_10),
                new FiredStep(SlaClock.RESOLUTION, 1, "breach", "100%", 0, MONDAY_10))).isEmpty());
    }

    @Test
    void aWorkingDayBeforeAMondayNoonDeadlineIsFridayNoonAndRealOffsetsCountOnTheWallClock() {
        Instant thursday9 = at("2026-12-03T09:00");
        // 21 working hours from Thursday 9:00: Thursday 9 h, Friday 9 h, Monday 3 h -> Monday 12:00
        SlaClock resolution = running(SlaClock.RESOLUTION, Duration.ofHours(21), Duration.ZERO, thursday9);
        assertEquals(at("2026-12-07T12:00"), resolution.due());
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("a working day before", "-PT9H", EscalationAction.notify("ASSIGNEE")),
                new EscalationStep("half an hour after", "PT30M", TimeBasis.REAL, null,
                        List.of(EscalationAction.notify("AGREEMENT_OWNER"))),
                new EscalationStep("a working hour after", "PT1H", EscalationAction.notify("GROUP_LEAD")))));

        assertEquals(List.of("resolution/0/a working day before@2026-12-04T12:00",
                "resolution/-1/breach@2026-12-07T12:00:01", "resolution/1/half an hour after@2026-12-07T12:30",
                "resolution/2/a working hour after@2026-12-07T13:00"), describe(plan(List.of(resolution), rules,
                thursday9, List.of())));
    }

    @Test
    void aStepThatRepeatsComesDueAgainEveryIntervalWhileTheClockStaysBreachedAndRuns() {
        SlaClock breached = new SlaClock(SlaClock.RESOLUTION, ClockState.BREACHED, false, Duration.ofHours(4),
                Duration.ofHours(5), Duration.ZERO, MONDAY_10.minusSeconds(18000), null, MONDAY_10.minusSeconds(3600),
                MONDAY_10.minusSeconds(3600), null, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(),
                List.of(1));
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("every two hours", "100%", TimeBasis.REAL, Duration.ofHours(2),
                        List.of(EscalationAction.notify("AGREEMENT_OWNER"))),
                new EscalationStep("every working hour", "PT0S", TimeBasis.WORKING, Duration.ofHours(1),
                        List.of(EscalationAction.notify("GROUP"))))));
        // the clock breached at 09:00:01, the first second past its target: steps at the due instant fired then
        List<FiredStep> fired = List.of(new FiredStep(SlaClock.RESOLUTION, -1, "breach", "100%", 0, MONDAY_10.minusSeconds(3599)),
                new FiredStep(SlaClock.RESOLUTION, 0, "every two hours", "100%", 0, MONDAY_10.minusSeconds(3599)),
                new FiredStep(SlaClock.RESOLUTION, 1, "every working hour", "PT0S", 0, MONDAY_10.minusSeconds(3599)));

        assertEquals(List.of("resolution/0/every two hours@2026-12-07T11:00:01",
                "resolution/1/every working hour@2026-12-07T10:00:01"), describe(plan(List.of(breached), rules, MONDAY_10,
                fired)).stream().sorted().toList());
    }

    private static List<PlannedStep> plan(List<SlaClock> clocks, List<EscalationRule> rules, Instant now,
                                          List<FiredStep> fired) {
        return EscalationPlanner.plan(clocks, metric -> EscalationRule.stepsFor(rules, metric, 2), OFFICE, now, fired);
    }

    /** A clock counting since {@code now - elapsed} of working time, with its due instant as the calculator gives it. */
    private static SlaClock running(String metric, Duration target, Duration elapsed, Instant now) {
        Instant due = OFFICE.due(now, target.minus(elapsed));
        Instant breachesAfter = OFFICE.due(due, Duration.ofSeconds(1)).minusSeconds(1);
        return new SlaClock(metric, ClockState.RUNNING, false, target, elapsed, target.minus(elapsed), now, null, due,
                null, breachesAfter, Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of(1));
    }

    private static List<String> describe(List<PlannedStep> plan) {
        return plan.stream().map(p -> p.metric() + "/" + p.stepIndex() + "/" + p.name() + "@"
                + LocalDateTime.ofInstant(p.dueAt(), BERLIN)).toList();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
