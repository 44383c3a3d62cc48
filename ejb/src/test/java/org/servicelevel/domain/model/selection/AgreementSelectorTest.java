package org.servicelevel.domain.model.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.customer.Organisation;

class AgreementSelectorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Organisation ACME = new Organisation("ACME", "ACME", NOW);
    private static final Organisation BETA = new Organisation("BETA", "Beta", NOW);

    private static Agreement sla(String number, LocalDate from, String... services) {
        return sla(ACME, number, from, services);
    }

    private static Agreement sla(Organisation customer, String number, LocalDate from, String... services) {
        List<ServiceTerms> covered = java.util.Arrays.stream(services)
                .map(s -> new ServiceTerms(s, s, null, 1L, null, null, null, List.of())).toList();
        List<PriorityTerms> priorities = List.of(
                new PriorityTerms(1, "Critical", Duration.ofMinutes(15), Duration.ofHours(2), BigDecimal.TEN, false,
                        List.of("outage")),
                new PriorityTerms(2, "High", null, Duration.ofHours(4), BigDecimal.TEN, false, List.of()),
                new PriorityTerms(3, "Normal", null, Duration.ofHours(16), BigDecimal.TEN, false, List.of()));
        AgreementTerms terms = new AgreementTerms("EUR", null, null, covered, priorities, 2, null, null, null, null, null,
                null, 0, null, null, null);
        Agreement a = new Agreement(number, AgreementType.SLA, new Agreement.Header(number, customer, null, null, null,
                "Europe/Berlin", from, null, null, "max"), terms, NOW, "max");
        a.activate(NOW);
        return a;
    }

    private static SelectionRule rule(int position, String name, String customer, String service, String requestType,
                                      Channel channel, Set<String> tags, Agreement agreement, Integer priority) {
        SelectionRule r = new SelectionRule(new SelectionRule.Definition(position, name, true, customer, service,
                requestType, channel, null, tags, agreement, priority), NOW);
        return r;
    }

    private static TicketFacts ticket(String customer, String service, String type, Channel channel, Set<String> tags) {
        return new TicketFacts(customer, service, type, tags, channel, null, NOW);
    }

    @Test
    void theFirstMatchingRuleWinsAndTheDefaultComesLast() {
        Agreement standard = sla(BETA, "SLA-STD", LocalDate.of(2026, 1, 1), "WS", "NET");
        Agreement acme = sla("SLA-ACME", LocalDate.of(2026, 1, 1), "WS", "NET");
        List<SelectionRule> rules = List.of(
                rule(0, "default", null, null, null, null, Set.of(), standard, null),
                rule(20, "ACME network via monitoring", "ACME", "NET", null, Channel.MONITORING, Set.of(), acme, 1),
                rule(30, "ACME", "acme", null, null, null, Set.of(), acme, null));

        AgreementSelector.Result monitoring = AgreementSelector.select(rules, ticket("ACME", "NET", null,
                Channel.MONITORING, Set.of()));
        Selection s = monitoring.selection().orElseThrow();
        assertEquals("SLA-ACME", s.agreement().number());
        assertEquals(1, s.priority().number());
        assertEquals("set by the rule", s.priorityReason());

        Selection byType = AgreementSelector.select(rules, ticket("ACME", "WS", "Outage", Channel.EMAIL, Set.of()))
                .selection().orElseThrow();
        assertEquals("ACME", byType.rule().name());
        assertEquals(1, byType.priority().number(), "an outage is priority 1");

        AgreementSelector.Result other = AgreementSelector.select(rules, ticket("BETA", "WS", "question", Channel.PORTAL,
                Set.of()));
        assertEquals("SLA-STD", other.selection().orElseThrow().agreement().number());
        assertEquals(2, other.selection().orElseThrow().priority().number(), "the default priority");
        assertEquals(List.of("rule 'ACME network via monitoring': no, customer BETA is not ACME",
                        "rule 'ACME': no, customer BETA is not ACME",
                        "rule 'default': yes, SLA-STD version 1, service WS, priority 2 (the agreement's default priority)"),
                other.trace());
    }

    @Test
    void allOfARulesTagsMustBeOnTheTicket() {
        Agreement vip = sla("SLA-VIP", LocalDate.of(2026, 1, 1), "WS");
        List<SelectionRule> rules = List.of(rule(1, "vip", null, null, null, null, Set.of("VIP", "board"), vip, 1));
        assertFalse(AgreementSelector.select(rules, ticket("ACME", "WS", null, Channel.PHONE, Set.of("vip")))
                .selection().isPresent());
        assertTrue(AgreementSelector.select(rules, ticket("ACME", "WS", null, Channel.PHONE, Set.of("Board", "vip",
                "x"))).selection().isPresent());
    }

    @Test
    void aRuleWhoseAgreementDoesNotApplyPassesTheTicketOn() {
        Agreement future = sla("SLA-NEXT", LocalDate.of(2026, 6, 1), "WS");
        Agreement current = sla("SLA-NOW", LocalDate.of(2026, 1, 1), "NET");
        Agreement fallback = sla("SLA-STD", LocalDate.of(2026, 1, 1), "WS", "NET");
        List<SelectionRule> rules = List.of(
                rule(1, "next year's", "ACME", null, null, null, Set.of(), future, null),
                rule(2, "network only", "ACME", null, null, null, Set.of(), current, null),
                rule(3, "default", null, null, null, null, Set.of(), fallback, null));
        AgreementSelector.Result result = AgreementSelector.select(rules, ticket("ACME", "WS", null, Channel.API, Set.of()));
        assertEquals("SLA-STD", result.selection().orElseThrow().agreement().number());
        assertTrue(result.trace().get(0).contains("SLA-NEXT (ACTIVE) does not apply on 2026-03-02"), result.trace().get(0));
        assertTrue(result.trace().get(1).contains("does not cover service WS"), result.trace().get(1));

        AgreementSelector.Result none = AgreementSelector.select(rules.subList(0, 2), ticket("ACME", "WS", null,
                Channel.API, Set.of()));
        assertTrue(none.selection().isEmpty());
        assertTrue(none.trace().get(none.trace().size() - 1).contains("no default rule"), none.trace().toString());
    }

    @Test
    void anotherCustomersAgreementIsNeverChosen() {
        Agreement acme = sla("SLA-ACME", LocalDate.of(2026, 1, 1), "WS");
        List<SelectionRule> rules = List.of(rule(1, "default", null, null, null, null, Set.of(), acme, null));
        AgreementSelector.Result other = AgreementSelector.select(rules, ticket("BETA", "WS", null, Channel.PHONE,
                Set.of()));
        assertTrue(other.selection().isEmpty());
        assertEquals("rule 'default': matches, but SLA-ACME is ACME's agreement, not BETA's", other.trace().get(0));
        assertTrue(AgreementSelector.select(rules, ticket("acme", "WS", null, Channel.PHONE, Set.of()))
                .selection().isPresent());
    }

    @Test
    void aRuleSelectsAnSlaAndOneOfItsPriorities() {
        Agreement acme = sla("SLA-ACME", LocalDate.of(2026, 1, 1), "WS");
        assertThrows(InvalidInputException.class,
                () -> rule(1, "bad", null, null, null, null, Set.of(), acme, 9));
        assertTrue(rule(1, "catch-all", null, null, null, null, Set.of(), acme, null).isDefault());
        assertFalse(rule(1, "phone", null, null, null, Channel.PHONE, Set.of(), acme, null).isDefault());
    }

    @Test
    void aTicketThatLacksWhatARuleAsksForIsToldSo() {
        Agreement acme = sla("SLA-ACME", LocalDate.of(2026, 1, 1), "WS", "NET");
        List<SelectionRule> rules = List.of(
                rule(1, "acme", "ACME", null, null, null, Set.of(), acme, null),
                rule(2, "net", null, "NET", null, null, Set.of(), acme, null),
                rule(3, "outages", null, null, "outage", null, Set.of(), acme, null),
                rule(4, "phone", null, null, null, Channel.PHONE, Set.of(), acme, null),
                rule(5, "default", null, null, null, null, Set.of(), acme, null));
        assertEquals(List.of("rule 'acme': no, the ticket has no customer (the rule asks for ACME)",
                        "rule 'net': no, the ticket has no service (the rule asks for NET)",
                        "rule 'outages': no, the ticket has no request type (the rule asks for outage)",
                        "rule 'phone': no, the ticket has no channel (the rule asks for PHONE)",
                        "rule 'default': matches, but SLA-ACME is ACME's agreement and the ticket has no customer"),
                AgreementSelector.select(rules, ticket(null, null, null, null, Set.of())).trace());
        assertEquals("rule 'default': matches, but SLA-ACME does not cover a ticket without a service",
                AgreementSelector.select(rules.subList(4, 5), ticket("ACME", null, null, null, Set.of())).trace().get(0));
    }

    @Test
    void aFrameworkAgreementWithoutCustomerGovernsNoTicketItself() {
        Agreement framework = sla(null, "SLA-FRAME", LocalDate.of(2026, 1, 1), "WS");
        AgreementSelector.Result result = AgreementSelector.select(List.of(
                rule(0, "everything", null, null, null, null, Set.of(), framework, null)),
                ticket("ACME", "WS", null, Channel.PORTAL, Set.of()));
        assertTrue(result.selection().isEmpty());
        assertTrue(result.trace().get(0).contains("framework agreement"), result.trace().toString());
    }
}
