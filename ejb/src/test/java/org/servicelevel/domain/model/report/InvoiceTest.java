package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.assertDecimal;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.CloseFixture.open;
import static org.servicelevel.domain.model.report.CloseFixture.resolved;
import static org.servicelevel.domain.model.report.CloseFixture.terms;
import static org.servicelevel.domain.model.report.CloseFixture.ws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.InvoiceLine.Status;
import org.servicelevel.domain.model.report.UsageFacts.ServiceExtras;

/** The invoice: fee, penalties of both models, extras, rounding and grace months. */
class InvoiceTest {

    private static Invoice invoice(CloseTerms terms, List<TicketFacts> tickets, UsageFacts usage) {
        return MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms, tickets, List.of(ws()), null, usage))
                .invoice();
    }

    private static Invoice invoice(CloseTerms terms, TicketFacts... tickets) {
        return invoice(terms, List.of(tickets), UsageFacts.NONE);
    }

    /** An average of exactly the 4 h target (met, 0.8) with 1 of 2 late (not met, 0.2): score 0.8. */
    private static CloseFixture.Terms scoring08() {
        return terms().metric(Metric.resolutionTime(1, n("0.8"))).metric(Metric.overdueShare(1, n("0.2")));
    }

    private static TicketFacts[] scoreOf08() {
        return new TicketFacts[] {resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T12:00", hms(3, 0, 0)),
                resolved("T-2", 1, "2026-11-02T09:00", "2026-11-02T14:00", hms(5, 0, 0))};
    }

    private static InvoiceLine only(Invoice invoice, Kind kind) {
        List<InvoiceLine> lines = invoice.lines(kind);
        assertEquals(1, lines.size(), kind + " lines: " + lines);
        return lines.get(0);
    }

    @Test
    void aPenaltyIsRoundedHalfUpToTheMinorUnitAndTheLinesAddUpToTheTotal() {
        CloseFixture.Terms terms = scoring08();
        terms.fee = n("1234.57");
        Invoice invoice = invoice(terms.build(), scoreOf08());
        InvoiceLine fee = only(invoice, Kind.MONTHLY_FEE);
        assertEquals(n("1234.57"), fee.amount());
        InvoiceLine penalty = only(invoice, Kind.QOS_PENALTY);
        assertEquals(n("3.33"), penalty.quantity());
        assertEquals(n("12.3457"), penalty.unitPrice());
        assertEquals(n("-41.11"), penalty.amount(), "3.33 % of 1234.57 is 41.111181");
        assertEquals("Quality penalty: score 0.8 in band [0.8, 0.9), 3.33 % of the fee 1234.57 = 41.111181, rounded"
                + " half-up", penalty.description());
        assertEquals(n("1193.46"), invoice.total());
        assertEquals(Currency.getInstance("RUB"), invoice.currency());
    }

    @Test
    void halfAMinorUnitRoundsUp() {
        CloseFixture.Terms terms = scoring08();
        terms.fee = n("1000.50");
        terms.bands = List.of(new Band(n("0"), n("0.9"), n("1")), new Band(n("0.9"), n("1"), n("0")));
        assertEquals(n("-10.01"), only(invoice(terms.build(), scoreOf08()), Kind.QOS_PENALTY).amount(),
                "1 % of 1000.50 is 10.005");
    }

    @Test
    void aCurrencyWithoutMinorUnitsRoundsToWholeUnits() {
        CloseFixture.Terms terms = scoring08();
        terms.currency = Currency.getInstance("JPY");
        terms.fee = n("123457");
        Invoice invoice = invoice(terms.build(), scoreOf08());
        assertEquals(n("-4111"), only(invoice, Kind.QOS_PENALTY).amount(), "3.33 % of 123457 is 4111.1181");
        assertEquals(n("119346"), invoice.total());
    }

    @Test
    void thePenaltyIsCappedAtTheCapPercentOfTheFee() {
        CloseFixture.Terms terms = terms().metric(Metric.resolutionTime(1, n("1")));
        terms.capPercent = n("10");
        InvoiceLine penalty = only(invoice(terms.build(),
                resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T14:00", hms(5, 0, 0))), Kind.QOS_PENALTY);
        assertEquals(n("10"), penalty.quantity(), "the band's 20 % capped at 10 %");
        assertEquals(n("-10000.00"), penalty.amount());
        assertEquals("Quality penalty: score 0 in band [0, 0.5), 20 % of the fee 100000, capped at 10 % of it = 10000,"
                + " rounded half-up", penalty.description());
        terms.capPercent = n("20");
        assertEquals(n("-20000.00"), only(invoice(terms.build(),
                resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T14:00", hms(5, 0, 0))), Kind.QOS_PENALTY).amount(),
                "a cap equal to the band's percent changes nothing");
    }

    private static List<TicketFacts> lateTickets() {
        return List.of(resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T13:00:01", hms(4, 0, 1)),
                resolved("T-2", 1, "2026-11-02T09:00", "2026-11-02T15:30", hms(6, 30, 0)),
                resolved("T-3", 1, "2026-11-02T09:00", "2026-11-02T13:00", hms(4, 0, 0)),
                resolved("T-4", 2, "2026-11-02T09:00", "2026-11-03T09:00", hms(9, 0, 0)),
                resolved("T-5", 3, "2026-11-02T09:00", "2026-11-04T09:00", hms(17, 0, 0)));
    }

    private static CloseFixture.Terms latePenalty(String cap) {
        CloseFixture.Terms terms = terms();
        terms.latePenalty = new LatePenalty(List.of(new LateRate(1, n("500"), n("100")), new LateRate(2, n("200"), null)),
                cap == null ? null : n(cap));
        return terms;
    }

    @Test
    void lateTicketsCostTheirAmountAndEachStartedHourLate() {
        Invoice invoice = invoice(latePenalty(null).build(), lateTickets(), UsageFacts.NONE);
        List<InvoiceLine> tickets = invoice.lines(Kind.LATE_TICKETS);
        assertEquals(3, tickets.size());
        assertEquals(n("2"), tickets.get(0).quantity());
        assertEquals(n("-1000.00"), tickets.get(0).amount());
        assertEquals("Tickets of priority 1 resolved late: T-1, T-2", tickets.get(0).description());
        assertEquals(n("-200.00"), tickets.get(1).amount());
        assertEquals(Status.NOT_PRICED, tickets.get(2).status(), "priority 3 has no rate");
        assertEquals(n("0.00"), tickets.get(2).amount());
        InvoiceLine hours = only(invoice, Kind.LATE_HOURS);
        assertEquals(n("4"), hours.quantity(), "0:00:01 late starts 1 hour, 2:30:00 late starts 3");
        assertEquals(n("-400.00"), hours.amount());
        assertEquals("Started hours beyond the target, priority 1: T-1 0:00:01 late = 1 h, T-2 2:30:00 late = 3 h",
                hours.description());
        assertEquals(List.of(), invoice.lines(Kind.LATE_PENALTY_CAP));
        assertEquals(n("98400.00"), invoice.total());
    }

    @Test
    void penaltiesTakeAtMostTheFeeSoTheExtrasAreNotReduced() {
        CloseFixture.Terms terms = latePenalty(null).price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "150");
        terms.fee = n("1000.00");
        Invoice invoice = invoice(terms.build(), lateTickets(), new UsageFacts(BigDecimal.ZERO, 2, List.of()));
        InvoiceLine limit = only(invoice, Kind.PENALTY_LIMIT);
        assertEquals(n("600.00"), limit.amount(), "1,600.00 of late-ticket penalties against a fee of 1,000.00");
        assertEquals(n("300.00"), invoice.total(), "the two support days, whole");

        terms.fee = n("1600.00");
        assertEquals(List.of(), invoice(terms.build(), lateTickets(), UsageFacts.NONE).lines(Kind.PENALTY_LIMIT),
                "penalties exactly at the fee take all of it and no more");
    }

    @Test
    void theLatePenaltyIsCappedPerMonth() {
        Invoice capped = invoice(latePenalty("1500").build(), lateTickets(), UsageFacts.NONE);
        InvoiceLine cap = only(capped, Kind.LATE_PENALTY_CAP);
        assertEquals(n("100.00"), cap.amount());
        assertEquals("The late-ticket penalty of 1600 is capped at 1500 a month", cap.description());
        assertEquals(n("98500.00"), capped.total());
        Invoice atTheCap = invoice(latePenalty("1600").build(), lateTickets(), UsageFacts.NONE);
        assertEquals(List.of(), atTheCap.lines(Kind.LATE_PENALTY_CAP), "1600 at a cap of 1600 is not over it");
        assertEquals(n("98400.00"), atTheCap.total());
    }

    @Test
    void aMonthWithoutLateTicketsSaysSo() {
        InvoiceLine line = only(invoice(latePenalty("1500").build()), Kind.LATE_TICKETS);
        assertEquals(n("0.00"), line.amount());
        assertEquals("Late-ticket penalty: no ticket was resolved late", line.description());
    }

    private static List<TicketFacts> acceptedInNovember(int count) {
        List<TicketFacts> tickets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tickets.add(open("T-" + i, i % 2 == 0 ? 4 : 3, "2026-11-02T09:00"));
        }
        return tickets;
    }

    @Test
    void ticketsOverTheVolumeBillTheLargerCountSoNoTicketIsBilledTwice() {
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.TICKET_OVER_VOLUME, "1500");
        terms.volume = 3L;
        UsageFacts twoOverServiceVolumes = new UsageFacts(BigDecimal.ZERO, 0,
                List.of(new ServiceExtras("WS", List.of("T-5", "T-6"))));
        InvoiceLine line = only(invoice(terms.build(), acceptedInNovember(6), twoOverServiceVolumes),
                Kind.TICKETS_OVER_VOLUME);
        assertEquals(n("3"), line.quantity(), "6 accepted (by agreement too) against 3 beats the services' 2");
        assertEquals(n("4500.00"), line.amount());
        assertEquals("Tickets over the volume: 2 beyond the services' own volumes (T-5, T-6); 3 beyond the"
                + " agreement's volume of 3 (6 accepted); the larger count is billed, so no ticket is billed twice",
                line.description());
        UsageFacts fourOverServiceVolumes = new UsageFacts(BigDecimal.ZERO, 0,
                List.of(new ServiceExtras("WS", List.of("T-3", "T-4", "T-5")), new ServiceExtras("NET",
                        List.of("T-6", "T-5"))));
        assertEquals(n("4"), only(invoice(terms.build(), acceptedInNovember(6), fourOverServiceVolumes),
                Kind.TICKETS_OVER_VOLUME).quantity(), "T-5 listed twice is one ticket");
        terms.volume = 6L;
        assertEquals(List.of(), invoice(terms.build(), acceptedInNovember(6), UsageFacts.NONE)
                .lines(Kind.TICKETS_OVER_VOLUME), "exactly the volume bills nothing");
    }

    @Test
    void developmentHoursOverThePlanAreBilledAndUnderUseEarnsNoCredit() {
        CloseFixture.Terms terms = terms().price(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, "2000");
        terms.plannedHours = n("10");
        InvoiceLine over = only(invoice(terms.build(), List.of(), new UsageFacts(n("13.25"), 0, List.of())),
                Kind.DEVELOPMENT_HOURS_OVER_PLAN);
        assertEquals(n("3.25"), over.quantity());
        assertEquals(n("6500.00"), over.amount());
        Invoice under = invoice(terms.build(), List.of(), new UsageFacts(n("4"), 0, List.of()));
        assertEquals(List.of(), under.lines(Kind.DEVELOPMENT_HOURS_OVER_PLAN));
        assertEquals(n("100000.00"), under.total());
        terms.plannedHours = null;
        assertEquals(n("4"), only(invoice(terms.build(), List.of(), new UsageFacts(n("4"), 0, List.of())),
                Kind.DEVELOPMENT_HOURS_OVER_PLAN).quantity(), "without a plan every hour is over it");
    }

    @Test
    void weekendAndHolidaySupportDaysAreBilledAtTheDayRate() {
        InvoiceLine days = only(invoice(terms().price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "15000").build(),
                List.of(), new UsageFacts(BigDecimal.ZERO, 2, List.of())), Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS);
        assertEquals(n("2"), days.quantity());
        assertEquals(n("30000.00"), days.amount());
    }

    @Test
    void aLineWithoutAnAgreedPriceIsShownAndNotBilled() {
        Invoice invoice = invoice(terms().build(), List.of(), new UsageFacts(n("2.5"), 1, List.of()));
        InvoiceLine hours = only(invoice, Kind.DEVELOPMENT_HOURS_OVER_PLAN);
        assertEquals(Status.NOT_PRICED, hours.status());
        assertNull(hours.unitPrice());
        assertEquals(n("0.00"), hours.amount());
        assertEquals(n("2.5"), hours.quantity());
        assertEquals(Status.NOT_PRICED, only(invoice, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).status());
        assertEquals(n("100000.00"), invoice.total());
    }

    @Test
    void graceMonthsCostNoPenaltyOfEitherModelAndStillBillTheExtras() {
        CloseFixture.Terms terms = latePenalty("1500").metric(Metric.resolutionTime(1, n("1")))
                .price(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, "15000");
        terms.serviceStart = LocalDate.of(2026, 11, 16);
        terms.graceMonths = 1;
        MonthClose close = MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms.build(), lateTickets(),
                List.of(ws()), null, new UsageFacts(BigDecimal.ZERO, 1, List.of())));
        assertDecimal("0", close.quality().score());
        assertEquals(new Band(n("0"), n("0.5"), n("20")), close.quality().band(), "the band is shown");
        Invoice invoice = close.invoice();
        InvoiceLine qos = only(invoice, Kind.QOS_PENALTY);
        assertEquals(Status.WAIVED, qos.status());
        assertEquals(n("0.00"), qos.amount());
        assertEquals(n("20"), qos.quantity(), "what it would have cost is shown");
        assertEquals("Quality penalty: score 0 in band [0, 0.5), 20 % of the fee 100000 = 20000, rounded half-up;"
                + " waived: month 1 of service is a grace month (of 1)", qos.description());
        invoice.lines().stream().filter(l -> l.kind() == Kind.LATE_TICKETS || l.kind() == Kind.LATE_HOURS)
                .forEach(l -> assertEquals(n("0.00"), l.amount(), l.description()));
        assertEquals(List.of(), invoice.lines(Kind.LATE_PENALTY_CAP));
        assertEquals(n("15000.00"), only(invoice, Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS).amount());
        assertEquals(n("115000.00"), invoice.total());
    }
}
