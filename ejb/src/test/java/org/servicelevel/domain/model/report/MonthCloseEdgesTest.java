package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.OFFICE;
import static org.servicelevel.domain.model.report.CloseFixture.assertDecimal;
import static org.servicelevel.domain.model.report.CloseFixture.at;
import static org.servicelevel.domain.model.report.CloseFixture.ended;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.CloseFixture.open;
import static org.servicelevel.domain.model.report.CloseFixture.resolved;
import static org.servicelevel.domain.model.report.CloseFixture.terms;
import static org.servicelevel.domain.model.report.CloseFixture.ws;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.InvoiceLine.Status;
import org.servicelevel.domain.model.report.ResolutionTime.Pause;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;

/** The month's close at the edges of its rules, each test stating the rule it holds to. */
class MonthCloseEdgesTest {

    private static MonthClose close(CloseTerms terms, List<TicketFacts> tickets, SurveyResult survey, UsageFacts usage) {
        return MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms, tickets, List.of(ws()), survey, usage));
    }

    private static MonthClose close(CloseTerms terms, TicketFacts... tickets) {
        return close(terms, List.of(tickets), null, UsageFacts.NONE);
    }

    private static InvoiceLine only(Invoice invoice, Kind kind) {
        List<InvoiceLine> lines = invoice.lines(kind);
        assertEquals(1, lines.size(), kind + " lines: " + lines);
        return lines.get(0);
    }

    private static TicketFacts p1(String number, Duration time) {
        return resolved(number, 1, "2026-11-02T09:00", "2026-11-03T12:00", time);
    }

    // ---- late: strictly greater; average ≤ target; share ≤ limit --------------------------------------

    @Test
    void exactlyAtTargetIsOnTimeOneSecondOverIsLate() {
        PriorityFigures at = close(terms().build(), p1("T-1", hms(4, 0, 0))).report().priority(1);
        assertEquals(0, at.overdue());
        assertEquals(TicketLine.Verdict.ON_TIME, at.ended().get(0).verdict());
        assertEquals(Check.MET, at.averageCheck());
        PriorityFigures over = close(terms().build(), p1("T-1", hms(4, 0, 1))).report().priority(1);
        assertEquals(1, over.overdue());
        assertEquals(Check.NOT_MET, over.averageCheck());
        assertEquals(Check.NOT_MET, over.shareCheck());
    }

    @Test
    void overdueShareExactlyAtTheLimitIsMetAndAboveIsNot() {
        // priority 2: 20 % limit; 1 late of 5 = 20 % met, 1 of 4 = 25 % not
        List<TicketFacts> five = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            five.add(resolved("T-" + i, 2, "2026-11-02T09:00", "2026-11-03T12:00", hms(1, 0, 0)));
        }
        five.add(resolved("T-9", 2, "2026-11-02T09:00", "2026-11-03T12:00", hms(8, 0, 1)));
        assertEquals(Check.MET, close(terms().build(), five, null, UsageFacts.NONE).report().priority(2).shareCheck());
        assertEquals(Check.NOT_MET, close(terms().build(), five.subList(1, 5), null, UsageFacts.NONE).report()
                .priority(2).shareCheck());
    }

    @Test
    void averageExactlyAtTargetIsMetAndAFractionOfASecondOverIsNot() {
        // 3 tickets of 3:00:00, 5:00:00 and 4:00:00: average exactly 4:00:00, met (one is late)
        PriorityFigures exact = close(terms().build(), p1("T-1", hms(3, 0, 0)), p1("T-2", hms(5, 0, 0)),
                p1("T-3", hms(4, 0, 0))).report().priority(1);
        assertEquals(Check.MET, exact.averageCheck());
        // one second more over three tickets: 4:00:00.33 shown as 4:00:00, not met
        PriorityFigures over = close(terms().build(), p1("T-1", hms(3, 0, 0)), p1("T-2", hms(5, 0, 1)),
                p1("T-3", hms(4, 0, 0))).report().priority(1);
        assertEquals("4:00:00", over.averageText());
        assertEquals(Check.NOT_MET, over.averageCheck());
    }

    @Test
    void shareComparedExactlyNotRounded() {
        CloseFixture.Terms t = terms();
        t.priorities = List.of(new CloseTerms.Priority(1, "Critical", false, Duration.ofHours(4), null, n("33.33")));
        PriorityFigures p = close(t.build(), p1("T-1", hms(4, 0, 1)), p1("T-2", hms(1, 0, 0)), p1("T-3", hms(1, 0, 0)))
                .report().priority(1);
        assertEquals("33.33 %", p.overdueShareText());
        assertEquals(Check.NOT_MET, p.shareCheck());
    }

    // ---- priorities without tickets, by agreement, accepted -------------------------------------------

    @Test
    void aPriorityWithoutResolvedTicketsIsMetAndShownAsADash() {
        CloseTerms t = terms().metric(Metric.resolutionTime(3, n("0.5"))).metric(Metric.overdueShare(3, n("0.5")))
                .build();
        MonthClose close = close(t, open("T-1", 3, "2026-11-02T09:00"),
                ended("T-2", 3, Outcome.CANCELLED, "2026-11-02T09:00", "2026-11-02T10:00"));
        PriorityFigures p = close.report().priority(3);
        assertEquals(2, p.accepted());
        assertEquals(0, p.resolved());
        assertEquals("—", p.averageText());
        assertEquals("—", p.overdueShareText());
        assertTrue(p.averageCheck().met());
        assertTrue(p.shareCheck().met());
        assertDecimal("1", close.quality().score());
        close.quality().metrics().forEach(m -> assertEquals("—", m.value()));
    }

    @Test
    void aPriorityByAgreementCountsAsAcceptedAndTowardsTheVolumeInNoMetricAndNoLatePenalty() {
        CloseFixture.Terms t = terms().price(ExtraServiceKind.TICKET_OVER_VOLUME, "100");
        t.volume = 1L;
        t.latePenalty = new LatePenalty(List.of(new LateRate(1, n("10"), null), new LateRate(4, n("10"), n("5"))),
                null);
        MonthClose close = close(t.build(), resolved("T-1", 4, "2026-11-02T09:00", "2026-11-20T12:00",
                hms(100, 0, 0)), resolved("T-2", 4, "2026-11-03T09:00", "2026-11-20T12:00", hms(100, 0, 0)));
        PriorityFigures p = close.report().priority(4);
        assertEquals(2, p.accepted());
        assertEquals(0, p.resolved());
        assertEquals(0, p.overdue());
        assertTrue(p.byAgreement());
        assertEquals(n("1"), only(close.invoice(), Kind.TICKETS_OVER_VOLUME).quantity());
        assertEquals(Status.BILLED, only(close.invoice(), Kind.LATE_TICKETS).status());
        assertDecimal("0", only(close.invoice(), Kind.LATE_TICKETS).amount());
    }

    @Test
    void acceptedIsRegisteredInTheMonthInTheAgreementsZone() {
        // Moscow midnight of 1 November is 31 October 21:00 UTC: accepted in November; 30 November 23:59:59 too;
        // 1 December 00:00 is not; 31 October 23:59:59 is not
        MonthClose close = close(terms().build(), open("T-1", 1, "2026-11-01T00:00"),
                open("T-2", 1, "2026-11-30T23:59:59"), open("T-3", 1, "2026-10-31T23:59:59"));
        assertEquals(2, close.report().priority(1).accepted());
        assertEquals(3, close.report().priority(1).openAtMonthEnd().size());
    }

    @Test
    void averageAndShareUseTicketsResolvedInTheMonthNotThoseRegistered() {
        // registered in October, resolved in November: measured in November, not accepted there;
        // registered in November, resolved on 1 December 00:00 (Moscow): accepted, open, not measured
        MonthClose close = close(terms().build(),
                resolved("T-1", 1, "2026-10-30T17:00", "2026-11-02T12:00", hms(5, 0, 0)),
                resolved("T-2", 1, "2026-11-30T17:00", "2026-12-01T00:00", hms(10, 0, 0)),
                resolved("T-3", 1, "2026-11-30T10:00", "2026-11-30T23:59:59", hms(2, 0, 0)));
        PriorityFigures p = close.report().priority(1);
        assertEquals(2, p.accepted());
        assertEquals(2, p.resolved());
        assertEquals(1, p.overdue());
        assertEquals(List.of("T-2"), p.openAtMonthEnd().stream().map(TicketLine::number).toList());
    }

    @Test
    void aTicketCountsInThePriorityItHasWhenResolved() {
        // resolved as priority 2 (target 8 h) in 6 h: on time in priority 2, not in priority 1
        MonthClose close = close(terms().build(), resolved("T-1", 2, "2026-11-02T09:00", "2026-11-02T16:00",
                hms(6, 0, 0)));
        assertEquals(0, close.report().priority(1).resolved());
        assertEquals(1, close.report().priority(2).resolved());
        assertEquals(0, close.report().priority(2).overdue());
    }

    // ---- bands, score, survey --------------------------------------------------------------------------

    @Test
    void qosExactlyOnABandsLowerBoundFallsInThatBandAndOneInTheTopBand() {
        // weights 0.3 + 0.2 met of 0.3 + 0.2 + 0.5: score 0.5 exactly, [0.5, 0.8)
        CloseTerms t = terms().metric(Metric.resolutionTime(1, n("0.3"))).metric(Metric.resolutionTime(2, n("0.2")))
                .metric(Metric.overdueShare(1, n("0.5"))).build();
        MonthClose close = close(t, p1("T-1", hms(3, 0, 0)), p1("T-2", hms(4, 0, 1)));
        assertDecimal("0.5", close.quality().score());
        assertEquals(new Band(n("0.5"), n("0.8"), n("10")), close.quality().band());
        assertDecimal("-10000.00", only(close.invoice(), Kind.QOS_PENALTY).amount());
        MonthClose perfect = close(t, p1("T-1", hms(3, 0, 0)));
        assertDecimal("1", perfect.quality().score());
        assertEquals(new Band(n("0.9"), n("1"), n("0")), perfect.quality().band());
        // 0.1 + 0.2 in decimals is 0.3 exactly
        CloseFixture.Terms sum = terms().metric(Metric.resolutionTime(1, n("0.1")))
                .metric(Metric.resolutionTime(2, n("0.2"))).metric(Metric.overdueShare(1, n("0.7")));
        sum.bands = List.of(new Band(n("0"), n("0.3"), n("20")), new Band(n("0.3"), n("1"), n("1")));
        MonthClose point3 = close(sum.build(), p1("T-1", hms(4, 0, 1)), p1("T-2", hms(1, 0, 0)));
        assertDecimal("0.3", point3.quality().score());
        assertDecimal("1", point3.quality().band().penaltyPercent());
    }

    private static SurveyResult survey(int positive, int total) {
        return new SurveyResult("H2", LocalDate.of(2026, 6, 20), List.of(new SurveyResult.Question("Satisfied?",
                positive, total)));
    }

    @Test
    void surveyShareAtTheThresholdMoreThanVersusAtLeastAndNoCampaign() {
        CloseFixture.Terms more = terms().metric(Metric.survey("Satisfied?", n("70"), ThresholdComparison.GREATER_THAN,
                n("1")));
        CloseFixture.Terms atLeast = terms().metric(Metric.survey("Satisfied?", n("70"), ThresholdComparison.AT_LEAST,
                n("1")));
        assertDecimal("0", close(more.build(), List.of(), survey(7, 10), UsageFacts.NONE).quality().score());
        assertDecimal("1", close(atLeast.build(), List.of(), survey(7, 10), UsageFacts.NONE).quality().score());
        assertDecimal("1", close(more.build(), List.of(), survey(701, 1000), UsageFacts.NONE).quality().score());
        assertDecimal("0", close(atLeast.build(), List.of(), survey(6999, 10000), UsageFacts.NONE).quality().score());
        assertDecimal("1", close(more.build(), List.of(), null, UsageFacts.NONE).quality().score());
    }

    // ---- grace months ----------------------------------------------------------------------------------

    @Test
    void monthOneIsTheCalendarMonthContainingTheServiceStart() {
        CloseFixture.Terms t = terms().metric(Metric.resolutionTime(1, n("1")));
        t.graceMonths = 1;
        t.serviceStart = LocalDate.of(2026, 11, 30);
        MonthClose grace = close(t.build(), p1("T-1", hms(5, 0, 0)));
        assertEquals(1, grace.quality().monthNumber());
        assertTrue(grace.quality().grace());
        assertDecimal("0", grace.quality().score());
        assertEquals(new Band(n("0"), n("0.5"), n("20")), grace.quality().band());
        assertEquals(Status.WAIVED, only(grace.invoice(), Kind.QOS_PENALTY).status());
        assertDecimal("100000.00", grace.invoice().total());
        t.serviceStart = LocalDate.of(2026, 10, 31);
        MonthClose second = close(t.build(), p1("T-1", hms(5, 0, 0)));
        assertEquals(2, second.quality().monthNumber());
        assertFalse(second.quality().grace());
        assertDecimal("80000.00", second.invoice().total());
        t.serviceStart = LocalDate.of(2026, 11, 1);
        assertTrue(close(t.build(), p1("T-1", hms(5, 0, 0))).quality().grace());
    }

    // ---- money -----------------------------------------------------------------------------------------

    @Test
    void moneyIsRoundedHalfUpToTheCurrencysMinorUnit() {
        CloseFixture.Terms yen = terms().metric(Metric.resolutionTime(1, n("1")));
        yen.currency = Currency.getInstance("JPY");
        yen.fee = n("100050");
        yen.bands = List.of(new Band(n("0"), n("1"), n("3.33")));
        // score 1 falls in [0, 1] (top band includes 1): 3.33 % of 100050 = 3331.665 → 3332 JPY
        Invoice invoice = close(yen.build(), p1("T-1", hms(1, 0, 0))).invoice();
        assertEquals(n("-3332"), only(invoice, Kind.QOS_PENALTY).amount());
        assertEquals(n("96718"), invoice.total());
        CloseFixture.Terms bhd = terms().metric(Metric.resolutionTime(1, n("1")));
        bhd.currency = Currency.getInstance("BHD");
        bhd.fee = n("1000.0005");
        bhd.bands = List.of(new Band(n("0"), n("1"), n("10")));
        Invoice dinar = close(bhd.build(), p1("T-1", hms(1, 0, 0))).invoice();
        assertEquals(n("1000.001"), only(dinar, Kind.MONTHLY_FEE).amount());
        assertEquals(n("-100.000"), only(dinar, Kind.QOS_PENALTY).amount(), "100.00005 → 100.000");
    }

    @Test
    void penaltyIsBandPercentTimesFeeCappedByTheCap() {
        CloseFixture.Terms t = terms().metric(Metric.resolutionTime(1, n("1")));
        t.capPercent = n("10");
        // score 0: band 20 %, capped to 10 %
        assertDecimal("-10000.00", only(close(t.build(), p1("T-1", hms(5, 0, 0))).invoice(), Kind.QOS_PENALTY)
                .amount());
        t.capPercent = n("20");
        assertDecimal("-20000.00", only(close(t.build(), p1("T-1", hms(5, 0, 0))).invoice(), Kind.QOS_PENALTY)
                .amount());
    }

    // ---- extras ----------------------------------------------------------------------------------------

    @Test
    void extrasAreNotReducedByThePenaltyAndUnderUseEarnsNoCredit() {
        CloseFixture.Terms t = terms().metric(Metric.resolutionTime(1, n("1")))
                .price(ExtraServiceKind.TICKET_OVER_VOLUME, "1000")
                .price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "2000.005")
                .price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "15000");
        t.volume = 2L;
        t.plannedHours = n("20");
        // three accepted across two services and two priorities (one cancelled): one over the volume
        List<TicketFacts> tickets = List.of(p1("T-1", hms(5, 0, 0)),
                resolved("T-2", "NET", 2, "2026-11-02T09:00", "2026-11-02T10:00", hms(1, 0, 0)),
                ended("T-3", 3, Outcome.CANCELLED, "2026-11-05T09:00", "2026-11-05T10:00"));
        MonthClose close = MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, t.build(), tickets,
                List.of(ws(), new ServiceFacts("NET", OFFICE, null, List.of())), null,
                new UsageFacts(n("20.5"), 2, List.of())));
        Invoice invoice = close.invoice();
        assertDecimal("-20000.00", only(invoice, Kind.QOS_PENALTY).amount());
        assertEquals(n("1"), only(invoice, Kind.TICKETS_OVER_VOLUME).quantity());
        assertDecimal("1000.00", only(invoice, Kind.TICKETS_OVER_VOLUME).amount());
        assertEquals(n("0.5"), only(invoice, Kind.DEVELOPMENT_HOURS_OVER_PLAN).quantity());
        assertDecimal("1000.00", only(invoice, Kind.DEVELOPMENT_HOURS_OVER_PLAN).amount()); // 1000.0025 → 1000.00
        assertDecimal("30000.00", only(invoice, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).amount());
        assertDecimal("112000.00", invoice.total());
        // under-use: fewer tickets than the volume, fewer hours than planned: no credit lines
        t.volume = 10L;
        MonthClose under = MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, t.build(), tickets,
                List.of(ws(), new ServiceFacts("NET", OFFICE, null, List.of())), null,
                new UsageFacts(n("5"), 0, List.of())));
        assertEquals(List.of(), under.invoice().lines(Kind.TICKETS_OVER_VOLUME));
        assertEquals(List.of(), under.invoice().lines(Kind.DEVELOPMENT_HOURS_OVER_PLAN));
        assertDecimal("80000.00", under.invoice().total());
    }

    // ---- the late-ticket penalty -----------------------------------------------------------------------

    @Test
    void lateTicketPenaltyFixedPerTicketPerStartedHourAndCappedPerMonth() {
        CloseFixture.Terms t = terms();
        t.latePenalty = new LatePenalty(List.of(new LateRate(1, n("1000"), n("250")), new LateRate(2, n("500"), null)),
                null);
        // priority 1: at target (not late), 0:00:01 late (1 h), exactly 1:00:00 late (1 h), 1:00:01 late (2 h)
        // priority 2: 8:00:01 (late, no hourly rate)
        List<TicketFacts> tickets = List.of(p1("T-1", hms(4, 0, 0)), p1("T-2", hms(4, 0, 1)), p1("T-3", hms(5, 0, 0)),
                p1("T-4", hms(5, 0, 1)), resolved("T-5", 2, "2026-11-02T09:00", "2026-11-03T12:00", hms(8, 0, 1)));
        Invoice invoice = close(t.build(), tickets, null, UsageFacts.NONE).invoice();
        List<InvoiceLine> perTicket = invoice.lines(Kind.LATE_TICKETS);
        assertEquals(n("3"), perTicket.get(0).quantity());
        assertDecimal("-3000.00", perTicket.get(0).amount());
        assertDecimal("-500.00", perTicket.get(1).amount());
        assertEquals(n("4"), only(invoice, Kind.LATE_HOURS).quantity());
        assertDecimal("-1000.00", only(invoice, Kind.LATE_HOURS).amount());
        assertDecimal("95500.00", invoice.total());
        t.latePenalty = new LatePenalty(t.latePenalty.rates(), n("4000"));
        Invoice capped = close(t.build(), tickets, null, UsageFacts.NONE).invoice();
        assertDecimal("96000.00", capped.total());
        t.latePenalty = new LatePenalty(t.latePenalty.rates(), n("4500"));
        Invoice atCap = close(t.build(), tickets, null, UsageFacts.NONE).invoice();
        assertEquals(List.of(), atCap.lines(Kind.LATE_PENALTY_CAP));
        assertDecimal("95500.00", atCap.total());
    }

    @Test
    void lateTicketPenaltyUsesThePriorityWhenResolvedAndItsTarget() {
        CloseFixture.Terms t = terms();
        t.latePenalty = new LatePenalty(List.of(new LateRate(1, n("1000"), null), new LateRate(2, n("500"), n("100"))),
                null);
        // 6 h as priority 2 (8 h) is on time, although it is 2 h over priority 1's target
        Invoice invoice = close(t.build(), resolved("T-1", 2, "2026-11-02T09:00", "2026-11-02T16:00",
                hms(6, 0, 0))).invoice();
        assertDecimal("0", only(invoice, Kind.LATE_TICKETS).amount());
        assertDecimal("100000.00", invoice.total());
    }

    @Test
    void lateTicketPenaltyIsWaivedInGraceMonthsAndCappedAmountSurvivesRounding() {
        CloseFixture.Terms t = terms();
        t.currency = Currency.getInstance("JPY");
        t.fee = n("100000");
        t.latePenalty = new LatePenalty(List.of(new LateRate(1, n("333.5"), null)), n("1000.4"));
        // 3 late × 333.5 = 1000.5 > 1000.4: capped at 1000.4 → 1000 JPY
        Invoice invoice = close(t.build(), p1("T-1", hms(5, 0, 0)), p1("T-2", hms(5, 0, 0)), p1("T-3", hms(5, 0, 0)))
                .invoice();
        assertEquals(n("99000"), invoice.total());
        t.graceMonths = 11;
        Invoice grace = close(t.build(), p1("T-1", hms(5, 0, 0))).invoice();
        assertEquals(n("100000"), grace.total());
        assertEquals(Status.WAIVED, only(grace, Kind.LATE_TICKETS).status());
    }

    // ---- resolution time -------------------------------------------------------------------------------

    @Test
    void resolutionTimeRegisteredOutOfHoursStartsAtTheNextOpening() {
        // registered Monday 20:00, resolved Tuesday 10:00: 1 h; registered Friday 18:00:00 (closing), resolved
        // Monday 09:00:01: 1 s
        assertEquals(Duration.ofHours(1), ResolutionTime.measure(OFFICE, at("2026-11-02T20:00"),
                at("2026-11-03T10:00"), List.of()).resolution());
        assertEquals(Duration.ofSeconds(1), ResolutionTime.measure(OFFICE, at("2026-11-06T18:00"),
                at("2026-11-09T09:00:01"), List.of()).resolution());
        // registered on the Wednesday holiday at 10:00, resolved Thursday 10:00: 1 h
        assertEquals(Duration.ofHours(1), ResolutionTime.measure(OFFICE, at("2026-11-04T10:00"),
                at("2026-11-05T10:00"), List.of()).resolution());
    }

    @Test
    void resolutionTimeSubtractsOnlyTheWorkingTimeOfPausesOnce() {
        // registered Friday 17:00, paused Friday 17:30 to Tuesday 09:30 (over a weekend and Monday), resolved Tuesday
        // 11:00: 1 h + 9 h + 2 h = 12 h of work; pause holds 0:30 + 9 h + 0:30 = 10 h; 2 h left
        ResolutionTime time = ResolutionTime.measure(OFFICE, at("2026-11-06T17:00"), at("2026-11-10T11:00"),
                List.of(new Pause(at("2026-11-06T17:30"), at("2026-11-10T09:30")),
                        new Pause(at("2026-11-07T10:00"), at("2026-11-09T12:00")),
                        new Pause(at("2026-11-10T09:30"), at("2026-11-10T09:30"))));
        assertEquals(hms(12, 0, 0), time.working());
        assertEquals(hms(10, 0, 0), time.paused());
        assertEquals(hms(2, 0, 0), time.resolution());
    }

    @Test
    void anEmptyMonthBillsTheFeeAndMeetsEverything() {
        CloseTerms t = terms().metric(Metric.resolutionTime(1, n("0.5"))).metric(Metric.overdueShare(2, n("0.5")))
                .build();
        MonthClose close = close(t);
        assertDecimal("1", close.quality().score());
        assertDecimal("0", only(close.invoice(), Kind.QOS_PENALTY).amount());
        assertDecimal("100000.00", close.invoice().total());
        assertNull(close.report().priority(1).averageSeconds());
    }

    @SuppressWarnings("unused")
    private static BigDecimal unused() {
        return BigDecimal.ZERO;
    }
}
