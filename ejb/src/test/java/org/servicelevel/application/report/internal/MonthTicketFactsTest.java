package org.servicelevel.application.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.StoredTicket;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;

/** How the month's close reads a stored ticket into the month: outcome, ended instant, settled times. */
class MonthTicketFactsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ClosingMonth NOVEMBER = new ClosingMonth(YearMonth.of(2026, 11), MOSCOW);
    private static final CloseTerms TERMS = new CloseTerms(Currency.getInstance("RUB"), new BigDecimal("1000"),
            LocalDate.of(2026, 1, 1), 0, List.of(new CloseTerms.Priority(1, "Critical", false, Duration.ofHours(4),
            Duration.ofMinutes(30), BigDecimal.TEN), CloseTerms.Priority.byAgreement(4, "By agreement")),
            List.of(), List.of(), List.of(), null, null, null, null, null);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MOSCOW).toInstant();
    }

    private static StoredTicket.StoredClock stopped(long target, long elapsed, Instant computed) {
        return new StoredTicket.StoredClock(elapsed > target ? "BREACHED" : "MET", target, elapsed, computed);
    }

    @SuppressWarnings("unchecked")
    private static Optional<TicketFacts> facts(StoredTicket ticket) throws Exception {
        Method facts = MonthCloseServiceBean.class.getDeclaredMethod("facts", StoredTicket.class, Agreement.class,
                CloseTerms.class, ClosingMonth.class);
        facts.setAccessible(true);
        return (Optional<TicketFacts>) facts.invoke(new MonthCloseServiceBean(), ticket, null, TERMS, NOVEMBER);
    }

    private static StoredTicket resolvedAt(String resolved, long elapsed) {
        Instant r = at(resolved);
        return new StoredTicket(1, "T-1", "WS", 1, "RESOLVED", at("2026-11-02T09:00"), r, null,
                ClockCalculator.RULES, stopped(4 * 3600, elapsed, r), stopped(1800, 600, r), 0);
    }

    @Test
    void aTicketResolvedInTheMonthIsMeasuredThereWithItsSettledTime() throws Exception {
        TicketFacts f = facts(resolvedAt("2026-11-30T23:59:59", 4 * 3600)).orElseThrow();
        assertEquals(Outcome.RESOLVED, f.outcome());
        assertEquals(Duration.ofHours(4), f.resolutionTime());
        assertNull(f.resolutionTarget(), "the clock's target is the terms' target");
        assertEquals(Duration.ofMinutes(10), f.responseTime());
    }

    @Test
    void aTicketResolvedAtTheNextMonthsFirstInstantIsOpenAtTheMonthsEnd() throws Exception {
        TicketFacts f = facts(resolvedAt("2026-12-01T00:00", 4 * 3600)).orElseThrow();
        assertEquals(Outcome.OPEN, f.outcome());
        assertNull(f.endedAt());
        assertNull(f.resolutionTime());
    }

    @Test
    void aTicketResolvedBeforeTheMonthIsLeftOut() throws Exception {
        StoredTicket t = new StoredTicket(1, "T-1", "WS", 1, "RESOLVED", at("2026-10-02T09:00"),
                at("2026-10-31T23:59:59"), null, ClockCalculator.RULES, stopped(4 * 3600, 3600, at("2026-10-31T23:59:59")),
                null, 0);
        assertTrue(facts(t).isEmpty());
    }

    @Test
    void aCancelledTicketIsListedInTheMonthItWasCancelledIn() throws Exception {
        StoredTicket t = new StoredTicket(1, "T-1", "WS", 1, "CANCELLED", at("2026-11-02T09:00"), null,
                at("2026-11-02T10:00"), ClockCalculator.RULES, null, null, 0);
        TicketFacts f = facts(t).orElseThrow();
        assertEquals(Outcome.CANCELLED, f.outcome());
        assertEquals(at("2026-11-02T10:00"), f.endedAt());
    }

    @Test
    void aClockTargetOtherThanTheTermsIsCarried() throws Exception {
        Instant r = at("2026-11-03T12:00");
        StoredTicket t = new StoredTicket(1, "T-1", "WS", 1, "CLOSED", at("2026-11-02T09:00"), r,
                at("2026-11-04T12:00"), ClockCalculator.RULES, stopped(5 * 3600, 4 * 3600 + 1, r), null, 0);
        TicketFacts f = facts(t).orElseThrow();
        assertEquals(Outcome.RESOLVED, f.outcome(), "resolved, then closed: resolved");
        assertEquals(Duration.ofHours(5), f.resolutionTarget());
    }
}
