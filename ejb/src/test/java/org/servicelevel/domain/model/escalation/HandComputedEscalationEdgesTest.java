package org.servicelevel.domain.model.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.fired;
import static org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.steps;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.model.escalation.HandComputedEscalationSupport.Ticket;

/**
 * Hand-computed escalation scenarios at the edges that the code first planned otherwise: a breach caused while
 * the ticket waits (d1), a clock without a target (d2), a raised priority's own step named like a fired one (d3),
 * steps past the end of monitoring (d4), and a step stored before steps knew their rule.
 */
class HandComputedEscalationEdgesTest {

    private static final String RES = "resolution";

    @Test
    void d4_nothingIsPlannedPastTheEndOfMonitoring() {
        // P3 (16 h) registered Tue 2 June 2026 09:00; the agreement's last day is Tue 2 June, so monitoring ends
        // Wed 3 June 00:00 (docs/tickets.md rule 6: from the end of monitoring nothing changes a clock; a running
        // clock is STOPPED then). The clock counts Tue 09-17 = 8 h and stops at midnight with E = 8 h.
        //   "50%" (8 h)         -> reached Tue 17:00, before the end -> planned Tue 17:00
        //   "80%" (12h48m)      -> never reached -> not planned
        //   breach / "100%"     -> never -> not planned (the code agrees here)
        //   "PT1H" working      -> never -> not planned
        //   "PT30M" real        -> 30 min after a due instant (Wed 17:00) the clock never reaches -> not planned
        // A step that cannot come shows as the ticket's nextStep and arms the timer.
        Ticket t = new Ticket("2026-06-02T09:00", 3).status("2026-06-02T09:00", "IN_PROGRESS")
                .monitoringEnds("2026-06-03T00:00");
        EscalationAction who = EscalationAction.notify("ASSIGNEE");
        List<EscalationRule> rules = List.of(new EscalationRule(RES, null, List.of(
                new EscalationStep("half", "50%", who), new EscalationStep("warning", "80%", who),
                new EscalationStep("hour after", "PT1H", who),
                new EscalationStep("half hour after real", "PT30M", TimeBasis.REAL, null, List.of(who)))));
        assertEquals(List.of("0/half#0@2026-06-02T17:00:00+02:00"), steps(t.plan("2026-06-02T09:00", rules, List.of()), RES));
    }

