package org.servicelevel.interfaces.web.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.selection.SelectionOutcome;
import org.servicelevel.interfaces.web.Refusals;
import org.servicelevel.interfaces.web.ticket.TicketRows;

class TryOutcomeTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.ENGLISH);
    private static final ResourceBundle PL = ResourceBundle.getBundle("org.servicelevel.web.messages",
            Locale.forLanguageTag("pl"));

    @Test
    void aMatchNamesTheAgreementVersionServicePriorityAndTargets() {
        SelectionOutcome matched = new SelectionOutcome(true, 5L, "Acme outages", 42L, "SLA-ACME", 3, "WS", "Berlin",
                1, "Critical", "set by the rule", "PT15M", "PT2H30M", List.of("rule 'Acme outages': yes"));
        TryOutcome outcome = TryOutcome.of(matched, EN, UnaryOperator.identity());
        assertTrue(outcome.matched());
        assertEquals("Agreement SLA-ACME (version 3), service WS, priority 1 · Critical.", outcome.summary());
        assertEquals(42L, outcome.agreementId());
        assertEquals("Acme outages", outcome.rule());
        assertEquals("response 15 min resolution 2 h 30 min", outcome.targets());
        assertEquals(List.of("rule 'Acme outages': yes"), outcome.trace());
    }

    @Test
    void noMatchSaysSoInTheReadersLanguageAndKeepsTheTrace() {
        SelectionOutcome none = new SelectionOutcome(false, null, null, null, null, null, null, null, null, null, null,
                null, null, List.of("there is no default rule"));
        TryOutcome outcome = TryOutcome.of(none, PL, UnaryOperator.identity());
        assertFalse(outcome.matched());
        assertEquals("Żadna reguła nie pasuje: zgłoszenie zostałoby zarejestrowane bez umowy.", outcome.summary());
        assertNull(outcome.agreement());
        assertEquals(1, outcome.trace().size());
    }

    @Test
    void theTraceAndThePriorityReasonAreShownInTheReadersLanguage() {
        SelectionOutcome matched = new SelectionOutcome(true, 5L, "vip", 42L, "SLA-ACME", 1, "WS", null, 2, "High",
                "the agreement's default priority", null, null, List.of("rule 'net': no, service WS is not NET",
                "rule 'vip': yes, SLA-ACME version 1, service WS, priority 2 (the agreement's default priority)"));
        Locale ru = Locale.forLanguageTag("ru");
        TryOutcome outcome = TryOutcome.of(matched, PL, line -> Refusals.catalogue().in(line, ru));
        assertEquals("приоритет соглашения по умолчанию", outcome.priorityReason());
        assertEquals(List.of("правило 'net': нет, услуга — WS, а не NET", "правило 'vip': да, SLA-ACME версии 1,"
                + " услуга WS, приоритет 2 (приоритет соглашения по умолчанию)"), outcome.trace());
    }

    @Test
    void aPriorityWithoutTargetsShowsNone() {
        SelectionOutcome matched = new SelectionOutcome(true, 5L, "r", 42L, "SLA-1", 1, "WS", null, 3, null, "x", null,
                null, List.of());
        assertEquals("", TryOutcome.of(matched, EN, UnaryOperator.identity()).targets());
        assertEquals("3", TryOutcome.of(matched, EN, UnaryOperator.identity()).priority());
    }

    @Test
    void aRuleKeepsWhatItNamesAmongTheChoicesEvenWhenNoLongerOffered() {
        List<TicketRows.Option> offered = List.of(new TicketRows.Option("SLA-1", "SLA-1 · Workplace · ACME"));
        assertEquals(offered, RuleChoices.including(offered, "SLA-1"));
        assertEquals(offered, RuleChoices.including(offered, null));
        assertEquals(List.of(offered.get(0), new TicketRows.Option("SLA-OLD", "SLA-OLD")),
                RuleChoices.including(offered, "SLA-OLD"));
    }
}
