package org.servicelevel.application.escalation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.application.escalation.internal.EscalationActionsHarness.PRIORITIES;
import static org.servicelevel.application.escalation.internal.EscalationActionsHarness.PUBLIC_URL;
import static org.servicelevel.application.escalation.internal.EscalationActionsHarness.at;
import static org.servicelevel.application.escalation.internal.EscalationActionsHarness.priority;
import static org.servicelevel.application.escalation.internal.EscalationActionsHarness.terms;

import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicelevel.application.UnitTestConfig;
import org.servicelevel.application.escalation.ClockEscalated;
import org.servicelevel.application.escalation.EscalationEntry;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.model.agreement.Contact;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.ticket.TicketEvent;
import org.servicelevel.domain.model.ticket.TicketEventType;

/**
 * What escalation steps do when they fire, checked against worked scenarios written from docs/escalation.md
 * ("Actions", "What a ticket shows"), docs/agreements.md ("Escalation policies": actions, default policy,
 * examples), docs/tickets.md (clock rules) and docs/webhooks.md (the three escalation events), through the real
 * firing path ({@link EscalationServiceBean#fire(long)}) in {@link EscalationActionsHarness}. Every expectation
 * here was computed by hand from the docs and agrees with the code; the disagreeing scenarios are in
 * {@link EscalationActionsDisagreementsTest}.
 *
 * <p>Unless a test says otherwise: ticket T-000042 "Mail server down" of ACME Manufacturing under SLA-ACME-2026
 * (owner max), registered Monday 2 March 2026 09:00 Berlin (CET, +01:00), assigned to anna in L1 (lead lena,
 * members anna and ben), on a 24/7 calendar (working time = real time); P1 15 min / 2 h, P2 30 min / 4 h,
 * P3 2 h / 16 h.
 */
class EscalationActionsScenariosTest {

    private Locale defaultLocale;

    @BeforeEach
    void keepLocale() {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(defaultLocale);
        UnitTestConfig.VALUES.clear();
        EscalationActionsHarness.clearBundles();
    }

    // ---- building policies ---------------------------------------------------------------------------

    static EscalationRule rule(String metric, Integer priority, EscalationStep... steps) {
        return new EscalationRule(metric, priority, List.of(steps));
    }

    static EscalationStep step(String name, String at, EscalationAction... actions) {
        return new EscalationStep(name, at, actions);
    }

    static EscalationAction notify(String... recipients) {
        return EscalationAction.notify(recipients);
    }

    static EscalationAction of(EscalationActionType type) {
        return EscalationAction.of(type);
    }

    static EscalationAction toGroup(String code) {
        return new EscalationAction(EscalationActionType.MOVE_TO_GROUP, null, code, null, null);
    }

    static EscalationAction comment(String text) {
        return new EscalationAction(EscalationActionType.COMMENT, null, null, text, null);
    }

    static EscalationAction tag(String tag) {
        return new EscalationAction(EscalationActionType.TAG, null, null, null, tag);
    }

    /** The world at Monday 2 March 2026 09:00 Berlin under a policy. */
    static EscalationActionsHarness world(EscalationRule... rules) {
        return new EscalationActionsHarness(terms(List.of(rules)), at("2026-03-02T09:00"));
    }

    private static List<String> types(EscalationActionsHarness h) {
        return h.published.stream().map(EscalationActionsHarness.Published::type).toList();
    }

    // ---- the examples of agreements.md ---------------------------------------------------------------