    @Test
    void d3_theRaisedPrioritysOwnRuleFiresItsStepEvenWhenNamedLikeTheFiredOne() {
        // docs/escalation.md: "after a priority raise, the raised priority's own rule fires its steps even where a
        // step of the rule for all priorities at the same position fired before".
        // Rule for all priorities: 0 "warning" 80% notify ASSIGNEE. Rule for P1: 0 "warning" 80% notify GROUP_LEAD,
        // 1 "second line" PT30M move to the next line.
        // P2 (8 h) registered Mon 1 June 2026 09:00; the all-priorities warning fired at 15:24 (6h24m).
        // Raised to P1 (4 h) at 15:30: E = 6.5 h -> breached at once (deadline 13:00).
        //   breach record -> 15:30; P1 "warning" (80 % = 3h12m, passed) -> 15:30, the group lead is told;
        //   "second line" (E = 4h30m, passed) -> 15:30
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS")
                .responded("2026-06-01T09:05").priority("2026-06-01T15:30", 1);
        List<EscalationRule> rules = List.of(
                new EscalationRule(RES, null, List.of(new EscalationStep("warning", "80%", EscalationAction.notify("ASSIGNEE")))),
                new EscalationRule(RES, 1, List.of(new EscalationStep("warning", "80%", EscalationAction.notify("GROUP_LEAD")),
                        new EscalationStep("second line", "PT30M",
                                EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE)))));
        List<FiredStep> f = List.of(fired(RES, 0, "warning", "80%", 0, "2026-06-01T15:24"));
        assertEquals(List.of("-1/breach#0@2026-06-01T15:30:00+02:00", "0/warning#0@2026-06-01T15:30:00+02:00",
                "1/second line#0@2026-06-01T15:30:00+02:00"), steps(t.plan("2026-06-01T15:30", rules, f), RES));
    }

    @Test
    void d1_aPriorityRaisedWhileTheTicketWaitsBreachesItThenAndItsBreachIsRecorded() {
        // docs/tickets.md rule 1: "Priority 3 (16 h) raised to priority 1 (2 h) after 2.5 working hours: the clock is
        // breached". docs/escalation.md: the breach "is recorded in the ticket's history at the moment it happens";
        // "A step whose instant has passed without it firing (a lowered target ...) is due at once"; "A breach is a
        // fact: a clock that passed its deadline and then stopped or waited before its breach record fired ... still
        // gets its breach recorded".
        // P2 (8 h) registered Mon 1 June 2026 09:00, waits (CLARIFICATION_WITH_CUSTOMER) from 14:00 with E = 5 h.
        // At 14:00 the plan is replaced: the clock waits, not breached -> nothing (the pending breach record of
        // Tue 09:00:01 is dropped).
        // At 15:00, still waiting, it is raised to P1 (4 h): E = 5 h > 4 h -> the clock is BREACHED (deadline 13:00)
        // -> by hand the breach record is due at once, 15:00.
        // The code plans nothing: a waiting clock plans only a breach record that was pending already, and none
        // was. If the customer then confirms and the ticket is resolved from the wait, the breach is never
        // recorded (no BREACH history event, no breach e-mail, no sla.breached webhook), though the clock says
        // BREACHED.
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS")
                .responded("2026-06-01T09:05").status("2026-06-01T14:00", "CLARIFICATION_WITH_CUSTOMER")
                .priority("2026-06-01T15:00", 1).status("2026-06-02T10:00", "RESOLVED");
        List<EscalationRule> rules = List.of(new EscalationRule(RES, null,
                List.of(new EscalationStep("warning", "80%", EscalationAction.notify("ASSIGNEE")))));
        List<FiredStep> f = List.of();
        assertEquals(List.of(), steps(t.plan("2026-06-01T14:00", rules, f,
                java.util.Map.of(RES, HandComputedEscalationSupport.at("2026-06-02T09:00:01"))), RES));
        assertEquals(org.servicelevel.domain.clock.ClockState.BREACHED, t.clock(RES, "2026-06-01T15:00").state());
        assertEquals(List.of("-1/breach#0@2026-06-01T15:00:00+02:00"), steps(t.plan("2026-06-01T15:00", rules, f), RES));
    }

    @Test
    void d2_aClockWithoutATargetHasNoStepsOfItsTarget() {
        // docs/tickets.md rule 1: "A priority that sets no target for the clock (e.g. "by agreement") leaves it
        // counting without a deadline, showing the last target it had."
        // P2 (8 h) registered Mon 1 June 2026 09:00; at 10:00 (E = 1 h) changed to P5 "by agreement" (no targets).
        // By hand: no target, no deadline -> no breach, and no step measured from the target:
        //   "80%", "-PT1H", "PT1H" -> nothing (the code agrees for the breach, "100%" and real offsets).
        // The code plans the shares and working offsets against the last target shown: the warning at 15:24
        // (6h24m), "-PT1H" at 16:00 (E = 7 h), "PT1H" Tue 2 June 10:00 (E = 9 h); they are still called for when
        // they come due, so they fire: "80 % of the target used" for a ticket that has none.
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS")
                .responded("2026-06-01T09:05").priority("2026-06-01T10:00", 5);
        EscalationAction who = EscalationAction.notify("ASSIGNEE");
        List<EscalationRule> rules = List.of(new EscalationRule(RES, null, List.of(
                new EscalationStep("warning", "80%", who), new EscalationStep("hour before", "-PT1H", who),
                new EscalationStep("hour after", "PT1H", who), new EscalationStep("breached", "100%", who),
                new EscalationStep("half hour after real", "PT30M", TimeBasis.REAL, null, List.of(who)))));
        assertEquals(null, t.clock(RES, "2026-06-01T10:00").due());
        assertEquals(List.of(), steps(t.plan("2026-06-01T10:00", rules, List.of()), RES));
    }

    @Test
    void aStepStoredBeforeStepsKnewTheirRuleStandsForTheStepOfEitherRule() {
        // As d3, but the all-priorities "warning" fired before steps were stored with their rule (rule unknown):
        // it stands for the P1 rule's "warning" too, so nobody is told twice after an upgrade; the P1 rule's
        // "second line" (E = 4h30m past 4 h + 30 min) is due at once.
        Ticket t = new Ticket("2026-06-01T09:00", 2).status("2026-06-01T09:00", "IN_PROGRESS")
                .responded("2026-06-01T09:05").priority("2026-06-01T15:30", 1);
        List<EscalationRule> rules = List.of(
                new EscalationRule(RES, null, List.of(new EscalationStep("warning", "80%",
                        EscalationAction.notify("ASSIGNEE")))),
                new EscalationRule(RES, 1, List.of(new EscalationStep("warning", "80%",
                        EscalationAction.notify("GROUP_LEAD")), new EscalationStep("second line", "PT30M",
                        EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE)))));
        java.time.Instant fired = HandComputedEscalationSupport.at("2026-06-01T15:24");
        List<FiredStep> f = List.of(new FiredStep(RES, 0, "warning", "80%", 0, fired, fired, null));
        assertEquals(List.of("-1/breach#0@2026-06-01T15:30:00+02:00", "1/second line#0@2026-06-01T15:30:00+02:00"),
                steps(t.plan("2026-06-01T15:30", rules, f), RES));
    }
}
