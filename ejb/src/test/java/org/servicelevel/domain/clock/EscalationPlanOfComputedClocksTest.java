package org.servicelevel.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.clock.ClockFixture.BERLIN;
import static org.servicelevel.domain.clock.ClockFixture.OFFICE;
import static org.servicelevel.domain.clock.ClockFixture.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockFixture.History;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.model.escalation.EscalationPlanner;
import org.servicelevel.domain.model.escalation.FiredStep;
import org.servicelevel.domain.model.escalation.PlannedStep;

/**
 * The escalation plan of clocks as the calculator computes them from a history, on the fixture's Berlin
 * office calendar (Mon-Fri 09:00-18:00; P1 15m/2h, P2 30m/4h, P3 2h/16h; P2 NEW at most 15 min): the
 * policy examples from the field, offsets in working and real time, pauses, repetitions, priority raises
 * and breaches recorded after their clock stopped.
 */
class EscalationPlanOfComputedClocksTest {

    private static final EscalationAction TO_ASSIGNEE = EscalationAction.notify("ASSIGNEE");

    private static List<PlannedStep> plan(History h, String now, List<EscalationRule> rules, int priority,
                                          List<FiredStep> fired) {
        return plan(h.clocks(now, null), at(now), rules, priority, fired);
    }

    private static List<PlannedStep> plan(List<SlaClock> clocks, Instant now, List<EscalationRule> rules, int priority,
                                          List<FiredStep> fired) {
        return EscalationPlanner.plan(clocks, m -> EscalationRule.stepsFor(rules, m, priority), OFFICE, now, fired);
    }

    private static List<String> describe(List<PlannedStep> plan, String metric) {
        return plan.stream().filter(p -> p.metric().equals(metric))
                .map(p -> p.stepIndex() + "/" + p.name() + "#" + p.occurrence() + "@" + LocalDateTime.ofInstant(p.dueAt(),
                        BERLIN)).toList();
    }

    private static List<FiredStep> firedAll(List<PlannedStep> plan) {
        return plan.stream().map(p -> new FiredStep(p.metric(), p.stepIndex(), p.name(), p.at(), p.occurrence(), p.dueAt()))
                .toList();
    }

    // ---- the four field examples --------------------------------------------------------------------

