package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.assertDecimal;
import static org.servicelevel.domain.model.report.CloseFixture.ended;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.CloseFixture.open;
import static org.servicelevel.domain.model.report.CloseFixture.resolved;
import static org.servicelevel.domain.model.report.CloseFixture.terms;
import static org.servicelevel.domain.model.report.CloseFixture.ws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.InvoiceLine.Status;
import org.servicelevel.domain.model.report.MonthDifference.LineChange;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.UsageFacts.ServiceExtras;
import org.servicelevel.domain.model.usage.WorkKind;
import org.servicelevel.domain.model.usage.WorkRecord;

/**
 * Worked scenarios of the month's invoice as a customer's finance department would check them: each
 * figure computed by hand from docs/month-close.md and docs/agreements.md (arithmetic in the comments)
 * and compared with the close. The fixture: RUB, fee 100,000.00, November 2026 in Moscow, priorities
 * 1 (4 h), 2 (8 h), 3 (16 h) and 4 by agreement; no quality table unless a scenario adds one.
 */
class InvoiceHandComputedTest {

    private static MonthClose close(CloseTerms terms, List<TicketFacts> tickets, UsageFacts usage) {
        return MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms, tickets, List.of(ws()), null, usage));
    }

    private static Invoice invoice(CloseTerms terms, List<TicketFacts> tickets, UsageFacts usage) {
        return close(terms, tickets, usage).invoice();
    }

    private static InvoiceLine only(Invoice invoice, Kind kind) {
        List<InvoiceLine> lines = invoice.lines(kind);
        assertEquals(1, lines.size(), kind + " lines: " + lines);
        return lines.get(0);
    }

    private static UsageFacts hours(String worked) {
        return new UsageFacts(n(worked), 0, List.of());
    }

    /** One band [0, 1] at the given percent; a score of 1 (no ticket of priority 1) falls in it. */
    private static CloseFixture.Terms oneBand(String percent) {
        CloseFixture.Terms terms = terms().metric(Metric.resolutionTime(1, n("1")));
        terms.bands = List.of(new Band(n("0"), n("1"), n(percent)));
        return terms;
    }

    /** Score 0 (priority 1's average not met) in [0, 0.5) at {@code low} %, [0.5, 1] 0 %. */
    private static CloseFixture.Terms scoreZero(String low) {
        CloseFixture.Terms terms = terms().metric(Metric.resolutionTime(1, n("1")));
        terms.bands = List.of(new Band(n("0"), n("0.5"), n(low)), new Band(n("0.5"), n("1"), n("0")));
        return terms;
    }

    /** Priority 1: 1,000 a ticket and 250 a started hour; priority 2: 500 a ticket; cap as given. */
    private static LatePenalty late(String cap) {
        return new LatePenalty(List.of(new LateRate(1, n("1000"), n("250")), new LateRate(2, n("500"), null)),
                cap == null ? null : n(cap));
    }

    /**
     * T-1 p1 5:00:00 against 4 h: 1 h late exactly = 1 started hour; T-2 p1 4:00:01: 1 s late = 1 started
     * hour; T-3 p2 registered in October, resolved in November 8:00:01 against 8 h: late (counts in
     * November, the month it is resolved in); T-4 p1 exactly 4:00:00: on time.
     */
    private static List<TicketFacts> lateMix() {
        return List.of(resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T14:00", hms(5, 0, 0)),
                resolved("T-2", 1, "2026-11-03T09:00", "2026-11-03T13:00:01", hms(4, 0, 1)),
                resolved("T-3", 2, "2026-10-30T10:00", "2026-11-03T12:00", hms(8, 0, 1)),
                resolved("T-4", 1, "2026-11-05T09:00", "2026-11-05T13:00", hms(4, 0, 0)));
    }

    // S1 -------------------------------------------------------------------------------------------------

    @Test
    void s01VolumeExactlyAtTheAgreedVolumeBillsNothing() {
        // Volume 5. Accepted in November (Moscow): T-1, T-2 (cancelled: still accepted), T-3 (by agreement:
        // counts towards the volume), T-4, T-5 = 5. T-0 registered 31 Oct 23:59:59 Moscow and still open
        // belongs to October. 5 - 5 = 0 over: no line; total = fee = 100,000.00.
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.TICKET_OVER_VOLUME, "1500.50");
        terms.volume = 5L;
        Invoice invoice = invoice(terms.build(), atVolume(), UsageFacts.NONE);
        assertEquals(List.of(), invoice.lines(Kind.TICKETS_OVER_VOLUME));
        assertEquals(n("100000.00"), invoice.total());
    }

    private static List<TicketFacts> atVolume() {
        return new ArrayList<>(List.of(open("T-0", 3, "2026-10-31T23:59:59"),
                open("T-1", 3, "2026-11-02T09:00"),
                ended("T-2", 3, Outcome.CANCELLED, "2026-11-02T10:00", "2026-11-02T10:05"),
                open("T-3", 4, "2026-11-03T09:00"), open("T-4", 2, "2026-11-10T09:00"),
                open("T-5", 1, "2026-11-30T12:00")));
    }

    @Test
    void s02OneOverTheVolumeAtTheLastSecondOfTheMonthInTheAgreementsZone() {
        // T-6 registered Mon 30 Nov 23:59:59 Moscow (20:59:59 UTC): November's 6th ticket, 6 - 5 = 1 over.
        // 1 x 1,500.50 = 1,500.50; total 100,000.00 + 1,500.50 = 101,500.50.
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.TICKET_OVER_VOLUME, "1500.50");
        terms.volume = 5L;
        List<TicketFacts> tickets = atVolume();
        tickets.add(open("T-6", 3, "2026-11-30T23:59:59"));
        InvoiceLine line = only(invoice(terms.build(), tickets, UsageFacts.NONE), Kind.TICKETS_OVER_VOLUME);
        assertEquals(n("1"), line.quantity());
        assertEquals(n("1500.50"), line.amount());
        assertEquals(n("101500.50"), invoice(terms.build(), tickets, UsageFacts.NONE).total());
    }

    @Test
    void s03ServiceAndAgreementVolumesBothExceededBillNoTicketTwice() {
        // 8 accepted against the agreement's 6: 2 over. Service volumes marked WS: T-6, T-7, T-8 and NET: T-8
        // (the same ticket listed by both): 3 distinct tickets. Finance would not pay 3 + 2 = 5 (T-7, T-8 are
        // in both counts) nor 4 (T-8 twice): max(3, 2) = 3 x 1,500.50 = 4,501.50; total 104,501.50.
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.TICKET_OVER_VOLUME, "1500.50");
        terms.volume = 6L;
        List<TicketFacts> tickets = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            tickets.add(open("T-" + i, 3, "2026-11-0" + i + "T10:00"));
        }
        UsageFacts usage = new UsageFacts(BigDecimal.ZERO, 0, List.of(new ServiceExtras("WS",
                List.of("T-6", "T-7", "T-8")), new ServiceExtras("NET", List.of("T-8"))));
        Invoice invoice = invoice(terms.build(), tickets, usage);
        InvoiceLine line = only(invoice, Kind.TICKETS_OVER_VOLUME);
        assertEquals(n("3"), line.quantity());
        assertEquals(n("4501.50"), line.amount());
        assertEquals(n("104501.50"), invoice.total());
    }

    // S4-S5: development hours ------------------------------------------------------------------------------

    @Test
    void s04DevelopmentHoursWithMinutesTimesARateWithCents() {
        // 10 h 15 min = 10.25 h worked, 10 planned: 0.25 h x 1,234.57 = 308.6425 -> 308.64 (half-up, 4 < 5).
        // Total 100,308.64. 9.99 h and exactly 10.00 h: no line, no credit (under-use earns nothing).
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "1234.57");
        terms.plannedHours = n("10");
        Invoice invoice = invoice(terms.build(), List.of(), hours("10.25"));
        InvoiceLine line = only(invoice, Kind.DEVELOPMENT_HOURS_OVER_PLAN);
        assertDecimal("0.25", line.quantity());
        assertEquals(n("308.64"), line.amount());
        assertEquals(n("100308.64"), invoice.total());
        for (String under : List.of("9.99", "10.00")) {
            Invoice none = invoice(terms.build(), List.of(), hours(under));
            assertEquals(List.of(), none.lines(Kind.DEVELOPMENT_HOURS_OVER_PLAN), under);
            assertEquals(n("100000.00"), none.total(), under);
        }
    }

    @Test
    void s05EachLineIsRoundedBeforeTheTotalNotTheUnroundedTotal() {
        // Fee 100.06; score 1 in the band [0, 1] at 7.5 %: 100.06 x 0.075 = 7.5045 -> 7.50.
        // 10.25 h over a plan of 10 at 10.02: 0.25 x 10.02 = 2.505 -> 2.51 (exactly half: up).
        // Lines: 100.06 - 7.50 + 2.51 = 95.07. Rounding the unrounded total instead:
        // 100.06 - 7.5045 + 2.505 = 95.0605 -> 95.06. The spec says lines first: 95.07.
        CloseFixture.Terms terms = oneBand("7.5").price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "10.02");
        terms.fee = n("100.06");
        terms.plannedHours = n("10");
        Invoice invoice = invoice(terms.build(), List.of(), hours("10.25"));
        assertEquals(n("-7.50"), only(invoice, Kind.QOS_PENALTY).amount());
        assertEquals(n("2.51"), only(invoice, Kind.DEVELOPMENT_HOURS_OVER_PLAN).amount());
        assertEquals(n("95.07"), invoice.total());
    }

    // S6: weekend and holiday days --------------------------------------------------------------------------

    @Test
    void s06AHolidayOnAWeekendIsOneSupportDayPerService() {
        // Saturday that is also a holiday: one record per agreement, service and date, and a support day
        // "counts as one day" (no hours): 1 x 15,000.50 = 15,000.50. Two services that Saturday: 2 days,
        // 30,001.00. Totals 115,000.50 and 130,001.00.
        CloseTerms terms = terms().price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "15000.50").build();
        Invoice one = invoice(terms, List.of(), new UsageFacts(BigDecimal.ZERO, 1, List.of()));
        assertEquals(n("15000.50"), only(one, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).amount());
        assertEquals(n("115000.50"), one.total());
        Invoice two = invoice(terms, List.of(), new UsageFacts(BigDecimal.ZERO, 2, List.of()));
        assertEquals(n("30001.00"), only(two, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).amount());
        assertEquals(n("130001.00"), two.total());
        // A day is a day: a record of a support day with hours (to bill it twice, say) is refused on hours.
        List<InvalidFieldException> problems = WorkRecord.problems(new WorkRecord.Work(WorkKind.WEEKEND_HOLIDAY_DAY,
                YearMonth.of(2026, 11), LocalDate.of(2026, 11, 7), n("16"), "WS", null, null, null));
        assertEquals(List.of("hours"), problems.stream().map(InvalidFieldException::field).toList());
    }

    // S7-S8: grace months -----------------------------------------------------------------------------------

    private static CloseFixture.Terms graceTerms(LocalDate start) {
        CloseFixture.Terms terms = terms().metric(Metric.resolutionTime(1, n("1")))
                .price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "2400")
                .price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "15000");
        terms.latePenalty = late("2000");
        terms.plannedHours = n("20");
        terms.serviceStart = start;
        terms.graceMonths = 2;
        return terms;
    }

    @Test
    void s07GraceMonthWithLatePenaltiesAndExtrasBillsOnlyFeeAndExtras() {
        // Service start Sat 31 Oct 2026: October is month 1, November month 2 of 2 grace months.
        // Priority 1: T-1, T-2, T-4 = 5 + 4:00:01 + 4 = 13:00:01 / 3 > 4 h: not met: score 0, band [0, 0.5)
        // 20 % -> would be 20,000.00, waived. Late: p1 2 x 1,000, 2 started hours x 250, p2 1 x 500 = 3,000
        // (over the 2,000 cap) -> all waived, no cap line (nothing to give back).
        // Extras (docs: billed in grace months): (22.5 - 20) x 2,400 = 6,000.00; 1 day x 15,000 = 15,000.00.
        // Total 100,000 + 6,000 + 15,000 = 121,000.00.
        MonthClose close = close(graceTerms(LocalDate.of(2026, 10, 31)).build(), lateMix(),
                new UsageFacts(n("22.5"), 1, List.of()));
        assertEquals(2, close.quality().monthNumber());
        assertTrue(close.quality().grace());
        Invoice invoice = close.invoice();
        InvoiceLine qos = only(invoice, Kind.QOS_PENALTY);
        assertEquals(Status.WAIVED, qos.status());
        assertDecimal("20", qos.quantity());
        assertEquals(n("0.00"), qos.amount());
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() == Kind.LATE_TICKETS || line.kind() == Kind.LATE_HOURS) {
                assertEquals(Status.WAIVED, line.status(), line.description());
                assertEquals(n("0.00"), line.amount());
            }
        }
        assertDecimal("2", invoice.lines(Kind.LATE_HOURS).get(0).quantity());
        assertEquals(List.of(), invoice.lines(Kind.LATE_PENALTY_CAP));
        assertEquals(List.of(), invoice.lines(Kind.PENALTY_LIMIT));
        assertEquals(n("6000.00"), only(invoice, Kind.DEVELOPMENT_HOURS_OVER_PLAN).amount());
        assertEquals(n("15000.00"), only(invoice, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).amount());
        assertEquals(n("121000.00"), invoice.total());
    }

    @Test
    void s08TheFirstMonthAfterGraceCostsBothPenalties() {
        // Service start 30 Sep 2026: September 1, October 2 (grace), November 3: penalised.
        // QoS 20 % x 100,000 = -20,000.00; late 3,000 capped at 2,000: lines -2,000, -500, -500, +1,000.
        // Total 100,000 - 20,000 - 2,000 + 6,000 + 15,000 = 99,000.00.
        MonthClose close = close(graceTerms(LocalDate.of(2026, 9, 30)).build(), lateMix(),
                new UsageFacts(n("22.5"), 1, List.of()));
        assertEquals(3, close.quality().monthNumber());
        assertFalse(close.quality().grace());
        Invoice invoice = close.invoice();
        assertEquals(n("-20000.00"), only(invoice, Kind.QOS_PENALTY).amount());
        assertEquals(n("1000.00"), only(invoice, Kind.LATE_PENALTY_CAP).amount());
        assertEquals(n("99000.00"), invoice.total());
        // And closing November for a service that starts on 1 December is refused on month.
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> close(graceTerms(
                LocalDate.of(2026, 12, 1)).build(), List.of(), UsageFacts.NONE));
        assertEquals("month", e.field());
    }

    // S9-S10: late-ticket penalty -----------------------------------------------------------------------------

    @Test
    void s09StartedHoursAtTheHourBoundaryAndTheCapReachedMidList() {
        // T-1: 5:00:00 - 4:00:00 = exactly 3,600 s late = 1 started hour (not 2: the 2nd hour has not started).
        // T-2: 1 s late = 1 started hour. T-4: exactly 4 h: on time. p1: 2 x 1,000 = -2,000.00;
        // hours (1 + 1) x 250 = -500.00. The cap of 2,000 is reached after p1's ticket line already;
        // p2 (T-3): 1 x 500 = -500.00. Raw 3,000 > 2,000: give back 1,000.00. Late total -2,000.00.
        // Invoice 100,000 - 2,000 = 98,000.00.
        CloseFixture.Terms terms = terms();
        terms.latePenalty = late("2000");
        Invoice invoice = invoice(terms.build(), lateMix(), UsageFacts.NONE);
        List<InvoiceLine> tickets = invoice.lines(Kind.LATE_TICKETS);
        assertEquals(2, tickets.size());
        assertDecimal("2", tickets.get(0).quantity());
        assertEquals(n("-2000.00"), tickets.get(0).amount());
        assertEquals(n("-500.00"), tickets.get(1).amount());
        InvoiceLine hours = only(invoice, Kind.LATE_HOURS);
        assertDecimal("2", hours.quantity());
        assertEquals(n("-500.00"), hours.amount());
        assertEquals(n("1000.00"), only(invoice, Kind.LATE_PENALTY_CAP).amount());
        assertEquals(n("98000.00"), invoice.total());
    }

    @Test
    void s10OneHourAndOneSecondLateIsTwoStartedHours() {
        // 5:00:01 against 4 h: 3,601 s late -> 2 started hours: 1,000 + 2 x 250 = 1,500 (the docs' example:
        // 1 h 10 min late costs 200 + 2 x 25). No cap: total 100,000 - 1,500 = 98,500.00.
        // (My first hand figure, 98,750.00, took 1,000 + 250: an arithmetic slip of mine, not the code's.)
        CloseFixture.Terms terms = terms();
        terms.latePenalty = late(null);
        Invoice invoice = invoice(terms.build(), List.of(resolved("T-1", 1, "2026-11-02T09:00",
                "2026-11-02T14:00:01", hms(5, 0, 1))), UsageFacts.NONE);
        assertDecimal("2", only(invoice, Kind.LATE_HOURS).quantity());
        assertEquals(n("98500.00"), invoice.total());
    }

    // S11-S12: both penalty models --------------------------------------------------------------------------

    @Test
    void s11BothModelsTheBandCapCapsOnlyTheQualityPenalty() {
        // Fee 200,000.00. Score 0 -> 15 %, capped at 10 %: 10 x 2,000.00 = -20,000.00 (quantity 10).
        // Late: T-1 1,000 + 1 started hour x 250 = 1,250 over a cap of 1,000: -1,000.00, -250.00, +250.00.
        // The band cap is not a cap of both models together: 200,000 - 20,000 - 1,000 = 179,000.00.
        CloseFixture.Terms terms = scoreZero("15");
        terms.fee = n("200000.00");
        terms.capPercent = n("10");
        terms.latePenalty = late("1000");
        Invoice invoice = invoice(terms.build(), List.of(resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T14:00",
                hms(5, 0, 0))), UsageFacts.NONE);
        InvoiceLine qos = only(invoice, Kind.QOS_PENALTY);
        assertDecimal("10", qos.quantity());
        assertEquals(n("-20000.00"), qos.amount());
        assertEquals(n("250.00"), only(invoice, Kind.LATE_PENALTY_CAP).amount());
        assertEquals(List.of(), invoice.lines(Kind.PENALTY_LIMIT));
        assertEquals(n("179000.00"), invoice.total());
    }

    @Test
    void s12PenaltiesOfBothModelsBeyondTheFeeLeaveTheExtrasWhole() {
        // Fee 1,000.00: QoS 15 % = -150.00; late (no cap) T-1 -1,000.00 and 1 h -250.00: penalties 1,400.00
        // > fee: give back 400.00. Extras 2 days x 150.25 = 300.50: total 1,000 - 1,400 + 400 + 300.50 = 300.50.
        CloseFixture.Terms terms = scoreZero("15").price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "150.25");
        terms.fee = n("1000.00");
        terms.latePenalty = late(null);
        Invoice invoice = invoice(terms.build(), List.of(resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T14:00",
                hms(5, 0, 0))), new UsageFacts(BigDecimal.ZERO, 2, List.of()));
        assertEquals(n("400.00"), only(invoice, Kind.PENALTY_LIMIT).amount());
        assertEquals(n("300.50"), only(invoice, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).amount());
        assertEquals(n("300.50"), invoice.total());
    }

    // S13: JPY ---------------------------------------------------------------------------------------------

    @Test
    void s13YenFeeWithABandOfSevenAndAHalfPercent() {
        // JPY has no minor unit. Fee 1,000,060 x 7.5 % = 75,004.5 -> 75,005 (half-up; half-even would give
        // 75,004). 1.5 development hours, none planned, x 3,333 = 4,999.5 -> 5,000.
        // Total 1,000,060 - 75,005 + 5,000 = 930,055 (whole yen).
        CloseFixture.Terms terms = scoreZero("7.5").price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "3333");
        terms.currency = Currency.getInstance("JPY");
        terms.fee = n("1000060");
        Invoice invoice = invoice(terms.build(), List.of(resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T14:00",
                hms(5, 0, 0))), hours("1.5"));
        assertEquals(n("-75005"), only(invoice, Kind.QOS_PENALTY).amount());
        assertEquals(n("5000"), only(invoice, Kind.DEVELOPMENT_HOURS_OVER_PLAN).amount());
        assertEquals(n("930055"), invoice.total());
    }

    // S14-S16: corrections -----------------------------------------------------------------------------------

    private static CloseFixture.Terms correctionTerms() {
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "2400.40")
                .price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "15000.50");
        terms.fee = n("123456.78");
        terms.plannedHours = n("20");
        terms.latePenalty = late(null);
        return terms;
    }

    private static final List<TicketFacts> ONE_LATE = List.of(resolved("T-1", 1, "2026-11-02T09:00",
            "2026-11-02T14:00", hms(5, 0, 0)));

    @Test
    void s14ACorrectionWhereOnlyTheDevelopmentHoursChange() {
        // Approved: 26.5 h: 6.5 x 2,400.40 = 15,602.60; late -1,000.00 -250.00.
        // Total 123,456.78 - 1,250 + 15,602.60 = 137,809.38.
        // Corrected: 27.25 h (45 min entered after the approval): 7.25 x 2,400.40 = 17,402.90;
        // total 139,609.68. Difference: the development line +1,800.30, every other line 0, total +1,800.30.
        CloseTerms terms = correctionTerms().build();
        MonthClose approved = close(terms, ONE_LATE, hours("26.5"));
        MonthClose corrected = close(terms, ONE_LATE, hours("27.25"));
        assertEquals(n("137809.38"), approved.invoice().total());
        assertEquals(n("139609.68"), corrected.invoice().total());
        MonthDifference d = MonthDifference.between("R-2026-11-X-1", approved, corrected);
        assertEquals(n("1800.30"), d.total().difference());
        List<LineChange> changed = d.lines().stream().filter(l -> l.amount().changed()).toList();
        assertEquals(1, changed.size(), "only the development line: " + changed);
        assertEquals(Kind.DEVELOPMENT_HOURS_OVER_PLAN, changed.get(0).kind());
        assertEquals(n("0.75"), changed.get(0).quantity().difference());
        assertEquals(n("1800.30"), changed.get(0).amount().difference());
        assertFalse(d.score().changed());
        assertFalse(d.band().changed());
        assertTrue(d.priorities().stream().noneMatch(MonthDifference.PriorityChange::changed));
    }

    @Test
    void s15ACorrectionDifferenceIsOfRoundedLinesAndExact() {
        // Plan 20 at 10.02 a development hour (terms otherwise as S14).
        // Approved: 20.25 h: 0.25 x 10.02 = 2.505 -> 2.51; no support day.
        // Corrected: 20.5 h: 0.5 x 10.02 = 5.01; 1 support day ordered is recorded: 15,000.50.
        // Line differences: 5.01 - 2.51 = 2.50 (not 2.505), support days: none -> 15,000.50.
        // Totals 123,456.78 - 1,250 + 2.51 = 122,209.29 and 123,456.78 - 1,250 + 5.01 + 15,000.50 = 137,212.29:
        // difference 15,003.00 = 2.50 + 15,000.50 exactly, to bill on top (no second invoice).
        CloseTerms terms = correctionTerms().price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "10.02").build();
        MonthClose approved = close(terms, ONE_LATE, hours("20.25"));
        MonthClose corrected = close(terms, ONE_LATE, new UsageFacts(n("20.5"), 1, List.of()));
        MonthDifference d = MonthDifference.between("R-1", approved, corrected);
        assertEquals(n("122209.29"), d.total().before());
        assertEquals(n("137212.29"), d.total().after());
        assertEquals(n("15003.00"), d.total().difference());
        LineChange dev = d.lines().stream().filter(l -> l.kind() == Kind.DEVELOPMENT_HOURS_OVER_PLAN).findFirst()
                .orElseThrow();
        assertEquals(n("2.50"), dev.amount().difference());
        LineChange days = d.lines().stream().filter(l -> l.kind() == Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).findFirst()
                .orElseThrow();
        assertNull(days.amount().before());
        assertEquals(n("15000.50"), days.amount().difference());
        BigDecimal sum = d.lines().stream().map(l -> l.amount().difference()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(d.total().difference()), "the lines' differences add up to the total's");
    }

    @Test
    void s16ACorrectionThatRemovesAnExtraLineCreditsItExactly() {
        // Approved: 26.5 h -> 15,602.60; corrected: a wrong record deleted, 19.75 h <= 20 planned: no line.
        // The line shows before 15,602.60, after none, difference -15,602.60; total -15,602.60 (a credit).
        CloseTerms terms = correctionTerms().build();
        MonthDifference d = MonthDifference.between("R-1", close(terms, ONE_LATE, hours("26.5")),
                close(terms, ONE_LATE, hours("19.75")));
        LineChange dev = d.lines().stream().filter(l -> l.kind() == Kind.DEVELOPMENT_HOURS_OVER_PLAN).findFirst()
                .orElseThrow();
        assertEquals(n("15602.60"), dev.amount().before());
        assertNull(dev.amount().after());
        assertEquals(n("-15602.60"), d.total().difference());
    }

    // S17: by agreement -------------------------------------------------------------------------------------

    @Test
    void s17ByAgreementTicketsCountTowardsTheVolumeAndNeverCostALatePenalty() {
        // Volume 2; accepted: 2 of priority 4 (by agreement, one with a long resolution time) + 1 of priority 1
        // on time (3:00:00 <= 4 h) = 3 -> 1 over x 1,500.50 = 1,500.50. Late penalty agreed, no ticket late:
        // one line saying so, 0.00. Total 101,500.50.
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.TICKET_OVER_VOLUME, "1500.50");
        terms.volume = 2L;
        terms.latePenalty = late("2000");
        Invoice invoice = invoice(terms.build(), List.of(
                resolved("T-1", 4, "2026-11-02T09:00", "2026-11-20T09:00", hms(120, 0, 0)),
                open("T-2", 4, "2026-11-03T09:00"),
                resolved("T-3", 1, "2026-11-04T09:00", "2026-11-05T12:00", hms(3, 0, 0))), UsageFacts.NONE);
        assertEquals(n("1500.50"), only(invoice, Kind.TICKETS_OVER_VOLUME).amount());
        InvoiceLine late = only(invoice, Kind.LATE_TICKETS);
        assertEquals(n("0.00"), late.amount());
        assertEquals(List.of(), invoice.lines(Kind.LATE_HOURS));
        assertEquals(n("101500.50"), invoice.total());
    }
}
