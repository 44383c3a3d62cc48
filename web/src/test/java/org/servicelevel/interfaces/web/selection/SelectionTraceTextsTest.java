package org.servicelevel.interfaces.web.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.servicelevel.interfaces.web.EnglishRuns;
import org.servicelevel.interfaces.web.Refusals;

/**
 * The account of how each selection rule was decided, and why a priority was chosen, read in Russian
 * and Polish: every kind of line the agreement selector writes is produced here and looked up in the
 * catalogue of refusals.
 */
class SelectionTraceTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Organisation ACME = new Organisation("ACME", "ACME", NOW);
    private static final Organisation BETA = new Organisation("BETA", "Beta", NOW);

    private final Refusals refusals = Refusals.catalogue();

    private static Agreement sla(Organisation customer, String number, LocalDate from, Integer defaultPriority,
                                 String... services) {
        List<ServiceTerms> covered = Arrays.stream(services)
                .map(s -> new ServiceTerms(s, s, null, 1L, null, null, null, List.of())).toList();
        List<PriorityTerms> priorities = List.of(
                new PriorityTerms(1, "Critical", Duration.ofMinutes(15), Duration.ofHours(2), BigDecimal.TEN, false,
                        List.of("outage")),
                new PriorityTerms(2, "High", null, Duration.ofHours(4), BigDecimal.TEN, false, List.of()),
                new PriorityTerms(3, "Normal", null, Duration.ofHours(16), BigDecimal.TEN, false, List.of()));
        AgreementTerms terms = new AgreementTerms("EUR", null, null, covered, priorities, defaultPriority, null, null,
                null, null, null, null, 0, null, null, null);
        Agreement a = new Agreement(number, AgreementType.SLA, new Agreement.Header(number, customer, null, null, null,
                "Europe/Berlin", from, null, null, "max"), terms, NOW, "max");
        a.activate(NOW);
        return a;
    }

    private static SelectionRule rule(int position, String name, boolean enabled, String customer, String service,
                                      String requestType, Channel channel, String region, Set<String> tags,
                                      Agreement agreement, Integer priority) {
        return new SelectionRule(new SelectionRule.Definition(position, name, enabled, customer, service, requestType,
                channel, region, tags, agreement, priority), NOW);
    }

    private static SelectionRule defaultRule(Agreement agreement) {
        return rule(99, "fallback", true, null, null, null, null, null, Set.of(), agreement, null);
    }

    private static TicketFacts ticket(String customer, String service, String requestType, Channel channel,
                                      String region) {
        return new TicketFacts(customer, service, requestType, Set.of(), channel, region, NOW);
    }

    @Test
    void everyLineOfTheTraceAndEveryPriorityReasonReadsInRussianAndPolish() {
        List<String> lines = new ArrayList<>();
        lines.addAll(rulesThatDoNotHold());
        lines.addAll(rulesTheTicketHasNothingFor());
        lines.addAll(rulesThatHoldButCannotApply());
        lines.addAll(rulesThatApply());
        lines.add("rule 'lean': matches, but SLA-LEAN has no priorities");

        List<String> untranslated = new ArrayList<>();
        for (String line : lines) {
            for (Locale locale : List.of(RU, PL)) {
                String translated = refusals.in(line, locale);
                if (translated.equals(line) || EnglishRuns.left(translated, line)) {
                    untranslated.add(locale + ": " + line + " -> " + translated);
                }
            }
        }
        assertEquals(List.of(), untranslated);
    }

    /** One rule for each condition the ticket fails, a disabled rule, and no default rule to fall back on. */
    private static List<String> rulesThatDoNotHold() {
        Agreement acme = sla(ACME, "SLA-ACME", LocalDate.of(2026, 1, 1), 2, "WS", "NET");
        List<SelectionRule> rules = List.of(
                rule(1, "off", false, "ACME", null, null, null, null, Set.of(), acme, null),
                rule(2, "beta", true, "BETA", null, null, null, null, Set.of(), acme, null),
                rule(3, "net", true, null, "NET", null, null, null, Set.of(), acme, null),
                rule(4, "outages", true, null, null, "outage", null, null, Set.of(), acme, null),
                rule(5, "phone", true, null, null, null, Channel.PHONE, null, Set.of(), acme, null),
                rule(6, "north", true, null, null, null, null, "NORTH", Set.of(), acme, null),
                rule(7, "vip", true, null, null, null, null, null, Set.of("vip"), acme, null));
        List<String> trace = AgreementSelector.select(rules, ticket("ACME", "WS", "question", Channel.EMAIL, "EU"))
                .trace();
        assertEquals(List.of("rule 'off': no, the rule is disabled",
                "rule 'beta': no, customer ACME is not BETA",
                "rule 'net': no, service WS is not NET",
                "rule 'outages': no, request type question is not outage",
                "rule 'phone': no, channel EMAIL is not PHONE",
                "rule 'north': no, region EU is not NORTH",
                "rule 'vip': no, the ticket has no tag vip",
                "there is no default rule (a rule without conditions) to fall back on"), trace);
        return trace;
    }

    /** One rule for each condition a ticket that names nothing cannot meet. */
    private static List<String> rulesTheTicketHasNothingFor() {
        Agreement acme = sla(ACME, "SLA-ACME", LocalDate.of(2026, 1, 1), 2, "WS", "NET");
        List<SelectionRule> rules = List.of(
                rule(1, "acme", true, "ACME", null, null, null, null, Set.of(), acme, null),
                rule(2, "net", true, null, "NET", null, null, null, Set.of(), acme, null),
                rule(3, "outages", true, null, null, "outage", null, null, Set.of(), acme, null),
                rule(4, "phone", true, null, null, null, Channel.PHONE, null, Set.of(), acme, null),
                rule(5, "north", true, null, null, null, null, "NORTH", Set.of(), acme, null),
                defaultRule(acme));
        List<String> trace = AgreementSelector.select(rules, ticket(null, null, null, null, null)).trace();
        assertEquals(List.of("rule 'acme': no, the ticket has no customer (the rule asks for ACME)",
                "rule 'net': no, the ticket has no service (the rule asks for NET)",
                "rule 'outages': no, the ticket has no request type (the rule asks for outage)",
                "rule 'phone': no, the ticket has no channel (the rule asks for PHONE)",
                "rule 'north': no, the ticket has no region (the rule asks for NORTH)",
                "rule 'fallback': matches, but SLA-ACME is ACME's agreement and the ticket has no customer"), trace);
        return trace;
    }

    /** Rules whose conditions hold but whose agreement cannot govern the ticket. */
    private static List<String> rulesThatHoldButCannotApply() {
        List<SelectionRule> rules = List.of(
                rule(1, "frame", true, "ACME", null, null, null, null, Set.of(),
                        sla(null, "SLA-FRAME", LocalDate.of(2026, 1, 1), 2, "WS"), null),
                rule(2, "beta", true, "ACME", null, null, null, null, Set.of(),
                        sla(BETA, "SLA-BETA", LocalDate.of(2026, 1, 1), 2, "WS"), null),
                rule(3, "next", true, "ACME", null, null, null, null, Set.of(),
                        sla(ACME, "SLA-NEXT", LocalDate.of(2026, 6, 1), 2, "WS"), null),
                rule(4, "network", true, "ACME", null, null, null, null, Set.of(),
                        sla(ACME, "SLA-NET", LocalDate.of(2026, 1, 1), 2, "NET"), null));
        List<String> trace = new ArrayList<>(AgreementSelector.select(rules, ticket("ACME", "WS", null, Channel.PORTAL,
                null)).trace());
        List<String> withoutService = AgreementSelector.select(
                List.of(defaultRule(sla(ACME, "SLA-ACME", LocalDate.of(2026, 1, 1), 2, "WS", "NET"))),
                ticket("ACME", null, null, null, null)).trace();
        trace.addAll(withoutService);
        assertEquals(List.of(
                "rule 'frame': matches, but SLA-FRAME is a framework agreement without a customer and governs no"
                        + " tickets itself",
                "rule 'beta': matches, but SLA-BETA is BETA's agreement, not ACME's",
                "rule 'next': matches, but SLA-NEXT (ACTIVE) does not apply on 2026-03-02",
                "rule 'network': matches, but SLA-NET does not cover service WS",
                "there is no default rule (a rule without conditions) to fall back on",
                "rule 'fallback': matches, but SLA-ACME does not cover a ticket without a service"), trace);
        return trace;
    }

    /** A rule that applies, with each reason a priority can be chosen for; the reasons on their own too. */
    private static List<String> rulesThatApply() {
        Agreement acme = sla(ACME, "SLA-ACME", LocalDate.of(2026, 1, 1), 2, "WS");
        Agreement lean = sla(ACME, "SLA-LEAN", LocalDate.of(2026, 1, 1), null, "WS");
        List<String> lines = new ArrayList<>();
        for (Decision decision : List.of(
                new Decision(rule(1, "urgent", true, "ACME", null, null, null, null, Set.of(), acme, 1), "question",
                        "rule 'urgent': yes, SLA-ACME version 1, service WS, priority 1 (set by the rule)"),
                new Decision(defaultRule(acme), "outage",
                        "rule 'fallback': yes, SLA-ACME version 1, service WS, priority 1 (request type outage)"),
                new Decision(defaultRule(acme), "question", "rule 'fallback': yes, SLA-ACME version 1, service WS,"
                        + " priority 2 (the agreement's default priority)"),
                new Decision(defaultRule(lean), "question", "rule 'fallback': yes, SLA-LEAN version 1, service WS,"
                        + " priority 3 (the least urgent priority)"))) {
            AgreementSelector.Result result = AgreementSelector.select(List.of(decision.rule()),
                    ticket("ACME", "WS", decision.requestType(), Channel.API, null));
            assertEquals(List.of(decision.line()), result.trace());
            lines.addAll(result.trace());
            lines.add(result.selection().orElseThrow().priorityReason());
        }
        return lines;
    }

    private record Decision(SelectionRule rule, String requestType, String line) {
    }

    @Test
    void aLineIsTranslatedWithItsReasonAndItsValuesKept() {
        assertEquals("правило 'beta': нет, клиент — ACME, а не BETA",
                refusals.in("rule 'beta': no, customer ACME is not BETA", RU));
        assertEquals("reguła 'next': pasuje, ale SLA-NEXT (ACTIVE) nie obowiązuje w dniu 2026-03-02",
                refusals.in("rule 'next': matches, but SLA-NEXT (ACTIVE) does not apply on 2026-03-02", PL));
        assertEquals("правило 'fallback': да, SLA-ACME версии 1, услуга WS, приоритет 1 (тип обращения outage)",
                refusals.in("rule 'fallback': yes, SLA-ACME version 1, service WS, priority 1 (request type outage)",
                        RU));
        assertEquals("reguła 'lean': pasuje, ale SLA-LEAN nie ma priorytetów",
                refusals.in("rule 'lean': matches, but SLA-LEAN has no priorities", PL));
    }

    @Test
    void aRunOfEnglishWordsIsNoticedButCodesAreNot() {
        String english = "rule 'vip': matches, but SLA-NEXT (ACTIVE) does not apply on 2026-03-02";
        assertTrue(EnglishRuns.left("правило 'vip': matches, but SLA-1", english));
        assertFalse(EnglishRuns.left("reguła 'vip': pasuje, ale SLA-NEXT (ACTIVE) nie obowiązuje w dniu 2026-03-02",
                english));
    }
}
