package org.servicelevel.application.escalation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.application.escalation.internal.EscalationActionsHarness.at;
import static org.servicelevel.application.escalation.internal.EscalationActionsHarness.terms;
import static org.servicelevel.application.escalation.internal.EscalationActionsScenariosTest.of;
import static org.servicelevel.application.escalation.internal.EscalationActionsScenariosTest.rule;
import static org.servicelevel.application.escalation.internal.EscalationActionsScenariosTest.step;
import static org.servicelevel.application.escalation.internal.EscalationActionsScenariosTest.world;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.UnitTestConfig;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.ticket.TicketEventType;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Worked scenarios from the docs that the code first did otherwise, most important first: a breach recorded late
 * still e-mails, a warning past the deadline tells the time overdue, an e-mail after a raise gives the raised
 * deadline, one e-mail per mailbox, an assignee's name in another case, the repeated autumn hour. Each test
 * asserts what a reader of docs/escalation.md, docs/agreements.md, docs/tickets.md and docs/webhooks.md expects. Same harness and defaults as {@link EscalationActionsScenariosTest}:
 * T-000042 registered Monday 2 March 2026 09:00 Berlin, anna in L1 (lead lena), owner max, 24/7 calendar,
 * P1 15 min / 2 h, P2 30 min / 4 h, P3 2 h / 16 h.
 */
class EscalationActionsEdgesTest {

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

