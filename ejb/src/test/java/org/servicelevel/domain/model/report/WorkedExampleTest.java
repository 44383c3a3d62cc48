package org.servicelevel.domain.model.report;

import org.servicelevel.domain.model.agreement.ThresholdComparison;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.OFFICE;
import static org.servicelevel.domain.model.report.CloseFixture.RUB;
import static org.servicelevel.domain.model.report.CloseFixture.assertDecimal;
import static org.servicelevel.domain.model.report.CloseFixture.at;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.n;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.CloseTerms.Priority;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.InvoiceLine.Status;
import org.servicelevel.domain.model.report.ResolutionTime.Pause;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;

/** The worked example of docs/month-close.md, figure by figure. */
class WorkedExampleTest {

    private static final String SATISFIED = "Satisfied with the service?";

    private static final CloseTerms TERMS = new CloseTerms(RUB, n("123456.78"), LocalDate.of(2026, 3, 1), 2,
            List.of(new Priority(1, "Critical", false, Duration.ofHours(4), Duration.ofMinutes(30), n("40")),
                    new Priority(2, "High", false, Duration.ofHours(8), Duration.ofHours(1), n("20")),
                    Priority.byAgreement(3, "Planned work")),
            List.of(),
            List.of(Metric.resolutionTime(1, n("0.25")), Metric.overdueShare(1, n("0.25")),
                    Metric.resolutionTime(2, n("0.15")), Metric.overdueShare(2, n("0.15")),
                    Metric.survey(SATISFIED, n("70"), ThresholdComparison.GREATER_THAN, n("0.1")),
                    Metric.availability("WS", n("0.1"))),
            List.of(new Band(n("0"), n("0.6"), n("15")), new Band(n("0.6"), n("0.85"), n("7.5")),
                    new Band(n("0.85"), n("0.95"), n("3.33")), new Band(n("0.95"), n("1"), n("0"))),
            n("10"),
            Map.of(ExtraServiceKind.TICKET_OVER_VOLUME, n("1500"), ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN,
                    n("2400")),
            5L, n("20"),
            new LatePenalty(List.of(new LateRate(1, n("1000"), n("250")), new LateRate(2, n("500"), null)),
                    n("3000")));

    private static TicketFacts ticket(String number, int priority, Outcome outcome, String registered, String ended,
                                      Duration response, List<Pause> pauses, PriorityLowering... lowerings) {
        Duration resolution = outcome == Outcome.RESOLVED
                ? ResolutionTime.measure(OFFICE, at(registered), at(ended), pauses).resolution() : null;
        return new TicketFacts(number, "WS", priority, outcome, at(registered), ended == null ? null : at(ended),
                resolution, response, "/api/tickets/" + number + "/clocks/resolution/timeline", List.of(lowerings));
    }

    private static final PriorityLowering LOWERED = new PriorityLowering("petrov", at("2026-10-30T11:00"),
            "customer agreed: not critical", 1, 2);

    static MonthCloseInput input() {
        List<TicketFacts> tickets = List.of(
                ticket("T-101", 1, Outcome.RESOLVED, "2026-11-02T10:00", "2026-11-02T14:00", hms(0, 10, 0), List.of()),
                ticket("T-102", 1, Outcome.RESOLVED, "2026-11-05T16:00", "2026-11-09T15:00", hms(0, 35, 0),
                        List.of(new Pause(at("2026-11-05T17:00"), at("2026-11-09T10:00")))),
                ticket("T-103", 1, Outcome.RESOLVED, "2026-11-07T11:00", "2026-11-09T13:00:01", hms(0, 30, 0),
                        List.of()),
                ticket("T-104", 2, Outcome.RESOLVED, "2026-11-03T17:00", "2026-11-05T12:00", hms(0, 40, 0), List.of()),
                ticket("T-105", 2, Outcome.RESOLVED, "2026-11-30T16:00", "2026-12-01T10:00", hms(0, 15, 0), List.of()),
                ticket("T-106", 3, Outcome.RESOLVED, "2026-11-10T12:00", "2026-11-20T17:00", null, List.of()),
                ticket("T-107", 2, Outcome.RESOLVED, "2026-10-29T15:00", "2026-11-02T11:00", hms(0, 50, 0), List.of(),
                        LOWERED),
                ticket("T-108", 1, Outcome.CANCELLED, "2026-11-12T10:00", "2026-11-12T10:30", null, List.of()),
                ticket("T-109", 1, Outcome.RESOLVED, "2026-11-10T09:00", "2026-11-10T10:00", hms(0, 5, 0), List.of()),
                ticket("T-110", 1, Outcome.RESOLVED, "2026-11-11T09:00", "2026-11-11T11:00", hms(0, 20, 0),
                        List.of()));
        ServiceFacts ws = new ServiceFacts("WS", OFFICE, new ServiceFacts.AvailabilityTarget(n("99.5"), null),
                List.of(new ServiceFacts.Outage(at("2026-11-02T10:00"), at("2026-11-02T10:54"), "outage 17")));
        SurveyResult survey = new SurveyResult("H1 2026", LocalDate.of(2026, 6, 20),
                List.of(new SurveyResult.Question(SATISFIED, 14, 20)));
        UsageFacts usage = new UsageFacts(n("26.5"), 1,
                List.of(new UsageFacts.ServiceExtras("WS", List.of("T-108", "T-109", "T-110"))));
        return new MonthCloseInput(NOVEMBER, TERMS, tickets, List.of(ws), survey, usage);
    }