    @Test
    void warnTheAssigneeAtFiftyAndEightyPercentOfResolution() {
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("half", "50%", TO_ASSIGNEE), new EscalationStep("warning", "80%", TO_ASSIGNEE))));
        assertEquals(List.of(), EscalationRule.problems(rules, Set.of(1, 2, 3)));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS");
        assertEquals(List.of("0/half#0@2026-03-02T11:00", "0/warning#0@2026-03-02T12:12".replace("0/w", "1/w"),
                "-1/breach#0@2026-03-02T13:00:01"), describe(plan(h, "2026-03-02T09:30", rules, 2, List.of()),
                "resolution"));
    }

    @Test
    void aCriticalIncidentNotTakenIn15MinutesGoesToTheLeadAndAt30MinutesToTheSecondLine() {
        List<EscalationRule> rules = List.of(
                new EscalationRule("response", null, List.of(new EscalationStep("breach", "100%",
                        EscalationAction.notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR")))),
                new EscalationRule("response", 1, List.of(
                        new EscalationStep("not taken", "100%", EscalationAction.notify("GROUP_LEAD")),
                        new EscalationStep("second line", "PT15M",
                                EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE)))));
        assertEquals(List.of(), EscalationRule.problems(rules, Set.of(1, 2, 3)));
        History critical = new History("2026-03-02T09:00", 1);
        assertEquals(List.of("-1/breach#0@2026-03-02T09:15:01", "0/not taken#0@2026-03-02T09:15:01",
                "1/second line#0@2026-03-02T09:30"), describe(plan(critical, "2026-03-02T09:00", rules, 1, List.of()),
                "response"));
        // taken (responded) at 09:20: the second-line step no longer holds
        History taken = new History("2026-03-02T09:00", 1).responded("2026-03-02T09:20");
        assertEquals(List.of(), describe(plan(taken, "2026-03-02T09:20", rules, 1, List.of()), "response"));
        // another priority follows the rule for all priorities
        History normal = new History("2026-03-02T09:00", 2);
        assertEquals(List.of("-1/breach#0@2026-03-02T09:30:01", "0/breach#0@2026-03-02T09:30:01"),
                describe(plan(normal, "2026-03-02T09:00", rules, 2, List.of()), "response"));
    }

    @Test
    void aBreachNotifiesTheOwnerAndTheCoordinator() {
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(new EscalationStep("breach",
                "100%", EscalationAction.notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR")))));
        assertEquals(List.of(), EscalationRule.problems(rules, Set.of(1, 2, 3)));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS");
        List<PlannedStep> plan = plan(h, "2026-03-02T09:30", rules, 2, List.of());
        assertEquals(List.of("-1/breach#0@2026-03-02T13:00:01", "0/breach#0@2026-03-02T13:00:01"),
                describe(plan, "resolution"));
        assertEquals("NOTIFY AGREEMENT_OWNER, CUSTOMER_COORDINATOR", plan.stream()
                .filter(p -> p.stepIndex() == 0 && p.metric().equals("resolution")).findFirst().orElseThrow().actions());
    }

    @Test
    void aTicketOverItsTimeInStatusLimitNotifiesTheGroup() {
        List<EscalationRule> rules = List.of(new EscalationRule("status:*", null, List.of(
                new EscalationStep("limit passed", "100%", EscalationAction.notify("GROUP")))));
        History h = new History("2026-03-02T09:00", 2);
        assertEquals(List.of("-1/breach#0@2026-03-02T09:15:01", "0/limit passed#0@2026-03-02T09:15:01"),
                describe(plan(h, "2026-03-02T09:05", rules, 2, List.of()), "status:NEW"));
        // the default policy does the same
        assertEquals(List.of("-1/breach#0@2026-03-02T09:15:01", "0/limit passed#0@2026-03-02T09:15:01"),
                describe(plan(h, "2026-03-02T09:05", List.of(), 2, List.of()), "status:NEW"));
        // out of the status: nothing
        History moved = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS");
        assertEquals(List.of(), describe(plan(moved, "2026-03-02T09:20", rules, 2, List.of()), "status:NEW"));
    }

    // ---- offsets in working and real time ----------------------------------------------------------

    @Test
    void aWorkingDayBeforeAMondayNoonDeadlineIsFridayNoonAndARealDayIsSundayNoon() {
        // P3: 16 h; Thursday 14-18 (4), Friday 9-18 (9), Monday 9-12 (3) -> Monday 12:00
        History h = new History("2026-03-05T14:00", 3).status("2026-03-05T14:00", "IN_PROGRESS");
        assertEquals(at("2026-03-09T12:00"), h.clock("resolution", "2026-03-05T14:00").due());
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("working day before", "-PT9H", TO_ASSIGNEE),
                new EscalationStep("real day before", "-P1D", TimeBasis.REAL, null, List.of(TO_ASSIGNEE)),
                new EscalationStep("half an hour after", "PT30M", TimeBasis.REAL, null, List.of(TO_ASSIGNEE)),
                new EscalationStep("working half hour after", "PT30M", TO_ASSIGNEE))));
        assertEquals(List.of(), EscalationRule.problems(rules, Set.of(1, 2, 3)));
        assertEquals(List.of("0/working day before#0@2026-03-06T12:00", "1/real day before#0@2026-03-08T12:00",
                        "-1/breach#0@2026-03-09T12:00:01", "2/half an hour after#0@2026-03-09T12:30",
                        "3/working half hour after#0@2026-03-09T12:30"),
                describe(plan(h, "2026-03-05T14:00", rules, 3, List.of()), "resolution"));
    }

    @Test
    void aWorkingOffsetAfterADeadlineAtClosingTimeCountsFromTheNextOpening() {
        // P2 4 h from Friday 14:00 -> Friday 18:00 (a closing time); the breach is Monday 09:00:01
        History h = new History("2026-03-06T14:00", 2).status("2026-03-06T14:00", "IN_PROGRESS");
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("breach", "100%", TO_ASSIGNEE),
                new EscalationStep("working half hour after", "PT30M", TO_ASSIGNEE))));
        assertEquals(List.of("-1/breach#0@2026-03-09T09:00:01", "0/breach#0@2026-03-09T09:00:01",
                "1/working half hour after#0@2026-03-09T09:30"), describe(plan(h, "2026-03-06T14:00", rules, 2,
                List.of()), "resolution"));
    }

    // ---- pause, resolution, priority raise ----------------------------------------------------------

    @Test
    void aPausePostponesThePendingStepsByThePausedWorkingTime() {
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("warning", "80%", TO_ASSIGNEE),
                new EscalationStep("after", "PT1H", TimeBasis.WORKING, null, List.of(TO_ASSIGNEE)))));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS")
                .status("2026-03-02T10:00", "CLARIFICATION_WITH_CUSTOMER")
                .status("2026-03-03T10:30", "IN_PROGRESS");
        List<String> before = describe(plan(h, "2026-03-02T09:30", rules, 2, List.of()), "resolution");
        assertEquals(List.of("0/warning#0@2026-03-02T12:12", "-1/breach#0@2026-03-02T13:00:01",
                "1/after#0@2026-03-02T14:00"), before);
        assertEquals(List.of(), describe(plan(h, "2026-03-02T16:00", rules, 2, List.of()), "resolution"),
                "a waiting clock plans nothing");
        // paused Monday 10-18 and Tuesday 9-10:30: 9 h 30 of working time
        Duration paused = h.clock("resolution", "2026-03-03T10:30").pausedWorkingTime();
        assertEquals(Duration.ofMinutes(570), paused);
        List<PlannedStep> after = plan(h, "2026-03-03T10:30", rules, 2, List.of());
        assertEquals(OFFICE.due(at("2026-03-02T12:12"), paused), after.stream().filter(p -> p.stepIndex() == 0)
                .findFirst().orElseThrow().dueAt());
        assertEquals(List.of("0/warning#0@2026-03-03T12:42", "-1/breach#0@2026-03-03T13:30:01",
                "1/after#0@2026-03-03T14:30"), describe(after, "resolution"));
    }

    @Test
    void resolvingStopsEveryStepAndEveryRepetition() {
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("breach", "100%", TimeBasis.REAL, Duration.ofHours(2), List.of(TO_ASSIGNEE)),
                new EscalationStep("later", "PT2H", TimeBasis.WORKING, Duration.ofHours(1), List.of(TO_ASSIGNEE)))));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:10", "IN_PROGRESS")
                .status("2026-03-02T14:00", "RESOLVED");
        List<FiredStep> fired = List.of(new FiredStep("resolution", -1, "breach", "100%", 0, at("2026-03-02T13:00:01")),
                new FiredStep("resolution", 0, "breach", "100%", 0, at("2026-03-02T13:00:01")));
        assertEquals(List.of("0/breach#1@2026-03-02T15:00:01", "1/later#0@2026-03-02T15:00"),
                describe(plan(h, "2026-03-02T13:30", rules, 2, fired), "resolution").stream().sorted().toList());
        assertEquals(List.of(), describe(plan(h, "2026-03-02T14:00", rules, 2, fired), "resolution"));
    }

    @Test
    void onlyTheNextRepetitionIsPlannedAndEachComesAnIntervalLater() {
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("breach", "100%", TimeBasis.REAL, Duration.ofHours(2), List.of(TO_ASSIGNEE)))));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:00", "IN_PROGRESS");
        List<FiredStep> fired = new ArrayList<>(List.of(new FiredStep("resolution", -1, "breach", "100%", 0,
                at("2026-03-02T13:00:01")), new FiredStep("resolution", 0, "breach", "100%", 0, at("2026-03-02T13:00:01"))));
        assertEquals(List.of("0/breach#1@2026-03-02T15:00:01"),
                describe(plan(h, "2026-03-02T13:00:01", rules, 2, fired), "resolution"));
        fired.add(new FiredStep("resolution", 0, "breach", "100%", 1, at("2026-03-02T15:00:01")));
        assertEquals(List.of("0/breach#2@2026-03-02T17:00:01"),
                describe(plan(h, "2026-03-02T15:00:01", rules, 2, fired), "resolution"));
    }

    @Test
    void aPriorityRaiseReplansUnderTheNewTargetAndTheNewPrioritysRule() {
        List<EscalationRule> rules = List.of(
                new EscalationRule("resolution", null, List.of(new EscalationStep("warning", "80%", TO_ASSIGNEE))),
                new EscalationRule("resolution", 1, List.of(new EscalationStep("critical warning", "50%",
                        EscalationAction.notify("GROUP_LEAD")))));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:00", "IN_PROGRESS");
        assertEquals(List.of("0/warning#0@2026-03-02T12:12", "-1/breach#0@2026-03-02T13:00:01"),
                describe(plan(h, "2026-03-02T09:10", rules, 2, List.of()), "resolution"));
        h.priority("2026-03-02T09:10", 1);
        assertEquals(List.of("0/critical warning#0@2026-03-02T10:00", "-1/breach#0@2026-03-02T11:00:01"),
                describe(plan(h, "2026-03-02T09:10", rules, 1, List.of()), "resolution"));
    }

    // ---- repetitions after a wait, a raise after a breach, a breach recorded after the clock stopped ----

    /**
     * The demo SLA's policy: a response breach tells owner and coordinator (rule for all priorities,
     * step 0 at 100%); a critical incident's rule tells the group lead at 100% (its step 0). A P2 ticket
     * whose response breached (step 0 of the general rule fired) is raised to P1: the P1 rule's own
     * "not taken" step has never fired, yet it is treated as fired because fired steps are matched by
     * (metric, index, at) only, not by the rule they belong to.
     */
    @Test
    void aPriorityRaiseAfterABreachStillPlansTheNewRulesOwnBreachStep() {
        EscalationStep breach = new EscalationStep("breach", "100%", null, Duration.ofHours(2),
                List.of(EscalationAction.notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR")));
        List<EscalationRule> rules = List.of(
                new EscalationRule("response", null, List.of(breach)),
                new EscalationRule("response", 1, List.of(
                        new EscalationStep("not taken", "100%", EscalationAction.notify("GROUP_LEAD")),
                        new EscalationStep("second line", "PT15M",
                                EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE)))));
        History h = new History("2026-03-02T09:00", 2);
        List<FiredStep> fired = List.of(new FiredStep("response", -1, "breach", "100%", 0, at("2026-03-02T09:30:01")),
                new FiredStep("response", 0, "breach", "100%", 0, at("2026-03-02T09:30:01")));
        h.priority("2026-03-02T09:40", 1);
        List<String> plan = describe(plan(h, "2026-03-02T09:40", rules, 1, fired), "response");
        assertTrue(plan.contains("0/not taken#0@2026-03-02T09:40"),
                "the P1 rule's 'not taken' step (notify GROUP_LEAD) never fired and is due now; planned: " + plan);
    }

    /**
     * "every 2 hours while breached": a REAL-time repetition of a clock that was breached, then waited
     * on the customer for a day, comes due again at once when the clock runs again - and again at once
     * after that, since each occurrence is counted from the first occurrence's due instant: a burst of
     * identical notices instead of one every two hours.
     */
    @Test
    void aRepetitionDoesNotComeDueTwiceAtOnceAfterAWait() {
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("breach", "100%", TimeBasis.REAL, Duration.ofHours(2), List.of(TO_ASSIGNEE)))));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:00", "IN_PROGRESS")
                .status("2026-03-02T13:30", "CLARIFICATION_WITH_CUSTOMER")
                .status("2026-03-03T15:00", "IN_PROGRESS");
        List<FiredStep> fired = new ArrayList<>(List.of(new FiredStep("resolution", -1, "breach", "100%", 0,
                at("2026-03-02T13:00:01")), new FiredStep("resolution", 0, "breach", "100%", 0, at("2026-03-02T13:00:01"))));
        List<PlannedStep> resumed = plan(h, "2026-03-03T15:00", rules, 2, fired);
        assertEquals(List.of("0/breach#1@2026-03-03T15:00"), describe(resumed, "resolution"));
        // occurrence 1 fires at 15:00; the next one should come two hours later, not at once
        fired.addAll(firedAll(resumed));
        List<PlannedStep> next = plan(h, "2026-03-03T15:00:05", rules, 2, fired);
        Instant due = next.get(0).dueAt();
        assertFalse(due.isBefore(at("2026-03-03T17:00")), "occurrence 2 comes due at "
                + LocalDateTime.ofInstant(due, BERLIN) + ", seconds after occurrence 1");
    }

    /** The same burst with working-time repetition, after steps came due while the server was down. */
    @Test
    void aRepetitionFiredLateDoesNotComeDueAgainAtOnce() {
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, List.of(
                new EscalationStep("breach", "100%", TimeBasis.WORKING, Duration.ofHours(2), List.of(TO_ASSIGNEE)))));
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:00", "IN_PROGRESS");
        // the server was down from 12:00 to 17:00; on start the breach and occurrence 0 fire late at 17:00
        List<FiredStep> fired = new ArrayList<>(List.of(new FiredStep("resolution", -1, "breach", "100%", 0,
                at("2026-03-02T13:00:01")), new FiredStep("resolution", 0, "breach", "100%", 0, at("2026-03-02T13:00:01"))));
        List<PlannedStep> p1 = plan(h, "2026-03-02T17:00", rules, 2, fired);
        assertEquals(List.of("0/breach#1@2026-03-02T17:00"), describe(p1, "resolution"));
        fired.addAll(firedAll(p1));
        List<PlannedStep> p2 = plan(h, "2026-03-02T17:00:02", rules, 2, fired);
        Instant due = p2.get(0).dueAt();
        assertFalse(due.isBefore(OFFICE.due(at("2026-03-02T17:00"), Duration.ofHours(2)).minusSeconds(1)),
                "occurrence 2 comes due at " + LocalDateTime.ofInstant(due, BERLIN) + ", right after occurrence 1");
    }

    /**
     * Breach as a fact: a clock that passed its deadline while its breach record was still pending
     * (the timer seconds late, a burst, a restart) and whose ticket is then resolved has still passed its
     * deadline: its record stays due, at the instant it came due. A history imported already resolved had
     * no pending record and records nothing.
     */
    @Test
    void aBreachThatHappenedIsRecordedEvenIfTheTicketWasResolvedBeforeItsRecordFired() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:00", "IN_PROGRESS")
                .status("2026-03-02T13:00:30", "RESOLVED");
        SlaClock resolution = h.clock("resolution", "2026-03-02T13:00:30");
        assertEquals(ClockState.BREACHED, resolution.state());
        List<PlannedStep> plan = EscalationPlanner.plan(h.clocks("2026-03-02T13:00:30", null),
                m -> EscalationRule.stepsFor(List.of(), m, 2), OFFICE, at("2026-03-02T13:00:30"), List.of(),
                Map.of("resolution", at("2026-03-02T13:00:01")));
        // the breach step of the default policy (at 100 %: e-mails to the assignee, the lead and the owner) comes
        // with the record
        assertEquals(List.of("-1/breach#0@2026-03-02T13:00:01", "1/breach#0@2026-03-02T13:00:01"),
                describe(plan, "resolution"));

        assertEquals(List.of(), describe(plan(h, "2026-03-02T13:00:30", List.of(), 2, List.of()), "resolution"),
                "no record was pending");
        List<FiredStep> recorded = List.of(new FiredStep("resolution", -1, "breach", "100%", 0,
                at("2026-03-02T13:00:01"), at("2026-03-02T13:00:31")));
        assertEquals(List.of(), describe(EscalationPlanner.plan(h.clocks("2026-03-02T13:00:40", null),
                m -> EscalationRule.stepsFor(List.of(), m, 2), OFFICE, at("2026-03-02T13:00:40"), recorded,
                Map.of("resolution", at("2026-03-02T13:00:01"))), "resolution"), "recorded once");
    }

    /** A ticket resolved before its deadline has nothing to record, whatever was pending. */
    @Test
    void aClockMetBeforeItsDeadlineRecordsNoBreach() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:00", "IN_PROGRESS")
                .status("2026-03-02T12:59", "RESOLVED");
        assertEquals(List.of(), describe(EscalationPlanner.plan(h.clocks("2026-03-02T13:00:30", null),
                m -> EscalationRule.stepsFor(List.of(), m, 2), OFFICE, at("2026-03-02T13:00:30"), List.of(),
                Map.of("resolution", at("2026-03-02T13:00:01"))), "resolution"));
    }

    /** A breach record put off after a failed firing (to 09:35:01) still fires after the clock stopped at 09:32. */
    @Test
    void aBreachRecordPutOffAfterAFailureStillFiresWhenTheClockStopsBeforeItsRetry() {
        History h = new History("2026-03-02T09:00", 2).status("2026-03-02T09:32", "IN_PROGRESS")
                .responded("2026-03-02T09:32");
        assertEquals(ClockState.BREACHED, h.clock("response", "2026-03-02T09:32").state());
        List<PlannedStep> plan = EscalationPlanner.plan(h.clocks("2026-03-02T09:32", null),
                m -> EscalationRule.stepsFor(List.of(), m, 2), OFFICE, at("2026-03-02T09:32"), List.of(),
                Map.of("response", at("2026-03-02T09:35:01")));
        assertEquals(List.of("-1/breach#0@2026-03-02T09:35:01", "1/breach#0@2026-03-02T09:35:01"),
                describe(plan, "response"));
    }
}