    /**
     * escalation.md: "A breach is a fact: a clock that passed its deadline and then stopped or waited before its
     * breach record fired (the ticket was resolved seconds after its deadline while the timer was busy, or while
     * the server was down) still gets its breach recorded, late, with its history event, e-mails and sla.breached
     * webhook". Default policy, P1 taken 09:05, due 11:00, breached 11:00:01; the timer is busy, anna resolves at
     * 11:00:30. Expected: BREACH event, sla.breached, and the breach's e-mails (default policy's breach step:
     * ASSIGNEE anna, GROUP_LEAD lena, AGREEMENT_OWNER max). The code records the breach and publishes
     * sla.breached, but the planner keeps only the breach record (which e-mails nobody) and drops the 100 % step
     * of the stopped clock: nobody is e-mailed about a breach that counts against the SLA.
     */
    @Test
    void aBreachRecordedLateAfterTheTicketWasResolvedStillSendsItsEMails() {
        EscalationActionsHarness h = world();
        h.register(1, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T11:00:30"));
        h.move("RESOLVED");
        h.advanceTo(at("2026-03-02T11:00:31"));
        h.fireDue();

        assertEquals(1, h.events(TicketEventType.BREACH).size(), "agrees: the breach is recorded");
        assertTrue(h.published.stream().anyMatch(p -> p.type().equals("sla.breached")), "agrees: sla.breached");
        assertEquals(List.of("anna@provider.example", "lena@provider.example", "max@provider.example"),
                h.recipients(), "the breach's e-mails");
    }

    /**
     * escalation.md: "The e-mails are written ...: a warning before the due instant, the breach at it, the time
     * overdue after it", and "Late steps. Steps that came due while the server was stopped fire after its start."
     * Default policy, P2 taken 09:05: warning due 12:12, deadline 13:00. The server is down until 13:30; the late
     * warning fires first, 30 min after the deadline. Expected: its e-mail tells the time overdue (0 h 30 min),
     * not time left. The code chooses the text by the step's `at` alone and writes "..., 0 s left".
     */
    @Test
    void aWarningThatFiresAfterTheDeadlineSaysHowLongOverdue() {
        EscalationActionsHarness h = world();
        h.register(2, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T13:30"));
        h.fireDue();

        String subject = h.mails.get(0).subject();
        assertEquals("T-000042/resolution/0/0", h.mails.get(0).reference(), "the warning's e-mail comes first");
        assertFalse(subject.contains("left"), subject);
        assertTrue(subject.contains("0 h 30 min"), subject);
    }

    /**
     * escalation.md: RAISE_PRIORITY changes the priority "(the clocks' targets follow)"; the e-mail carries "the
     * due instant ... the working time left". A P3 rule step at 20 % (3 h 12 min, 12:12) does RAISE_PRIORITY then
     * NOTIFY ASSIGNEE. After the raise the ticket is P2 (4 h): due 13:00, 48 min left, and that is what the
     * e-mail, written after the raise, should say. The code writes the clock as computed before the step's
     * actions: "due Mar 3, 2026, 1:00:00 AM ..., 12 h 48 min left" (P3's deadline), so anna is told she has
     * 12 hours on a ticket due in 48 minutes.
     */
    @Test
    void anEMailAfterARaiseInTheSameStepGivesTheRaisedDeadline() {
        EscalationActionsHarness h = world(rule("resolution", 3, step("raise and tell", "20%",
                of(EscalationActionType.RAISE_PRIORITY), EscalationAction.notify("ASSIGNEE"))));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T12:12"));
        h.fireDue();

        assertEquals(2, h.ticket.priority(), "agrees: raised");
        assertEquals(at("2026-03-02T13:00"), h.clock("resolution").due(), "agrees: the target followed");
        String subject = h.mails.get(0).subject();
        assertTrue(subject.contains("Mar 2, 2026, 1:00:00 PM") && subject.endsWith("0 h 48 min left"), subject);
    }

    /**
     * A named address in odd case that is also a role's address. The assignee who is also the lead gets one
     * e-mail (see the agreeing tests: recipients are people, each written once), and the application compares
     * addresses ignoring case elsewhere (UserAccount.findEnabledByEmail); escalation.md / agreements.md say
     * nothing about the case of addresses. NOTIFY [ASSIGNEE, "Anna@Provider.Example"] with anna assigned:
     * expected one e-mail to anna's mailbox; the code writes two (its set of addresses is case-sensitive).
     */
    @Test
    void aNamedAddressInOddCaseThatIsAlsoTheAssigneesIsWrittenOnce() {
        EscalationActionsHarness h = world(rule("resolution", null, step("half", "50%",
                EscalationAction.notify("ASSIGNEE", "Anna@Provider.Example"))));
        h.register(3, "anna", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();

        assertEquals(1, h.mails.size(), h.recipients().toString());
    }

    /**
     * escalation.md: MOVE_TO_NEXT_LINE "...; the assignee stays if they are a member of it". Usernames are
     * case-insensitive (accounts store them in lower case; NOTIFY ASSIGNEE finds "Olga" as olga), but a ticket's
     * assignee is kept as a client wrote it (PUT /api/tickets/{id} "assignee": "Olga"). Step [NOTIFY ASSIGNEE,
     * MOVE_TO_NEXT_LINE]: the notice reaches olga (agrees); L2's members are lars and olga, so Olga should stay
     * assigned. The code compares case-sensitively and leaves nobody assigned.
     */
    @Test
    void anAssigneeWhoIsAMemberInAnotherCaseStaysOnAMove() {
        EscalationActionsHarness h = world(rule("resolution", null, step("up", "50%",
                EscalationAction.notify("ASSIGNEE"), of(EscalationActionType.MOVE_TO_NEXT_LINE))));
        h.register(3, "Olga", "L1");
        h.advanceTo(at("2026-03-02T09:05"));
        h.move("IN_PROGRESS");
        h.advanceTo(at("2026-03-02T17:00"));
        h.fireDue();

        assertEquals(List.of("olga@provider.example"), h.recipients(), "agrees: Olga is olga");
        assertEquals("L2", h.ticket.supportGroup().orElseThrow().code());
        assertEquals("olga", h.ticket.assignee() == null ? null : h.ticket.assignee().toLowerCase(Locale.ROOT));
    }

    /**
     * escalation.md: the e-mail gives "the due instant in the calendar's time zone". On Sunday 25 October 2026
     * Berlin falls back from 03:00 CEST to 02:00 CET, so 02:30 happens twice: 00:30Z (CEST) and 01:30Z (CET),
     * an hour apart (a 24/7 service). The e-mail writes both as "Oct 25, 2026, 2:30:00 AM (Europe/Berlin)", so
     * the reader cannot tell which deadline is meant. Expected: different texts (e.g. with the offset or the zone
     * abbreviation). An ambiguity rather than a broken promise: the docs do not say how the instant is written.
     */
    @Test
    void aDueInstantInTheRepeatedAutumnHourIsUnambiguous() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        UnitTestConfig.install();
        UnitTestConfig.VALUES.clear();
        EscalationActionsHarness.clearBundles();
        String first = warningDueAt(Instant.parse("2026-10-25T00:30:00Z"), berlin);
        String second = warningDueAt(Instant.parse("2026-10-25T01:30:00Z"), berlin);
        assertNotEquals(first, second);
    }

    /** The body of a warning e-mail (reusing EscalationMailLanguagesTest's ticket and step) for a clock due then. */
    private static String warningDueAt(Instant due, ZoneId zone) throws Exception {
        SlaClock clock = new SlaClock("resolution", ClockState.RUNNING, false, Duration.ofHours(8),
                Duration.ofMinutes(385), Duration.ofMinutes(95), due.minus(Duration.ofHours(8)), null, due, null, null,
                Duration.ZERO, Map.of(), Duration.ZERO, Duration.ZERO, List.of(), List.of());
        return new EscalationMail().text(EscalationMailLanguagesTest.ticket(), EscalationMailLanguagesTest.step(0,
                "80%", due.minus(Duration.ofMinutes(95))), clock, WorkCalendar.twentyFourSeven(zone)).body();
    }
}
