package org.servicelevel.interfaces.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.ticket.TicketEventDetails;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.selection.AgreementSelector;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.selection.SelectionRule;
import org.servicelevel.domain.model.selection.TicketFacts;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketEvent;
import org.servicelevel.domain.model.ticket.TicketStatus;
import org.servicelevel.interfaces.web.EnglishRuns;

/**
 * The history of a ticket read in Russian and Polish: what the system wrote (why no agreement applied,
 * how the priority was derived, a breach, what an escalation step's actions did, the agreement an
 * assignment chose, a priority raised by escalation) reads in the page's language, while what people
 * typed stays as typed.
 */
class TicketHistoryTextsTest {

    private static final ResourceBundle EN = bundle(Locale.ROOT);
    private static final ResourceBundle RU = bundle(Locale.forLanguageTag("ru"));
    private static final ResourceBundle PL = bundle(Locale.forLanguageTag("pl"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant REGISTERED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Organisation ACME = new Organisation("ACME", "ACME", REGISTERED);
    private static final Map<String, String> STATUSES = Map.of("NEW", "New");
    private static final String TYPED = "please check the toner cartridge first";

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.servicelevel.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Agreement sla(String number) {
        List<PriorityTerms> priorities = List.of(
                new PriorityTerms(1, "Critical", Duration.ofMinutes(15), Duration.ofHours(2), BigDecimal.TEN, false,
                        List.of()),
                new PriorityTerms(2, "High", null, Duration.ofHours(4), BigDecimal.TEN, false, List.of()));
        AgreementTerms terms = new AgreementTerms("EUR", null, null,
                List.of(new ServiceTerms("NET", "NET", null, 1L, null, null, null, List.of())), priorities, null, null,
                null, null, null, null, null, 0, null, null, null);
        Agreement a = new Agreement(number, AgreementType.SLA, new Agreement.Header(number, ACME, null, null, null,
                "Europe/Berlin", REGISTERED.atZone(BERLIN).toLocalDate().minusDays(30), null, null, "max"), terms,
                REGISTERED, "max");
        a.activate(REGISTERED);
        return a;
    }

    /** The selection rules' account for a ticket of ACME on service WS, by the real selector. */
    private static List<String> trace() {
        Agreement acme = sla("SLA-ACME");
        List<SelectionRule> rules = List.of(
                new SelectionRule(new SelectionRule.Definition(1, "ACME network", true, "ACME", "NET", null, null, null,
                        Set.of(), acme, null), REGISTERED),
                new SelectionRule(new SelectionRule.Definition(2, "Beta", true, "BETA", null, null, null, null,
                        Set.of(), acme, null), REGISTERED),
                new SelectionRule(new SelectionRule.Definition(3, "Hot", true, null, null, null, null, null,
                        Set.of("hot"), acme, null), REGISTERED),
                new SelectionRule(new SelectionRule.Definition(4, "Old", false, null, null, null, null, null,
                        Set.of(), acme, null), REGISTERED));
        return AgreementSelector.select(rules, new TicketFacts("ACME", "WS", null, Set.of(), Channel.API, null,
                REGISTERED)).trace();
    }

    /** A ticket registered without an agreement, then breached and escalated, as the services record it. */
    private static List<TicketEventDetails> systemHistory() {
        Ticket t = new Ticket("T-000009", new Ticket.Registration(ACME, null, null, null, "Scanner offline", TYPED,
                "WS", null, null, null, null, null, null, Set.of(), Channel.API, null, null, null, null),
                new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true), REGISTERED, "anna", false);
        t.recordWithoutAgreement("No agreement applies: " + String.join("; ", trace()));
        t.comment(TYPED, false, REGISTERED.plusSeconds(60), "anna", false);
        t.recordBreach("resolution", REGISTERED.plusSeconds(3600), REGISTERED.plusSeconds(3700));
        t.recordEscalation("response", "Lead call", String.join("\n",
                "NOTIFY ASSIGNEE, GROUP_LEAD, ops@acme.example: e-mail to ops@acme.example (no address for ASSIGNEE)",
                "NOTIFY GROUP: nobody to write to",
                "MOVE_TO_NEXT_LINE: assigned to L2 (dana)",
                "MOVE_TO_GROUP NOC: not done, there is no support group NOC",
                "RAISE_PRIORITY: not done, priority 1 is the most urgent",
                "RAISE_PRIORITY: priority 3 -> 2",
                "COMMENT: internal comment added",
                "TAG hot: tagged hot",
                "MOVE_TO_NEXT_LINE: not done, there is no support line 4"), REGISTERED.plusSeconds(3800));
        List<TicketEventDetails> events = new ArrayList<>(t.events().stream().map(TicketHistoryTextsTest::details)
                .toList());
        int n = events.size();
        events.add(new TicketEventDetails(++n, "PRIORITY", REGISTERED, "anna", false, null, "2",
                "Priority 2 (High) from the impact × urgency matrix of SLA-ACME v1: impact HIGH, urgency MEDIUM",
                false, "NEW", 2, null, 0));
        events.add(new TicketEventDetails(++n, "PRIORITY", REGISTERED, "anna", false, null, "3",
                "SLA-ACME v1 has no impact × urgency matrix; impact HIGH, urgency LOW recorded, priority 3 from the"
                        + " request type or the agreement's default", false, "NEW", 3, null, 0));
        events.add(new TicketEventDetails(++n, "PRIORITY", REGISTERED, "anna", false, null, "3",
                "SLA-ACME v1 has no impact × urgency matrix; impact LOW, urgency LOW recorded, priority 3 from"
                        + " request type INCIDENT", false, "NEW", 3, null, 0));
        events.add(new TicketEventDetails(++n, "PRIORITY", REGISTERED.plusSeconds(3800), Ticket.SYSTEM_ACTOR, false,
                "3", "2", "escalation", false, "NEW", 2, null, 0));
        events.add(new TicketEventDetails(++n, "AGREEMENT", REGISTERED.plusSeconds(4000), "anna", false, null,
                "SLA-ACME v1, priority 2", null, false, "NEW", 2, null, 0));
        return events;
    }

    private static TicketEventDetails details(TicketEvent e) {
        return new TicketEventDetails(e.sequence(), e.type().name(), e.occurredAt(), e.actor(), e.byCustomer(),
                e.fromValue(), e.toValue(), e.text(), e.isPublic(), e.status(), e.priority(), e.group(), e.lineLevel());
    }

    @Test
    void whatTheSystemWroteReadsInRussianAndPolishWithoutEnglishPhrases() {
        List<TicketEventDetails> events = systemHistory();
        List<TicketRows.EventLine> english = TicketRows.history(events, BERLIN, STATUSES, EN);
        List<String> left = new ArrayList<>();
        for (ResourceBundle texts : List.of(RU, PL)) {
            List<TicketRows.EventLine> lines = TicketRows.history(events, BERLIN, STATUSES, texts);
            for (int i = 0; i < lines.size(); i++) {
                if (events.get(i).type().equals("COMMENT")) {
                    continue;
                }
                String written = events.get(i).text() + "\n" + events.get(i).to();
                check(texts, english.get(i).getText() + "\n" + written, lines.get(i).getText(), left);
                check(texts, english.get(i).getChange() + "\n" + written, lines.get(i).getChange(), left);
            }
        }
        assertTrue(left.isEmpty(), String.join("\n", left));
    }

    private static void check(ResourceBundle texts, String english, String translated, List<String> left) {
        for (String line : translated.split("\n")) {
            if (EnglishRuns.left(line, english)) {
                left.add(texts.getLocale() + ": " + line);
            }
        }
    }

    @Test
    void theSentencesAreComposedAsTheRussianReaderExpects() {
        List<TicketEventDetails> events = systemHistory();
        List<TicketRows.EventLine> lines = TicketRows.history(events, BERLIN, STATUSES, RU);

        String why = lines.get(1).getText();
        assertTrue(why.startsWith("Ни одно соглашение не применяется: правило 'ACME network': нет, услуга — WS, а не NET; "),
                why);
        assertTrue(why.endsWith("; правило 'Old': нет, правило отключено"), why);
        assertEquals("Решение", lines.get(3).getChange());
        assertEquals("срок: 2026-03-02 10:00", lines.get(3).getText());
        assertEquals("Реакция: Lead call", lines.get(4).getChange(), "the step keeps the name it was given");
        String[] outcome = lines.get(4).getText().split("\n");
        assertEquals("уведомить: исполнитель, руководитель группы, ops@acme.example: отправлено письмо: "
                + "ops@acme.example (нет адреса: ASSIGNEE)", outcome[0]);
        assertEquals("повысить приоритет: приоритет 3 → 2", outcome[5]);
        assertEquals("эскалация", lines.get(8).getText());
        assertEquals("SLA-ACME v1, приоритет 2", lines.get(9).getChange());
    }

    @Test
    void whatPeopleTypedStaysAsTyped() {
        List<TicketEventDetails> events = List.of(
                new TicketEventDetails(1, "COMMENT", REGISTERED, "anna", false, null, null, "escalation", true, "NEW",
                        2, null, 0),
                new TicketEventDetails(2, "PRIORITY", REGISTERED, "anna", false, "3", "2", "tagged hot", false, "NEW",
                        2, null, 0),
                new TicketEventDetails(3, "STATUS", REGISTERED, "anna", false, "NEW", "NEW", "not done, " + TYPED, true,
                        "NEW", 2, null, 0),
                new TicketEventDetails(4, "COMMENT", REGISTERED, "anna", false, null, null, TYPED, true, "NEW", 2,
                        null, 0));

        for (ResourceBundle texts : List.of(RU, PL)) {
            List<TicketRows.EventLine> lines = TicketRows.history(events, BERLIN, STATUSES, texts);
            assertEquals("escalation", lines.get(0).getText());
            assertEquals("tagged hot", lines.get(1).getText(), "a person's reason");
            assertEquals("not done, " + TYPED, lines.get(2).getText());
            assertEquals(TYPED, lines.get(3).getText());
        }
    }

    @Test
    void inEnglishTheHistoryReadsAsTheServicesWroteItWithTheDeadlineInTheCalendarsZone() {
        List<TicketEventDetails> events = systemHistory();
        List<TicketRows.EventLine> lines = TicketRows.history(events, BERLIN, STATUSES, EN);

        assertEquals(events.get(1).text(), lines.get(1).getText());
        assertEquals("due 2026-03-02 10:00", lines.get(3).getText());
        assertEquals("Response: Lead call", lines.get(4).getChange());
        assertTrue(lines.get(4).getText().startsWith("notify the assignee, the group lead, ops@acme.example: e-mail to"),
                lines.get(4).getText());
    }

    @Test
    void aRunOfEnglishWordsIsNoticedButCodesAndAddressesAreNot() {
        assertTrue(EnglishRuns.left("ops: nobody to write to", "NOTIFY GROUP: nobody to write to"));
        assertFalse(EnglishRuns.left("передано группе L2 (dana)", "assigned to L2 (dana)"));
        assertFalse(EnglishRuns.left("отправлено письмо: ops.team@acme.example", "e-mail to ops.team@acme.example"));
    }

}