    /**
     * agreements.md, Examples: "The assignee is warned at 50 % and 80 % of the resolution target". P2 (4 h),
     * taken at 09:05 (response met). 50 % = 2 h -> 11:00, 2 h left; 80 % = 3 h 12 min -> 12:12, 48 min left; due
     * 13:00 Berlin. escalation.md: history ESCALATION with "metric and step in to, what each action did in the
     * text"; webhooks.md: a step before the due instant is sla.warning.
     */
    @Test
    void theAssigneeIsWarnedAtHalfAndAtEightyPercentOfTheResolutionTarget() {
        EscalationActionsHarness h = world(rule("resolution", null,
                step("half the time", "50%", notify("ASSIGNEE")), step("warning", "80%", notify("ASSIGNEE"))));
        h.register(2, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");

        h.advanceTo(at("2026-03-02T11:00"));
        h.fireDue();
        assertEquals(List.of("anna@provider.example"), h.recipients());
        String subject = h.mails.get(0).subject();
        assertTrue(subject.startsWith("Ticket T-000042: resolution due ") && subject.contains("1:00:00")
                && subject.contains("(Europe/Berlin)") && subject.endsWith("2 h 0 min left"), subject);

        h.advanceTo(at("2026-03-02T12:12"));
        h.fireDue();
        assertEquals(List.of("anna@provider.example", "anna@provider.example"), h.recipients());
        assertTrue(h.mails.get(1).subject().endsWith("0 h 48 min left"), h.mails.get(1).subject());
        assertEquals(List.of("resolution: half the time | NOTIFY ASSIGNEE: e-mail to anna@provider.example",
                "resolution: warning | NOTIFY ASSIGNEE: e-mail to anna@provider.example"), h.escalations());
        assertEquals(List.of("sla.warning", "sla.warning"), types(h));
        assertEquals("half the time", h.published.get(0).data().getString("step"));
        assertEquals("50%", h.published.get(0).data().getString("at"));
        assertEquals(List.of("NOTIFY ASSIGNEE: e-mail to anna@provider.example"), h.published.get(0).data()
                .getJsonArray("outcome").getValuesAs(JsonString::getString));
    }

    /**
     * agreements.md, Examples: a P1 incident not taken within its 15-minute response target tells its group's
     * lead, and 15 working minutes later (30 minutes after registration) goes to the second line. Expected:
     * breach record and "not taken" at 09:15:01 (first instant past 15 min), an e-mail to lena (L1's lead);
     * at 09:30:00 (counted 15 min + 15 min) the ticket is in L2; anna is no member of L2, so nobody is assigned
     * (escalation.md: "the assignee stays if they are a member of it"); the change is the actor system's;
     * the resolution target gets L2's extension of 2 h (tickets.md rule 1): 2 h + 2 h, due 13:00.
     * Webhooks: the breach record is sla.breached, the two steps at and after the due instant ticket.escalated.
     */
    @Test
    void aCriticalIncidentNotTakenTellsTheLeadThenGoesToTheSecondLine() {
        EscalationActionsHarness h = new EscalationActionsHarness(terms(PRIORITIES, List.of(rule("response", 1,
                step("not taken", "100%", notify("GROUP_LEAD")),
                step("second line", "PT15M", of(EscalationActionType.MOVE_TO_NEXT_LINE)))), null, List.of(),
                List.of(new LineExtension(2, Duration.ofHours(2)))), at("2026-03-02T09:00"));
        h.register(1, "anna", "L1");

        h.advanceTo(at("2026-03-02T09:15:01"));
        h.fireDue();
        assertEquals(List.of("lena@provider.example"), h.recipients());
        assertEquals("Ticket T-000042: response target breached", h.mails.get(0).subject());
        assertEquals("L1", h.ticket.supportGroup().orElseThrow().code());

        h.advanceTo(at("2026-03-02T09:30"));
        h.fireDue();
        assertEquals("L2", h.ticket.supportGroup().orElseThrow().code());
        assertNull(h.ticket.assignee());
        TicketEvent moved = h.events(TicketEventType.ASSIGNMENT).get(0);
        assertEquals("system", moved.actor());
        assertEquals("anna in L1", moved.fromValue());
        assertEquals("nobody in L2", moved.toValue());
        assertEquals(at("2026-03-02T09:30"), moved.occurredAt());
        assertEquals(List.of("response: not taken | NOTIFY GROUP_LEAD: e-mail to lena@provider.example",
                "response: second line | MOVE_TO_NEXT_LINE: assigned to L2"), h.escalations());
        assertEquals(Duration.ofHours(4), h.clock("resolution").target());
        assertEquals(at("2026-03-02T13:00"), h.clock("resolution").due());
        assertEquals(List.of("sla.breached", "ticket.escalated", "ticket.escalated"), types(h));
    }

    /**
     * agreements.md, Examples: a breach tells the agreement's owner and the customer's coordinator, again every
     * two working hours. P1 (2 h), taken at 09:05; due 11:00, breached at 11:00:01: e-mails to max (owner) and to
     * cora@acme.example (the coordinator in the terms). Again 2 h later, 13:00:01, occurrence 1. The e-mail at the
     * breach says "breached" and the working time overdue (1 s, then 2 h 0 min); escalation.md does not promise
     * the occurrence in the text (it is in the outbox reference and the step list).
     */
    @Test
    void aBreachTellsTheOwnerAndTheCoordinatorAgainEveryTwoWorkingHours() {
        EscalationStep breach = new EscalationStep("breach", "100%", null, Duration.ofHours(2),
                List.of(notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR")));
        EscalationActionsHarness h = new EscalationActionsHarness(terms(PRIORITIES,
                List.of(rule("resolution", null, breach)), new Contact("Cora Coordinator", "cora@acme.example", null),
                List.of(), List.of()), at("2026-03-02T09:00"));
        h.register(1, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");

        h.advanceTo(at("2026-03-02T11:00:01"));
        h.fireDue();
        assertEquals(List.of("max@provider.example", "cora@acme.example"), h.recipients());
        assertEquals("Ticket T-000042: resolution target breached", h.mails.get(0).subject());
        assertTrue(h.mails.get(0).body().contains("it is 1 s of working time overdue now"), h.mails.get(0).body());
        assertEquals("T-000042/resolution/0/0", h.mails.get(0).reference());

        h.advanceTo(at("2026-03-02T13:00:00"));
        h.fireDue();
        assertEquals(2, h.mails.size(), "not before two hours after the first firing");
        h.advanceTo(at("2026-03-02T13:00:01"));
        h.fireDue();
        assertEquals(List.of("max@provider.example", "cora@acme.example", "max@provider.example",
                "cora@acme.example"), h.recipients());
        Notification again = h.mails.get(2);
        assertEquals("T-000042/resolution/0/1", again.reference());
        assertEquals("Ticket T-000042: resolution target breached", again.subject());
        assertTrue(again.body().contains("it is 2 h 0 min of working time overdue now"), again.body());
        assertEquals(List.of("resolution/breach#0", "resolution/breach#0", "resolution/breach#1"), h.firedSteps());
        assertEquals(List.of("sla.breached", "ticket.escalated", "ticket.escalated"), types(h));
        assertEquals(1, h.published.get(2).data().getInt("occurrence"));
    }

    /**
     * escalation.md, Actions: CUSTOMER_COORDINATOR is "the coordinator in the agreement's terms, else the
     * customer's". Terms without a coordinator, ACME's coordinator Carl: the breach e-mail goes to Carl.
     * (agreements.md names only the terms' coordinator; escalation.md is the more precise of the two.)
     */
    @Test
    void withoutACoordinatorInTheTermsTheCustomersCoordinatorIsWritten() {
        EscalationActionsHarness h = world(rule("resolution", null,
                step("breach", "100%", notify("CUSTOMER_COORDINATOR"))));
        h.acme.appointCoordinator("Carl Coordinator", "carl@acme.example", null);
        h.register(1, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T11:00:01"));
        h.fireDue();
        assertEquals(List.of("carl@acme.example"), h.recipients());
    }

    /**
     * agreements.md, Examples: a ticket over its time-in-status limit, in whichever status, tells its group.
     * Limit of NEW for P3: 30 min. Still NEW at 09:30:01: e-mails to the members of L1, anna and ben (the lead,
     * lena, is no member: "GROUP (the members of the ticket's support group)"). The metric reads "time in status
     * NEW".
     */
    @Test
    void aTicketOverItsTimeInStatusLimitTellsItsGroup() {
        EscalationActionsHarness h = new EscalationActionsHarness(terms(PRIORITIES, List.of(rule("status:*", null,
                step("limit passed", "100%", notify("GROUP")))), null,
                List.of(new StatusLimit(3, "NEW", Duration.ofMinutes(30))), List.of()), at("2026-03-02T09:00"));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:30:01"));
        h.fireDue();
        assertEquals(List.of("anna@provider.example", "ben@provider.example"), h.recipients());
        assertEquals("Ticket T-000042: time in status NEW target breached", h.mails.get(0).subject());
        assertEquals(List.of("status:NEW: limit passed | NOTIFY GROUP: e-mail to anna@provider.example, "
                + "ben@provider.example"), h.escalations());
    }

    // ---- RAISE_PRIORITY ------------------------------------------------------------------------------

    /**
     * escalation.md: RAISE_PRIORITY "changes the priority to the next more urgent one, with the reason
     * escalation, through the same rules as a person's change (the clocks' targets follow)". P3 (16 h) at 50 %
     * (8 h, 17:00) becomes P2 (4 h): a PRIORITY event 3 -> 2 by system with the text "escalation", internal;
     * the resolution clock is now breached (8 h counted > 4 h, tickets.md rule 1), and its breach record fires
     * at once.
     */
    @Test
    void raisingThePriorityGoesToTheNextMoreUrgentOneWithTheReasonEscalation() {
        EscalationActionsHarness h = world(rule("resolution", 3,
                step("raise", "50%", of(EscalationActionType.RAISE_PRIORITY))));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();

        assertEquals(2, h.ticket.priority());
        TicketEvent raised = h.events(TicketEventType.PRIORITY).get(0);
        assertEquals("3", raised.fromValue());
        assertEquals("2", raised.toValue());
        assertEquals("escalation", raised.text());
        assertEquals("system", raised.actor());
        assertFalse(raised.isPublic());
        assertEquals(List.of("resolution: raise | RAISE_PRIORITY: priority 3 -> 2"), h.escalations());
        assertEquals(Duration.ofHours(4), h.clock("resolution").target());
        assertEquals(ClockState.BREACHED, h.clock("resolution").state());
        assertEquals(1, h.events(TicketEventType.BREACH).size());
        assertEquals(List.of("sla.warning", "sla.breached"), types(h));
    }

    /**
     * escalation.md: "An action that cannot be done (..., the most urgent priority already) is reported in the
     * step's outcome; the step's other actions still happen." A P1 ticket at 50 % of 2 h (10:00): the raise is
     * not done, the tag (kept in lower case, agreements.md) and the internal comment are; every line is in the
     * history, in the webhook's outcome and in GET /escalations; the step counts as fired (escalationLevel 1):
     * "Each step of each clock fires exactly once" and escalationLevel counts "how many of its policy's steps have
     * fired". The comment is internal and by system, so it is no first response.
     */
    @Test
    void aRaiseAtTheMostUrgentPriorityIsReportedAndTheOtherActionsStillHappen() {
        EscalationActionsHarness h = world(rule("resolution", null, step("push", "50%",
                of(EscalationActionType.RAISE_PRIORITY), tag("Escalated"),
                comment("The escalation policy pushed this ticket."))));
        h.register(1, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T10:00"));
        h.fireDue();

        List<String> outcome = List.of("RAISE_PRIORITY: not done, priority 1 is the most urgent",
                "TAG escalated: tagged escalated", "COMMENT: internal comment added");
        assertEquals(1, h.ticket.priority());
        assertEquals(List.of("resolution: push | " + String.join("\n", outcome)), h.escalations());
        assertTrue(h.ticket.tags().contains("escalated"), h.ticket.tags().toString());
        assertEquals("system", h.events(TicketEventType.DETAILS).get(0).actor());
        TicketEvent comment = h.events(TicketEventType.COMMENT).get(0);
        assertEquals("The escalation policy pushed this ticket.", comment.text());
        assertFalse(comment.isPublic());
        assertEquals("system", comment.actor());

        ClockEscalated fired = h.fired.get(0);
        assertEquals(outcome, fired.outcome());
        assertEquals(1, fired.level());
        assertEquals(outcome, h.published.get(0).data().getJsonArray("outcome").getValuesAs(JsonString::getString));
        EscalationEntry entry = h.service.escalations(42L).stream().filter(e -> e.name().equals("push"))
                .findFirst().orElseThrow();
        assertEquals("FIRED", entry.state());
        assertEquals("RAISE_PRIORITY; TAG escalated; COMMENT", entry.actions());
        assertEquals(String.join("\n", outcome), entry.outcome());
        assertEquals(at("2026-03-02T10:00"), entry.firedAt());
    }

    /**
     * Raising into a priority "by agreement" (no targets). escalation.md says "the next more urgent one" without
     * exception, tickets.md rule 1: "A priority that sets no target for the clock (e.g. by agreement) leaves it
     * counting without a deadline", escalation.md: such a clock "has no steps". P3 (16 h) at 25 % (4 h, 13:00)
     * goes to P2 "by agreement": the resolution clock runs without a due instant, nothing more is planned for it.
     */
    @Test
    void raisingIntoAPriorityByAgreementLeavesTheClockWithoutADeadline() {
        List<PriorityTerms> priorities = List.of(priority(1, "PT15M", "PT2H"),
                new PriorityTerms(2, "By agreement", null, null, BigDecimal.TEN, true, List.of()),
                priority(3, "PT2H", "PT16H"));
        EscalationActionsHarness h = new EscalationActionsHarness(terms(priorities, List.of(rule("resolution", 3,
                step("raise", "25%", of(EscalationActionType.RAISE_PRIORITY)))), null, List.of(), List.of()),
                at("2026-03-02T09:00"));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T13:00"));
        h.fireDue();

        assertEquals(2, h.ticket.priority());
        assertEquals(List.of("resolution: raise | RAISE_PRIORITY: priority 3 -> 2"), h.escalations());
        assertEquals(ClockState.RUNNING, h.clock("resolution").state());
        assertNull(h.clock("resolution").due());
        assertTrue(h.pending().stream().noneMatch(s -> s.metric().equals("resolution")), h.pending().toString());
    }

    // ---- MOVE_TO_NEXT_LINE, MOVE_TO_GROUP ------------------------------------------------------------

    /**
     * escalation.md: "An action that cannot be done (no group on the next line, ...) is reported in the step's
     * outcome; the step's other actions still happen." A ticket on the third line (the highest) at 50 % of 16 h
     * (17:00): not moved; the NOTIFY GROUP after it still tells L3's member tom.
     */
    @Test
    void aMoveToTheNextLineFromTheHighestLineIsReportedAndTheOtherActionsStillHappen() {
        EscalationActionsHarness h = world(rule("resolution", null, step("up", "50%",
                of(EscalationActionType.MOVE_TO_NEXT_LINE), notify("GROUP"))));
        h.register(3, "tom", "L3");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals("L3", h.ticket.supportGroup().orElseThrow().code());
        assertEquals(List.of("resolution: up | MOVE_TO_NEXT_LINE: not done, there is no support line 4\n"
                + "NOTIFY GROUP: e-mail to tom@provider.example"), h.escalations());
        assertEquals(List.of("tom@provider.example"), h.recipients());
        assertTrue(h.events(TicketEventType.ASSIGNMENT).isEmpty());
    }

    /**
     * escalation.md: MOVE_TO_NEXT_LINE "assigns the ticket to the support-line group of the next line (the first
     * by code if there are several); the assignee stays if they are a member of it". Line 2 has L2-APP (olga, ben)
     * and L2-NET (lars): ben moves along to L2-APP. A NOTIFY GROUP after the move in the same step reaches the new
     * group (actions happen in their order).
     */
    @Test
    void aMoveToTheNextLineTakesTheFirstGroupByCodeAndKeepsAnAssigneeWhoIsAMember() {
        EscalationActionsHarness h = world(rule("resolution", null, step("up", "50%",
                of(EscalationActionType.MOVE_TO_NEXT_LINE), notify("GROUP"))));
        h.groups.remove("L2");
        h.group("L2-NET", 2, "lars", "lars");
        h.group("L2-APP", 2, "olga", "olga", "ben");
        h.register(3, "ben", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals("L2-APP", h.ticket.supportGroup().orElseThrow().code());
        assertEquals("ben", h.ticket.assignee());
        assertEquals(List.of("resolution: up | MOVE_TO_NEXT_LINE: assigned to L2-APP (ben)\n"
                + "NOTIFY GROUP: e-mail to ben@provider.example, olga@provider.example"), h.escalations());
    }

    /**
     * A named group that no longer exists. Support groups cannot be deleted or deactivated (permissions.md lists
     * GET, POST and PUT only; SupportGroup has no active flag), and agreements.md checks that the code
     * exists when terms are saved; should it be missing when the step fires, the move is "an action that cannot
     * be done": reported, and the step's other actions (the tag) still happen.
     */
    @Test
    void aMoveToAGroupThatDoesNotExistIsReportedAndTheOtherActionsStillHappen() {
        EscalationActionsHarness h = world(rule("resolution", null, step("to vendor", "50%", toGroup("gone"),
                tag("vendor"))));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals("L1", h.ticket.supportGroup().orElseThrow().code());
        assertEquals(List.of("resolution: to vendor | MOVE_TO_GROUP GONE: not done, there is no support group GONE\n"
                + "TAG vendor: tagged vendor"), h.escalations());
        assertTrue(h.ticket.tags().contains("vendor"));
    }

    /** MOVE_TO_GROUP to an existing group: assigned, the assignee kept only as a member (anna is none of L2's). */
    @Test
    void aMoveToANamedGroupAssignsItAndDropsAnAssigneeWhoIsNoMember() {
        EscalationActionsHarness h = world(rule("resolution", null, step("to L2", "50%", toGroup("l2"))));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals("L2", h.ticket.supportGroup().orElseThrow().code());
        assertNull(h.ticket.assignee());
        assertEquals(List.of("resolution: to L2 | MOVE_TO_GROUP L2: assigned to L2"), h.escalations());
    }

    // ---- NOTIFY: who gets what -----------------------------------------------------------------------

    /**
     * escalation.md: "Disabled users and users without an address are skipped; if nobody is left, the
     * servicelevel.notifications.fallback-recipient gets it". An unassigned ticket, NOTIFY ASSIGNEE: the fallback
     * gets it; the outcome says for whom there was no address.
     */
    @Test
    void anUnassignedTicketsAssigneeNoticeGoesToTheFallbackRecipient() {
        EscalationActionsHarness h = world(rule("resolution", null, step("half", "50%", notify("ASSIGNEE"))));
        UnitTestConfig.VALUES.put("servicelevel.notifications.fallback-recipient", "servicedesk@provider.example");
        h.register(3, null, "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals(List.of("servicedesk@provider.example"), h.recipients());
        assertEquals(List.of("resolution: half | NOTIFY ASSIGNEE: e-mail to servicedesk@provider.example "
                + "(no address for ASSIGNEE)"), h.escalations());
    }

    /**
     * Nobody to write to and no fallback: the outcome says so, and the step still counts as fired (it is FIRED,
     * in the history and in the webhook event). escalation.md documents it only indirectly ("An action that
     * cannot be done ... is reported in the step's outcome"; "Each step of each clock fires exactly once").
     */
    @Test
    void aNoticeWithNobodyToWriteToStillFiresTheStepAndSaysSo() {
        EscalationActionsHarness h = world(rule("resolution", null, step("half", "50%", notify("ASSIGNEE"))));
        h.register(3, null, "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertTrue(h.mails.isEmpty());
        assertEquals(List.of("resolution: half | NOTIFY ASSIGNEE: nobody to write to (no address for ASSIGNEE)"),
                h.escalations());
        assertEquals(List.of("resolution/half#0"), h.firedSteps());
        assertEquals(List.of("NOTIFY ASSIGNEE: nobody to write to (no address for ASSIGNEE)"),
                h.published.get(0).data().getJsonArray("outcome").getValuesAs(JsonString::getString));
        assertEquals(1, h.published.get(0).data().getInt("escalationLevel"));
    }

    /**
     * Every role empty: the assignee has no address ("nomail"), the group NOLEAD has no lead and only a user
     * without an address and a disabled one, ACME has no coordinator. Nobody is left, so the fallback gets one
     * e-mail; the outcome names every recipient without an address.
     */
    @Test
    void rolesWithoutAnyAddressFallBackToTheFallbackRecipient() {
        EscalationActionsHarness h = world(rule("resolution", null, step("half", "50%",
                notify("ASSIGNEE", "GROUP", "GROUP_LEAD", "CUSTOMER_COORDINATOR"))));
        UnitTestConfig.VALUES.put("servicelevel.notifications.fallback-recipient", "servicedesk@provider.example");
        h.group("NOLEAD", 1, null, "nomail", "gone");
        h.register(3, "nomail", "NOLEAD");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals(List.of("servicedesk@provider.example"), h.recipients());
        assertEquals(List.of("resolution: half | NOTIFY ASSIGNEE, GROUP, GROUP_LEAD, CUSTOMER_COORDINATOR: e-mail to "
                + "servicedesk@provider.example (no address for ASSIGNEE, GROUP, GROUP_LEAD, CUSTOMER_COORDINATOR)"),
                h.escalations());
    }

    /**
     * "if nobody is left": when somebody is, the fallback gets nothing. The assignee anna is written; L1 without
     * a lead; a group member without an address and a disabled one are skipped.
     */
    @Test
    void someoneLeftMeansNoFallbackAndSkippedUsersAreLeftOut() {
        EscalationActionsHarness h = world(rule("resolution", null, step("half", "50%",
                notify("ASSIGNEE", "GROUP", "GROUP_LEAD"))));
        UnitTestConfig.VALUES.put("servicelevel.notifications.fallback-recipient", "servicedesk@provider.example");
        h.group("NOLEAD", 1, null, "anna", "nomail", "gone");
        h.register(3, "anna", "NOLEAD");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals(List.of("anna@provider.example"), h.recipients());
        assertEquals(List.of("resolution: half | NOTIFY ASSIGNEE, GROUP, GROUP_LEAD: e-mail to anna@provider.example "
                + "(no address for GROUP_LEAD)"), h.escalations());
    }

    /**
     * The default policy (agreements.md): warning at 80 % to ASSIGNEE, GROUP; breach to ASSIGNEE, GROUP_LEAD,
     * AGREEMENT_OWNER. lena is the assignee and L1's lead: one e-mail to her, not two (the recipients are people;
     * escalation.md: NOTIFY "e-mails the recipients"). P2 (4 h): warning at 12:12 to lena, anna, ben; breach at
     * 13:00:01 to lena and max.
     */
    @Test
    void theDefaultPolicyWritesOncePerPersonWhenTheAssigneeIsAlsoTheLead() {
        EscalationActionsHarness h = world();
        h.register(2, "lena", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T12:12"));
        h.fireDue();
        assertEquals(List.of("lena@provider.example", "anna@provider.example", "ben@provider.example"),
                h.recipients());
        h.mails.clear();
        h.advanceTo(at("2026-03-02T13:00:01"));
        h.fireDue();
        assertEquals(List.of("lena@provider.example", "max@provider.example"), h.recipients());
        assertEquals(List.of("resolution: warning | NOTIFY ASSIGNEE, GROUP: e-mail to lena@provider.example, "
                        + "anna@provider.example, ben@provider.example",
                "resolution: breach | NOTIFY ASSIGNEE, GROUP_LEAD, AGREEMENT_OWNER: e-mail to lena@provider.example, "
                        + "max@provider.example"), h.escalations());
    }

    /** Roles written in any case (agreements.md: "assignee", "group-lead") reach the same people. */
    @Test
    void rolesWrittenInAnyCaseReachTheSamePeople() {
        EscalationActionsHarness h = world(rule("resolution", null, step("half", "50%",
                notify("assignee", "group-lead"))));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals(List.of("anna@provider.example", "lena@provider.example"), h.recipients());
    }

    // ---- the e-mail's text ---------------------------------------------------------------------------

    /**
     * escalation.md: e-mails in servicelevel.notifications.locale (one language for the installation, not per
     * recipient: users have no language of their own) "with the ticket's number, title and customer, the clock,
     * the due instant in the calendar's time zone, the working time left ..., and a link to the ticket's page
     * under servicelevel.public-url". Across the spring DST change: registered Sunday 29 March 2026 00:00 CET,
     * P2 4 h on 24/7: due 04:00 CET = 05:00 CEST (the clocks jump 02:00 -> 03:00); the 80 % warning at 3 h 12 min,
     * 04:12 CEST, has 48 min left. Every recipient (anna, ben) gets the same language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "pl"})
    void theWarningCarriesEveryFieldWithTheDueInstantInTheCalendarsZoneAcrossDst(String language) {
        EscalationActionsHarness h = new EscalationActionsHarness(terms(List.of()), at("2026-03-29T00:00"));
        UnitTestConfig.VALUES.put("servicelevel.notifications.locale", language);
        h.register(2, "anna", "L1");
        h.advanceTo(at("2026-03-29T00:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-29T04:12"));
        h.fireDue();
        assertEquals(List.of("anna@provider.example", "ben@provider.example"), h.recipients());
        String due = switch (language) {
            case "ru" -> "29 мар. 2026 г., 05:00:00 (Europe/Berlin)";
            case "pl" -> "29 mar 2026, 05:00:00 (Europe/Berlin)";
            default -> "Mar 29, 2026, 5:00:00 AM (Europe/Berlin)";
        };
        String left = switch (language) {
            case "ru" -> "0 ч 48 мин";
            case "pl" -> "0 godz. 48 min";
            default -> "0 h 48 min";
        };
        String metric = switch (language) {
            case "ru" -> "решение";
            case "pl" -> "rozwiązanie";
            default -> "resolution";
        };
        for (Notification mail : h.mails) {
            String body = mail.body();
            for (String part : List.of("T-000042", "Mail server down", "ACME Manufacturing", "SLA-ACME-2026", metric,
                    due, left, PUBLIC_URL + "/app/ticket.xhtml?id=42")) {
                assertTrue(body.contains(part), language + " lacks " + part + ":\n" + body);
            }
            assertTrue(mail.subject().contains("T-000042") && mail.subject().contains(left), mail.subject());
            assertEquals(h.mails.get(0).subject(), mail.subject(), "one language for every recipient");
        }
    }

    /**
     * "the working time ... overdue after it": a step 59 s after the due instant says 59 s; one at PT26H (a day
     * and two hours of working time on 24/7) says 26 h 0 min (hours of working time, no days). P1 due 11:00.
     */
    @Test
    void theOverdueEMailsSayTheWorkingTimeOverdue() {
        EscalationActionsHarness h = world(rule("resolution", null,
                step("a minute", "PT59S", notify("ASSIGNEE")), step("a day later", "PT26H", notify("ASSIGNEE"))));
        h.register(1, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T11:00:59"));
        h.fireDue();
        assertEquals("Ticket T-000042: resolution overdue by 59 s", h.mails.get(0).subject());
        h.advanceTo(at("2026-03-03T13:00"));
        h.fireDue();
        assertEquals("Ticket T-000042: resolution overdue by 26 h 0 min", h.mails.get(1).subject());
        assertTrue(h.mails.get(1).body().contains("it fell due on Mar 2, 2026, 11:00:00 AM (Europe/Berlin)"),
                h.mails.get(1).body());
        assertEquals(List.of("sla.breached", "ticket.escalated", "ticket.escalated"), types(h));
    }

    /**
     * The time left is cut to whole minutes (docs give no rounding rule; cutting never promises more time than is
     * left). P4 with a resolution target of 4 h 10 min 7 s (15,007 s): 80 % is 12,005.6 s, rounded up to the
     * second (escalation.md) = 12,006 s, 12:20:06; left 3,001 s = 50 min 1 s: "0 h 50 min".
     */
    @Test
    void theTimeLeftIsCutToWholeMinutes() {
        List<PriorityTerms> priorities = new ArrayList<>(PRIORITIES);
        priorities.add(priority(4, "PT17M", "PT4H10M7S"));
        EscalationActionsHarness h = new EscalationActionsHarness(terms(priorities, List.of(), null, List.of(),
                List.of()), at("2026-03-02T09:00"));
        h.register(4, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T12:20:05"));
        h.fireDue();
        assertTrue(h.mails.isEmpty());
        h.advanceTo(at("2026-03-02T12:20:06"));
        h.fireDue();
        assertTrue(h.mails.get(0).subject().endsWith(", 0 h 50 min left"), h.mails.get(0).subject());
    }

    // ---- TAG, COMMENT, a ticket that stopped ---------------------------------------------------------

    /**
     * TAG on a ticket that has the tag (agreements.md keeps tags in lower case): nothing changes, no DETAILS
     * event. The outcome line still reads "tagged escalated" (see the report: a wording nit, not a contract).
     */
    @Test
    void aTagTheTicketHasAlreadyChangesNothing() {
        EscalationActionsHarness h = world(rule("resolution", null, step("mark", "50%", tag("ESCALATED"))));
        h.register(3, "anna", "L1", "escalated");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();
        assertEquals(List.of("escalated"), List.copyOf(h.ticket.tags()));
        assertTrue(h.events(TicketEventType.DETAILS).isEmpty());
        assertTrue(h.escalations().get(0).startsWith("resolution: mark | TAG escalated: "), h.escalations().get(0));
    }

    /**
     * escalation.md, Checked when due: "a step they no longer call for (the ticket was resolved, ...) does
     * nothing, and the new plan replaces it". The 80 % warning of a P2 ticket came due at 12:12 and was taken by
     * the timer, but anna resolved (or cancelled) the ticket at 12:12:30 before it fired: no e-mail, no history
     * event, no webhook; the step is not FIRED.
     */
    @ParameterizedTest
    @ValueSource(strings = {"RESOLVED", "CANCELLED"})
    void aStepOfATicketStoppedBeforeItFiresDoesNothing(String stopped) {
        EscalationActionsHarness h = world();
        h.register(2, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        ScheduledStep warning = h.pending().stream().filter(s -> s.name().equals("warning")
                && s.metric().equals("resolution")).findFirst().orElseThrow();
        assertEquals(at("2026-03-02T12:12"), warning.dueAt());
        h.advanceTo(at("2026-03-02T12:12:30"));
        h.ticket.transition(EscalationActionsHarness.MODEL, stopped, h.clock.instant(), "anna", false, null, false);
        h.fire(warning.id());
        assertTrue(h.mails.isEmpty());
        assertTrue(h.escalations().isEmpty());
        assertTrue(h.published.isEmpty());
        assertEquals(ScheduledStep.State.PENDING, warning.state());
        assertFalse(h.steps.contains(warning), "replaced by the new plan");
        assertTrue(h.pending().stream().noneMatch(s -> s.metric().equals("resolution")), h.pending().toString());
    }
}