    private final MonthClose close = MonthCloseCalculator.close(input());

    @Test
    void resolutionTimes() {
        MonthCloseInput input = input();
        assertEquals(Arrays.asList(hms(4, 0, 0), hms(6, 0, 0), hms(4, 0, 1), hms(4, 0, 0), hms(3, 0, 0),
                hms(77, 0, 0), hms(14, 0, 0), null, hms(1, 0, 0), hms(2, 0, 0)),
                input.tickets().stream().map(TicketFacts::resolutionTime).toList());
    }

    @Test
    void priorityOne() {
        PriorityFigures p1 = close.report().priority(1);
        assertEquals(6, p1.accepted());
        assertEquals(5, p1.resolved());
        assertEquals(Fraction.of(61201, 5), p1.averageSeconds());
        assertEquals("3:24:00", p1.averageText());
        assertEquals(Check.MET, p1.averageCheck());
        assertEquals(2, p1.overdue());
        assertEquals("40 %", p1.overdueShareText());
        assertEquals(Check.MET, p1.shareCheck(), "2 of 5 is exactly the 40 % limit");
        assertEquals(List.of("T-101 (WS): 4:00:00 against 4:00:00, on time",
                "T-103 (WS): 4:00:01 against 4:00:00, late by 0:00:01",
                "T-102 (WS): 6:00:00 against 4:00:00, late by 2:00:00",
                "T-109 (WS): 1:00:00 against 4:00:00, on time", "T-110 (WS): 2:00:00 against 4:00:00, on time",
                "T-108 (WS): cancelled: listed, measured in no metric"),
                p1.ended().stream().map(TicketLine::describe).toList());
        assertEquals(hms(0, 20, 0), p1.response().average());
        assertEquals(1, p1.response().late(), "T-102's 35 minutes; T-103's 30 are on time");
        assertDecimal("20.00", p1.response().lateSharePercent());
    }

    @Test
    void priorityTwoAndThree() {
        PriorityFigures p2 = close.report().priority(2);
        assertEquals(2, p2.accepted(), "T-104 and T-105; T-107 was accepted in October");
        assertEquals(2, p2.resolved(), "T-107 and T-104");
        assertEquals("9:00:00", p2.averageText());
        assertEquals(Check.NOT_MET, p2.averageCheck());
        assertEquals("50 %", p2.overdueShareText());
        assertEquals(Check.NOT_MET, p2.shareCheck());
        assertEquals(List.of("T-105"), p2.openAtMonthEnd().stream().map(TicketLine::number).toList());
        assertEquals(List.of(new PriorityFlag("T-107", 2, LOWERED)), close.report().flags());
        PriorityFigures p3 = close.report().priority(3);
        assertEquals(1, p3.accepted());
        assertEquals(TicketLine.Verdict.BY_AGREEMENT, p3.ended().get(0).verdict());
    }

    @Test
    void quality() {
        QualityScore quality = close.quality();
        assertEquals(List.of(true, true, false, false, false, true),
                quality.metrics().stream().map(MetricOutcome::met).toList());
        assertEquals(List.of("3:24:00", "40 %", "9:00:00", "50 %", "70 %", "99.5 %"),
                quality.metrics().stream().map(MetricOutcome::value).toList());
        assertDecimal("0.6", quality.score());
        assertEquals(new Band(n("0.6"), n("0.85"), n("7.5")), quality.band());
        assertEquals(9, quality.monthNumber());
        assertEquals(false, quality.grace());
    }

    @Test
    void invoice() {
        Invoice invoice = close.invoice();
        assertEquals(List.of(Kind.MONTHLY_FEE, Kind.QOS_PENALTY, Kind.LATE_TICKETS, Kind.LATE_HOURS, Kind.LATE_TICKETS,
                Kind.LATE_PENALTY_CAP, Kind.TICKETS_OVER_VOLUME, Kind.DEVELOPMENT_HOURS_OVER_PLAN,
                Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS), invoice.lines().stream().map(InvoiceLine::kind).toList());
        assertEquals(List.of(n("123456.78"), n("-9259.26"), n("-2000.00"), n("-750.00"), n("-500.00"), n("250.00"),
                n("6000.00"), n("15600.00"), n("0.00")), invoice.lines().stream().map(InvoiceLine::amount).toList());
        assertEquals(List.of(n("1"), n("7.5"), n("2"), n("3"), n("1"), n("1"), n("4"), n("6.5"), n("1")),
                invoice.lines().stream().map(InvoiceLine::quantity).toList());
        assertEquals(Status.NOT_PRICED, invoice.lines().get(8).status());
        assertEquals(n("132797.52"), invoice.total());
    }
}
