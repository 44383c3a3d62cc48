package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.model.ticket.TicketFixture.BERLIN;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.report.internal.MonthCloseServiceBean;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthCloseCalculator;
import org.servicelevel.domain.model.report.MonthCloseInput;
import org.servicelevel.domain.model.report.StoredTicket;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.domain.model.report.UsageFacts;

/**
 * A ticket registered in March at priority 3, still open at March's end, raised to priority 1 on 1 April
 * and resolved on 2 April. Accepted = registered in the month; docs/month-close.md: "The list
 * of open tickets shows each one as it stood at the month's end (what happened later is left out), so the
 * month's report reads the same whenever it is computed." Re-running March after 2 April (a correction,
 * the adjustment job, a what-if) must give the same report as the run on 1 April 00:00.
 */
class MonthFactsPriorityAtMonthEndTest {

    private static final ClosingMonth MARCH = new ClosingMonth(YearMonth.of(2026, 3), BERLIN);
    private static final CloseTerms CLOSE_TERMS = new CloseTerms(Currency.getInstance("EUR"), new BigDecimal("1000"),
            LocalDate.of(2026, 1, 1), 0, List.of(
                    new CloseTerms.Priority(1, "P1", false, Duration.ofHours(2), Duration.ofMinutes(15), BigDecimal.TEN),
                    new CloseTerms.Priority(2, "P2", false, Duration.ofHours(4), Duration.ofMinutes(30), BigDecimal.TEN),
                    new CloseTerms.Priority(3, "P3", false, Duration.ofHours(16), Duration.ofHours(2), BigDecimal.TEN)),
            List.of(), List.of(), List.of(), null, null, null, null, null);

    @SuppressWarnings("unchecked")
    private static TicketFacts marchFacts(Ticket ticket) throws Exception {
        MonthCloseServiceBean bean = new MonthCloseServiceBean();
        Field tickets = MonthCloseServiceBean.class.getDeclaredField("tickets");
        tickets.setAccessible(true);
        tickets.set(bean, Proxy.newProxyInstance(TicketRepository.class.getClassLoader(),
                new Class<?>[] {TicketRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.of(ticket);
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
        StoredTicket stored = new StoredTicket(1, ticket.number(), ticket.serviceCode(), ticket.priority(), "RESOLVED",
                ticket.registeredAt(), ticket.resolvedAt().orElse(null), null, ClockCalculator.RULES, null, null, 1);
        Method facts = MonthCloseServiceBean.class.getDeclaredMethod("facts", StoredTicket.class, Agreement.class,
                CloseTerms.class, ClosingMonth.class);
        facts.setAccessible(true);
        return ((Optional<TicketFacts>) facts.invoke(bean, stored, null, CLOSE_TERMS, MARCH)).orElseThrow();
    }

    @Test
    void aTicketOpenAtTheMonthsEndIsAcceptedAndListedInThePriorityItHadThen() throws Exception {
        StatusModel model = TicketFixture.defaultModel();
        Ticket ticket = TicketFixture.ticket();
        assertEquals(3, ticket.priority());
        ticket.transition(model, "IN_PROGRESS", at("2026-03-31T17:00"), "anna", false, null, false);
        ticket.changePriority(1, TERMS, at("2026-04-01T10:00"), "anna", "escalated by the customer");
        ticket.transition(model, "RESOLVED", at("2026-04-02T10:00"), "anna", false, null, false);

        TicketFacts facts = marchFacts(ticket);
        assertEquals(TicketFacts.Outcome.OPEN, facts.outcome());
        MonthClose march = MonthCloseCalculator.close(new MonthCloseInput(MARCH, CLOSE_TERMS, List.of(facts),
                List.of(), null, UsageFacts.NONE));
        assertEquals(1, march.report().priority(3).accepted(), "accepted in March at priority 3, as on 1 April");
        assertEquals(1, march.report().priority(3).openAtMonthEnd().size(), "listed as open at priority 3");
        assertEquals(0, march.report().priority(1).accepted());
    }
}
