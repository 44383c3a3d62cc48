package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.DECEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.assertDecimal;
import static org.servicelevel.domain.model.report.CloseFixture.at;
import static org.servicelevel.domain.model.report.CloseFixture.close;
import static org.servicelevel.domain.model.report.CloseFixture.ended;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.input;
import static org.servicelevel.domain.model.report.CloseFixture.lowered;
import static org.servicelevel.domain.model.report.CloseFixture.open;
import static org.servicelevel.domain.model.report.CloseFixture.resolved;
import static org.servicelevel.domain.model.report.CloseFixture.resolvedTickets;
import static org.servicelevel.domain.model.report.CloseFixture.terms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.CloseTerms.ServiceTarget;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;
import org.servicelevel.domain.model.report.TicketLine.Verdict;

/** The report per priority: what is accepted, measured, late, and how averages and shares are checked. */
class PriorityFiguresTest {

    private static PriorityFigures priority(int number, TicketFacts... tickets) {
        return close(terms().build(), tickets).report().priority(number);
    }

    @Test
    void aTicketExactlyAtItsTargetIsOnTime() {
        PriorityFigures p1 = priority(1, resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T13:00", hms(4, 0, 0)));
        TicketLine line = p1.ended().get(0);
        assertEquals(Verdict.ON_TIME, line.verdict());
        assertEquals(Duration.ZERO, line.overTarget());
        assertEquals(0, p1.overdue());
        assertEquals(Check.MET, p1.averageCheck(), "an average equal to the target is met");
    }

    @Test
    void oneSecondOverTheTargetIsLate() {
        PriorityFigures p1 = priority(1, resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T13:00:01", hms(4, 0, 1)));
        TicketLine line = p1.ended().get(0);
        assertEquals(Verdict.LATE, line.verdict());
        assertEquals(Duration.ofSeconds(1), line.overTarget());
        assertEquals(1, line.startedHoursLate(), "one second late is one started hour");
        assertEquals(1, p1.overdue());
        assertEquals(Check.NOT_MET, p1.averageCheck());
        assertEquals("T-1 (WS): 4:00:01 against 4:00:00, late by 0:00:01", line.describe());
    }

    @Test
    void anOverdueShareExactlyAtTheLimitIsMet() {
        List<TicketFacts> tickets = new ArrayList<>(resolvedTickets(1, 9, 1, hms(1, 0, 0)));
        tickets.add(resolved("T-LATE", 1, "2026-11-02T09:00", "2026-11-03T12:00", hms(5, 0, 0)));
        PriorityFigures p1 = close(terms().build(), tickets).report().priority(1);
        assertEquals(1, p1.overdue());
        assertEquals(10, p1.resolved());
        assertEquals(Fraction.of(1, 10), p1.overdueShare());
        assertDecimal("10.00", p1.overdueSharePercent());
        assertEquals(Check.MET, p1.shareCheck(), "1 of 10 is exactly the 10 % limit");
    }

    @Test
    void aShareIsComparedExactlyNotAsTheRoundedPercentShown() {
        CloseTerms limitOfAThird = terms().build();
        limitOfAThird = new CloseTerms(limitOfAThird.currency(), limitOfAThird.monthlyFee(),
                limitOfAThird.serviceStart(), 0, List.of(new CloseTerms.Priority(1, "Critical", false,
                Duration.ofHours(4), null, CloseFixture.n("33.33"))), List.of(), List.of(), List.of(), null, null, null,
                null, null);
        List<TicketFacts> tickets = new ArrayList<>(resolvedTickets(1, 2, 1, hms(1, 0, 0)));
        tickets.add(resolved("T-LATE", 1, "2026-11-02T09:00", "2026-11-03T12:00", hms(5, 0, 0)));
        PriorityFigures p1 = close(limitOfAThird, tickets).report().priority(1);
        assertDecimal("33.33", p1.overdueSharePercent());
        assertEquals(Check.NOT_MET, p1.shareCheck(), "1/3 is more than 33.33 % although it shows as 33.33 %");
    }

    @Test
    void anAverageIsComparedExactlyNotAsTheRoundedTimeShown() {
        PriorityFigures below = priority(1,
                resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T13:00", hms(4, 0, 0)),
                resolved("T-2", 1, "2026-11-02T09:00", "2026-11-02T12:59:59", hms(3, 59, 59)));
        assertEquals(hms(4, 0, 0), below.average(), "3:59:59.5 shows rounded half-up");
        assertEquals(new Fraction(CloseFixture.n("28799"), CloseFixture.n("2")), below.averageSeconds());
        assertEquals(Check.MET, below.averageCheck());
        PriorityFigures above = priority(1,
                resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T13:00", hms(4, 0, 0)),
                resolved("T-2", 1, "2026-11-02T09:00", "2026-11-02T13:00:01", hms(4, 0, 1)));
        assertEquals(hms(4, 0, 1), above.average());
        assertEquals(Check.NOT_MET, above.averageCheck(), "4:00:00.5 is over the 4 h target");
    }

    @Test
    void acceptedAreTheTicketsRegisteredInTheMonthInTheAgreementsZone() {
        PriorityFigures p2 = priority(2,
                resolved("T-OCT", 2, "2026-10-31T23:59:59", "2026-11-02T10:00", hms(1, 0, 0)),
                resolved("T-NOV", 2, "2026-11-01T00:00", "2026-11-02T10:00", hms(1, 0, 0)),
                ended("T-CANCELLED", 2, Outcome.CANCELLED, "2026-11-30T23:59:59", "2026-12-01T08:00"),
                open("T-DEC", 2, "2026-12-01T00:00"));
        assertEquals(2, p2.accepted(), "T-NOV and the cancelled T-CANCELLED, registered in November in Moscow");
        assertEquals(2, p2.resolved(), "T-OCT and T-NOV were resolved in November");
    }

    @Test
    void aTicketAcrossTheMonthsEndIsAcceptedInOneMonthAndMeasuredInTheNext() {
        TicketFacts across = resolved("T-1", 3, "2026-11-30T17:00", "2026-12-01T12:00", hms(4, 0, 0));
        MonthClose november = MonthCloseCalculator.close(input(NOVEMBER, terms().build(), List.of(across)));
        PriorityFigures p3 = november.report().priority(3);
        assertEquals(1, p3.accepted());
        assertEquals(0, p3.resolved());
        assertEquals(List.of(), p3.ended());
        TicketLine open = p3.openAtMonthEnd().get(0);
        assertEquals(Verdict.OPEN, open.verdict());
        assertNull(open.endedAt(), "the open list shows the ticket as it stood at the month's end");
        assertNull(open.resolutionTime());
        PriorityFigures december = MonthCloseCalculator.close(input(DECEMBER, terms().build(), List.of(across)))
                .report().priority(3);
        assertEquals(0, december.accepted());
        assertEquals(1, december.resolved());
        assertEquals(Verdict.ON_TIME, december.ended().get(0).verdict());
        assertEquals(List.of(), december.openAtMonthEnd());
    }

    @Test
    void aTicketStillOpenIsListedAsOpenAndMeasuredInNoMetric() {
        PriorityFigures p1 = priority(1, open("T-1", 1, "2026-10-20T10:00"), open("T-2", 1, "2026-11-10T10:00"));
        assertEquals(1, p1.accepted());
        assertEquals(List.of("T-1", "T-2"), p1.openAtMonthEnd().stream().map(TicketLine::number).toList());
        assertEquals(0, p1.resolved());
    }

    @Test
    void closedWithoutResolutionAndCancelledAreListedAndMeasuredInNoMetric() {
        PriorityFigures p1 = priority(1,
                ended("T-1", 1, Outcome.CLOSED, "2026-11-02T09:00", "2026-11-10T09:00"),
                ended("T-2", 1, Outcome.CANCELLED, "2026-11-02T09:00", "2026-11-09T09:00"),
                resolved("T-3", 1, "2026-11-02T09:00", "2026-11-02T12:00", hms(3, 0, 0)));
        assertEquals(List.of("T-3", "T-2", "T-1"), p1.ended().stream().map(TicketLine::number).toList(),
                "listed in order of their end");
        assertEquals(List.of(Verdict.ON_TIME, Verdict.CANCELLED, Verdict.CLOSED_UNRESOLVED),
                p1.ended().stream().map(TicketLine::verdict).toList());
        assertEquals(3, p1.accepted());
        assertEquals(1, p1.resolved());
        assertEquals(hms(3, 0, 0), p1.average());
    }

    @Test
    void aPriorityWithoutResolvedTicketsHasItsMetricsMetShownAsADash() {
        PriorityFigures p2 = priority(2, open("T-1", 2, "2026-11-02T09:00"));
        assertEquals(Check.NOTHING_TO_MEASURE, p2.averageCheck());
        assertEquals(Check.NOTHING_TO_MEASURE, p2.shareCheck());
        assertTrue(p2.averageCheck().met() && p2.shareCheck().met());
        assertEquals("—", p2.averageText());
        assertEquals("—", p2.overdueShareText());
        assertNull(p2.averageSeconds());
        assertEquals("No ticket of priority 2 was resolved in the month: met (—)", p2.explainAverage());
    }

    @Test
    void aPriorityByAgreementCountsAsAcceptedAndIsInNoMetric() {
        PriorityFigures p4 = priority(4,
                resolved("T-1", 4, "2026-11-02T09:00", "2026-11-20T09:00", hms(120, 0, 0)),
                open("T-2", 4, "2026-11-03T09:00"));
        assertTrue(p4.byAgreement());
        assertEquals(2, p4.accepted());
        assertEquals(0, p4.resolved());
        assertEquals(Verdict.BY_AGREEMENT, p4.ended().get(0).verdict());
        assertNull(p4.ended().get(0).target());
        assertEquals(Check.NO_TARGET, p4.averageCheck());
        assertEquals(Check.NO_TARGET, p4.shareCheck());
    }

    @Test
    void metricsArePooledAcrossServicesEachTicketAgainstItsOwnTarget() {
        CloseFixture.Terms terms = terms();
        terms.serviceTargets.add(new ServiceTarget("NET", 1, null, Duration.ofHours(2)));
        MonthClose close = close(terms.build(),
                resolved("T-1", "WS", 1, "2026-11-02T09:00", "2026-11-02T12:00", hms(3, 0, 0)),
                resolved("T-2", "NET", 1, "2026-11-02T09:00", "2026-11-02T12:00", hms(2, 30, 0)));
        PriorityFigures p1 = close.report().priority(1);
        assertEquals(2, p1.resolved());
        assertEquals(Verdict.ON_TIME, p1.ended().get(0).verdict(), "WS against the priority's 4 h");
        assertEquals(Verdict.LATE, p1.ended().get(1).verdict(), "NET against its own 2 h");
        assertEquals(Fraction.of(1, 2), p1.overdueShare());
        assertEquals(Fraction.of(3 * 3600 + 9000, 2), p1.averageSeconds());
        assertEquals(Fraction.of(6 * 3600, 2), p1.averageTargetSeconds(), "the average of 4 h and 2 h");
        assertEquals(Check.MET, p1.averageCheck(), "2:45:00 on average within an average target of 3:00:00");
    }

    @Test
    void aTicketCountsInThePriorityItHasWhenResolvedAndALoweringAfterABreachIsFlagged() {
        PriorityLowering lowering = new PriorityLowering("anna", at("2026-11-02T14:00"), "customer agreed", 1, 3);
        MonthClose close = close(terms().build(), lowered(
                resolved("T-1", 3, "2026-11-02T09:00", "2026-11-02T16:00", hms(7, 0, 0)), lowering));
        assertEquals(0, close.report().priority(1).resolved());
        PriorityFigures p3 = close.report().priority(3);
        assertEquals(Verdict.ON_TIME, p3.ended().get(0).verdict(), "7 h within priority 3's 16 h");
        assertEquals(List.of(lowering), p3.ended().get(0).loweredAfterBreach());
        assertEquals(List.of(new PriorityFlag("T-1", 3, lowering)), close.report().flags());
        assertEquals("T-1, counted in priority 3: priority 1 → 3 by anna at 2026-11-02T11:00:00Z: customer agreed",
                close.report().flags().get(0).describe());
    }

    @Test
    void anOpenTicketsLineLeavesOutWhatHappenedAfterTheMonth() {
        PriorityLowering inNovember = new PriorityLowering("anna", at("2026-11-20T10:00"), "agreed", 1, 2);
        PriorityLowering inDecember = new PriorityLowering("ben", at("2026-12-02T10:00"), "agreed again", 2, 3);
        TicketFacts ticket = lowered(resolved("T-1", 3, "2026-11-19T09:00", "2026-12-03T09:00", hms(40, 0, 0)),
                inNovember, inDecember);
        MonthClose november = close(terms().build(), ticket);
        assertEquals(List.of(inNovember), november.report().priority(3).openAtMonthEnd().get(0).loweredAfterBreach());
        assertEquals(List.of(new PriorityFlag("T-1", 3, inNovember)), november.report().flags());
    }

    @Test
    void firstResponseFiguresStandBesideTheResolutionOnes() {
        TicketFacts quick = new TicketFacts("T-1", "WS", 1, Outcome.RESOLVED, at("2026-11-02T09:00"),
                at("2026-11-02T10:00"), hms(1, 0, 0), Duration.ofMinutes(30), "e1", List.of());
        TicketFacts slow = new TicketFacts("T-2", "WS", 1, Outcome.RESOLVED, at("2026-11-02T09:00"),
                at("2026-11-02T10:00"), hms(1, 0, 0), hms(0, 30, 1), "e2", List.of());
        TicketFacts none = new TicketFacts("T-3", "WS", 1, Outcome.RESOLVED, at("2026-11-02T09:00"),
                at("2026-11-02T10:00"), hms(1, 0, 0), null, "e3", List.of());
        PriorityFigures.ResponseFigures response = priority(1, quick, slow, none).response();
        assertEquals(Duration.ofMinutes(30), response.target());
        assertEquals(2, response.measured(), "the ticket without a response time has no response figure");
        assertEquals(hms(0, 30, 1), response.average(), "1800.5 s shows rounded half-up");
        assertEquals(1, response.late(), "exactly at the 30 minutes is on time, one second over is late");
        assertEquals(Fraction.of(1, 2), response.lateShare());
        assertDecimal("50.00", response.lateSharePercent());
    }

    @Test
    void ticketsOutsideTheMonthAreLeftOut() {
        PriorityFigures p1 = priority(1,
                resolved("T-BEFORE", 1, "2026-10-01T09:00", "2026-10-31T23:59:59", hms(1, 0, 0)),
                open("T-AFTER", 1, "2026-12-01T00:00"));
        assertEquals(0, p1.accepted());
        assertEquals(List.of(), p1.ended());
        assertEquals(List.of(), p1.openAtMonthEnd());
    }

    @Test
    void inconsistentTicketsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TicketFacts("T-1", "WS", 1, Outcome.OPEN,
                at("2026-11-02T09:00"), at("2026-11-02T10:00"), null, null, "e", List.of()), "open with an end");
        assertThrows(IllegalArgumentException.class, () -> new TicketFacts("T-1", "WS", 1, Outcome.RESOLVED,
                at("2026-11-02T09:00"), at("2026-11-02T10:00"), null, null, "e", List.of()), "resolved without a time");
        assertThrows(IllegalArgumentException.class, () -> new TicketFacts("T-1", "WS", 1, Outcome.RESOLVED,
                at("2026-11-02T09:00"), at("2026-11-02T08:00"), hms(1, 0, 0), null, "e", List.of()), "ends first");
        assertThrows(IllegalArgumentException.class, () -> new TicketFacts("T-1", "WS", 1, Outcome.RESOLVED,
                at("2026-11-02T09:00"), at("2026-11-02T10:00"), Duration.ofMillis(1500), null, "e", List.of()),
                "not to the second");
        assertThrows(IllegalArgumentException.class, () -> input(NOVEMBER, terms().build(),
                List.of(open("T-1", 9, "2026-11-02T09:00"))), "a priority the terms do not have");
        assertThrows(IllegalArgumentException.class, () -> input(NOVEMBER, terms().build(),
                List.of(open("T-1", 1, "2026-11-02T09:00"), open("T-1", 2, "2026-11-02T09:00"))), "twice");
        assertFalse(open("T-1", 1, "2026-11-02T09:00").loweredAfterBreach().iterator().hasNext());
    }
}
