package org.servicelevel.interfaces.web.close;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.report.Check;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.Fraction;
import org.servicelevel.domain.model.report.Invoice;
import org.servicelevel.domain.model.report.InvoiceLine;
import org.servicelevel.domain.model.report.MetricOutcome;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthReport;
import org.servicelevel.domain.model.report.PriorityFigures;
import org.servicelevel.domain.model.report.QualityScore;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.TicketLine;

class ResultPageTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.ENGLISH);
    private static final ResourceBundle RU = ResourceBundle.getBundle("org.servicelevel.web.messages",
            Locale.forLanguageTag("ru"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TicketLine line(String number, long id, Duration time, TicketLine.Verdict verdict) {
        return new TicketLine(number, "WS", 1, Outcome.RESOLVED, Instant.parse("2026-11-03T09:00:00Z"),
                Instant.parse("2026-11-03T12:00:00Z"), time, Duration.ofHours(2), verdict,
                verdict == TicketLine.Verdict.LATE ? time.minusHours(2) : Duration.ZERO, null, null, false,
                "/api/tickets/" + id + "/clocks/resolution/timeline", List.of());
    }

    /** November 2026: priority 1 with 2 h on time and 3 h late, average 2:30:00 over its 2 h; a 10 % penalty. */
    private static MonthClose november() {
        List<TicketLine> ended = List.of(line("T-000001", 11, Duration.ofHours(2), TicketLine.Verdict.ON_TIME),
                line("T-000002", 12, Duration.ofHours(3), TicketLine.Verdict.LATE));
        PriorityFigures p1 = new PriorityFigures(1, "Critical", false, Duration.ofHours(2), new BigDecimal("20"), 2, 2,
                Fraction.of(9000, 1), Duration.ofSeconds(9000), Fraction.of(7200, 1), Check.NOT_MET, 1,
                Fraction.of(1, 2), new BigDecimal("50.00"), Check.NOT_MET,
                new PriorityFigures.ResponseFigures(Duration.ofMinutes(15), 2, Fraction.of(300, 1),
                        Duration.ofMinutes(5), 0, Fraction.of(0, 2), BigDecimal.ZERO), ended, List.of());
        PriorityFigures p4 = new PriorityFigures(4, "Planned", true, null, null, 1, 0, null, null, null, Check.NO_TARGET,
                0, null, null, Check.NO_TARGET, new PriorityFigures.ResponseFigures(null, 0, null, null, 0, null, null),
                List.of(), List.of());
        MonthReport report = new MonthReport(new ClosingMonth(YearMonth.of(2026, 11), BERLIN), List.of(p1, p4),
                List.of(), List.of());
        CloseTerms.Metric metric = new CloseTerms.Metric(MetricKind.RESOLUTION_TIME, 1, null, null, null, null,
                new BigDecimal("0.6"));
        QualityScore quality = new QualityScore(List.of(new MetricOutcome(metric, Check.NOT_MET, "2:30:00",
                Fraction.of(9000, 1), "why", BigDecimal.ZERO)), new BigDecimal("0.4"),
                new CloseTerms.Band(BigDecimal.ZERO, new BigDecimal("0.8"), BigDecimal.TEN), 3, 0, false);
        Invoice invoice = new Invoice(Currency.getInstance("EUR"), List.of(
                new InvoiceLine(InvoiceLine.Kind.MONTHLY_FEE, "fee", BigDecimal.ONE, new BigDecimal("1000.00"),
                        new BigDecimal("1000.00"), InvoiceLine.Status.BILLED),
                new InvoiceLine(InvoiceLine.Kind.QOS_PENALTY, "penalty", BigDecimal.TEN, BigDecimal.TEN,
                        new BigDecimal("-100.00"), InvoiceLine.Status.BILLED)), new BigDecimal("900.00"));
        return new MonthClose(report, quality, invoice);
    }

    @Test
    void thePrioritiesShowTheFiguresAndWhetherTheyWereMet() {
        List<ResultPage.PriorityRow> rows = ResultPage.priorities(november(), EN);
        ResultPage.PriorityRow p1 = rows.get(0);
        assertEquals("1 · Critical", p1.priority());
        assertEquals(List.of("2", "2:30:00", "2:00:00", "not met", "50 % (1/2)", "20 %", "not met", "0:05:00",
                "0 of 2 late (0 %)"), List.of(p1.resolved(), p1.average(), p1.target(), p1.averageMet(),
                p1.overdueShare(), p1.limit(), p1.shareMet(), p1.responseAverage(), p1.responseLate()));
        assertTrue(p1.averageFailed() && p1.shareFailed());
        ResultPage.PriorityRow p4 = rows.get(1);
        assertEquals("4 · Planned (by agreement)", p4.priority());
        assertEquals(1, p4.accepted());
        assertFalse(p4.averageFailed());
    }

    @Test
    void ticketLinesLinkToTheirTicketAndShowTimesInTheAgreementsZone() {
        List<ResultPage.TicketRow> rows = ResultPage.tickets(november(), EN);
        assertEquals(List.of(11L, 12L), rows.stream().map(ResultPage.TicketRow::ticketId).toList());
        ResultPage.TicketRow late = rows.get(1);
        assertEquals(List.of("late", "2026-11-03 10:00", "2026-11-03 13:00", "3:00:00", "2:00:00", "1:00:00"),
                List.of(late.verdict(), late.registered(), late.ended(), late.resolutionTime(), late.target(),
                        late.over()));
        assertEquals("—", rows.get(0).over());
        assertNull(ResultPage.ticketId("elsewhere"));
    }

    @Test
    void qualityAndInvoiceAreWordedInTheReadersLanguage() {
        MonthClose close = november();
        ResultPage.MetricRow metric = ResultPage.metrics(close.quality(), RU, RU.getLocale()).get(0);
        assertEquals(List.of("Среднее время решения, приоритет 1", "2:30:00", "не выполнено", "0.6", "0", "why"),
                List.of(metric.metric(), metric.value(), metric.outcome(), metric.weight(), metric.points(),
                        metric.explanation()), "a sentence the catalogue does not know stays as the close wrote it");
        assertEquals("0.4 · band [0, 0.8): 10 % of the fee", ResultPage.score(close.quality(), EN));
        List<ResultPage.InvoiceRow> lines = ResultPage.invoice(close, EN);
        assertEquals(List.of("Quality penalty", "10", "10 EUR", "-100.00 EUR", "billed"), List.of(lines.get(1).line(),
                lines.get(1).quantity(), lines.get(1).unitPrice(), lines.get(1).amount(), lines.get(1).status()));
    }

    @Test
    void workingTimesKeepTheirHoursBeyondADay() {
        assertEquals("77:00:05", ResultPage.hms(Duration.ofHours(77).plusSeconds(5)));
        assertEquals("—", ResultPage.hms(null));
    }
}
