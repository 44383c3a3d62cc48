package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.CloseTerms.Priority;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.ResolutionTime.Pause;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The month's close of a worked contract against the rules of the month's close, each figure
 * computed by hand from the rules (worked out on paper, not by running the code).
 *
 * <h2>Contract</h2>
 * SLA "Mazovia Logistics", zone Europe/Warsaw, currency PLN (2 minor digits), monthly fee 12,346.20,
 * service start 15 June 2026 (June = month 1, so November 2026 = month 6), 3 grace months (months 1-3):
 * November is NOT a grace month.
 * <p>
 * Services: ERP on the office calendar Mon-Fri 09:00-18:00 Europe/Warsaw, holiday Wed 11 Nov 2026
 * (Independence Day); NET on a 24/7 calendar in Europe/Warsaw.
 * November 2026: Sun 1, Mon 2 ... Mon 30; all of November and 31 Oct are CET (UTC+1), DST ended 25 Oct.
 * Month = [2026-11-01T00:00 Warsaw = 2026-10-31T23:00Z, 2026-12-01T00:00 Warsaw = 2026-11-30T23:00Z).
 *
 * <pre>
 * Priority        resolution   response   max overdue   late penalty
 * 1 Critical      4 h = 14400  30 min     40 %          200 / ticket + 50 / started hour
 * 2 High          8 h = 28800  1 h        25 %          100 / ticket + 25 / started hour
 * 3 Normal        16 h         4 h        20 %           60 / ticket
 * 4 Planned work  by agreement
 * late-ticket penalty capped at 850.00 a month
 *
 * Quality table: RES P1 0.25, OVD P1 0.20, RES P2 0.15, OVD P2 0.15, RES P3 0.05, OVD P3 0.05,
 *                survey "Are you satisfied with how your request was resolved?" AT_LEAST 80 %, 0.15  (sum 1.00)
 * Bands: [0, 0.6) 15 %, [0.6, 0.9) 7.5 %, [0.9, 1] 0 %; band penalty cap 10 % of the fee.
 * Extras: ticket over volume 45.00; development hour over plan 180.00; weekend/holiday support day 612.50.
 * Agreement volume 9 tickets a month (all services); planned development hours 40.
 * </pre>
 *
 * <h2>Tickets (Warsaw local time) and resolution times by hand</h2>
 * <pre>
 * A1 P1 NET Tue 03 Nov 22:15 -> Wed 04 Nov 02:15          24/7: 4 h                          = 14400 s  exactly target: on time
 * A2 P1 ERP Mon 02 Nov 14:00 -> Tue 03 Nov 09:00:01       Mon 14-18 4 h + Tue 1 s            = 14401 s  late by 1 s  -> 1 started h
 * A3 P1 ERP Sat 07 Nov 10:00 -> Mon 09 Nov 12:30          starts Mon 09:00: 3.5 h            = 12600 s  on time
 * A4 P1 ERP Tue 10 Nov 17:30 -> Thu 12 Nov 14:30:01       Tue 0.5 h + Wed holiday 0 + Thu 09:00-14:30:01 (19801 s)
 *                                                         1800 + 19801                        = 21601 s  late by 7201 s = 2:00:01 -> 3 started h
 * A5 P1 ERP Fri 13 Nov 15:00 -> Mon 16 Nov 11:00, pause Fri 16:30 -> Mon 10:00 (night + weekend)
 *           working Fri 15-18 3 h + Mon 9-11 2 h = 18000; paused working Fri 16:30-18 1.5 h + Mon 9-10 1 h = 9000
 *                                                         18000 - 9000                        =  9000 s  on time
 * C1 P1 ERP Thu 26 Nov 10:00, cancelled 10:20             accepted, listed, not measured
 *
 * B1 P2 NET Sat 31 Oct 21:00 -> Sun 01 Nov 04:00          7 h                                = 25200 s  accepted in OCTOBER, measured in Nov
 * B2 P2 NET Sun 01 Nov 00:30 (= 31 Oct 23:30Z) -> 05:30   5 h                                = 18000 s  accepted in NOVEMBER (zone!), on time
 * A6 P2 NET Thu 19 Nov 20:00 -> Fri 20 Nov 13:00, pause Thu 23:00 -> Fri 07:00 (24/7: all 8 h are working time)
 *                                                         17 h - 8 h = 9 h                   = 32400 s  late by exactly 3600 s -> 1 started h
 * A7 P2 ERP Tue 24 Nov 09:00 -> Wed 25 Nov 11:00          Tue 9 h + Wed 2 h = 11 h           = 39600 s  late by 10800 s -> 3 started h
 *           registered P1 (4 h breached Tue 13:00), lowered 1 -> 2 by kowalski Tue 24 Nov 14:00 "customer confirmed a workaround"
 * B3 P2 NET Mon 30 Nov 20:00 -> Tue 01 Dec 00:30 Warsaw (= 30 Nov 23:30Z): resolved in DECEMBER -> open at November's end
 *
 * D1 P3 ERP Fri 27 Nov 15:00, still open                  accepted, open at month end
 * D2 P3 ERP Thu 29 Oct 10:00, closed w/o resolution Mon 09 Nov 10:00: listed in Nov, not measured, accepted in Oct
 *
 * E1 P4 ERP Mon 02 Nov 09:00 -> Fri 06 Nov 17:00          by agreement (5 x 9 h - 1 h = 44 h = 158400 s)
 * E2 P4 NET Mon 16 Nov 12:00 -> Sat 21 Nov 12:00          by agreement (120 h = 432000 s)
 * </pre>
 *
 * <h2>Report</h2>
 * <pre>
 * accepted (registered in Nov, Warsaw): P1 A1 A2 A3 A4 A5 C1 = 6; P2 B2 A6 A7 B3 = 4; P3 D1 = 1; P4 E1 E2 = 2; total 13
 * P1 measured: A1 A2 A3 A4 A5, n = 5
 *    sum = 14400 + 14401 + 12600 + 21601 + 9000 = 72002; average = 72002/5 = 14400.4 s, shown 4:00:00 (half-up)
 *    14400.4 > 14400 (72002 > 5 x 14400 = 72000): NOT met, although it shows as the target
 *    late A2, A4: 2/5 = 40 % <= 40 %: met (exactly at the limit)
 *    response: 10, 20, 30, 31, 15 min = 106 min / 5 = 21.2 min = 1272 s = 0:21:12; late (> 30 min): A4 only: 1/5 = 20 %
 * P2 measured: B1 B2 A6 A7, n = 4
 *    sum = 25200 + 18000 + 32400 + 39600 = 115200; average = 28800 = 8:00:00 = target: met (<=)
 *    late A6, A7: 2/4 = 50 % > 25 %: NOT met; open at end: B3
 * P3: no ticket resolved: both metrics met, shown "—"; ended D2 (closed, not measured); open D1
 * P4: by agreement: 2 accepted, E1 E2 listed, in no metric
 * flags: A7, counted in P2, lowered 1 -> 2 by kowalski
 * </pre>
 *
 * <h2>Quality</h2>
 * Survey: campaign "Autumn 2026" completed Mon 30 Nov 2026 (the month's last day, so it is used), 16 of 20 = 80 %,
 * AT_LEAST 80 %: met.
 * <pre>
 * RES P1 0.25 no | OVD P1 0.20 yes | RES P2 0.15 yes | OVD P2 0.15 no | RES P3 0.05 yes | OVD P3 0.05 yes | survey 0.15 yes
 * score = 0.20 + 0.15 + 0.05 + 0.05 + 0.15 = 0.60 exactly -> band [0.6, 0.9) (lower bound inclusive) -> 7.5 %
 * 7.5 % <= cap 10 %: not capped
 * </pre>
 *
 * <h2>Invoice (PLN)</h2>
 * <pre>
 * MONTHLY_FEE                     1 x 12346.20                          = 12346.20
 * QOS_PENALTY 7.5 % x 12346.20 = 925.965 -> half-up 925.97 (half-even would give 925.96)  = -925.97
 * LATE_TICKETS P1 (A2, A4)        2 x 200                               =  -400.00
 * LATE_HOURS   P1 1 + 3 = 4 h     4 x 50                                =  -200.00
 * LATE_TICKETS P2 (A6, A7)        2 x 100                               =  -200.00
 * LATE_HOURS   P2 1 + 3 = 4 h     4 x 25                                =  -100.00
 * LATE_PENALTY_CAP 900 > 850: give back 50                              =   +50.00
 * (penalties 925.97 + 850 = 1775.97 < fee: no PENALTY_LIMIT)
 * TICKETS_OVER_VOLUME: ERP's own volume marks A7, C1, D1 (3); 13 accepted - 9 = 4; max(3, 4) = 4 x 45.00 = 180.00
 * DEVELOPMENT_HOURS_OVER_PLAN 47.25 - 40 = 7.25 x 180.00                = 1305.00
 * WEEKEND_HOLIDAY_SUPPORT_DAYS 2 x 612.50                               = 1225.00
 * total = 12346.20 - 925.97 - 900.00 + 50.00 + 180.00 + 1305.00 + 1225.00 = 13280.23
 * </pre>
 */
class WarsawContractMonthTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final WorkCalendar OFFICE = WorkCalendar.of(CalendarRules.of(WARSAW,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
                    .holiday(LocalDate.of(2026, 11, 11)).build()));
    static final WorkCalendar ALWAYS = WorkCalendar.twentyFourSeven(WARSAW);
    static final ClosingMonth NOVEMBER = new ClosingMonth(YearMonth.of(2026, 11), WARSAW);
    static final String QUESTION = "Are you satisfied with how your request was resolved?";

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WARSAW).toInstant();
    }

    static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    static final CloseTerms TERMS = new CloseTerms(Currency.getInstance("PLN"), n("12346.20"),
            LocalDate.of(2026, 6, 15), 3,
            List.of(new Priority(1, "Critical", false, Duration.ofHours(4), Duration.ofMinutes(30), n("40")),
                    new Priority(2, "High", false, Duration.ofHours(8), Duration.ofHours(1), n("25")),
                    new Priority(3, "Normal", false, Duration.ofHours(16), Duration.ofHours(4), n("20")),
                    Priority.byAgreement(4, "Planned work")),
            List.of(),
            List.of(Metric.resolutionTime(1, n("0.25")), Metric.overdueShare(1, n("0.20")),
                    Metric.resolutionTime(2, n("0.15")), Metric.overdueShare(2, n("0.15")),
                    Metric.resolutionTime(3, n("0.05")), Metric.overdueShare(3, n("0.05")),
                    Metric.survey(QUESTION, n("80"), ThresholdComparison.AT_LEAST, n("0.15"))),
            List.of(new Band(n("0"), n("0.6"), n("15")), new Band(n("0.6"), n("0.9"), n("7.5")),
                    new Band(n("0.9"), n("1"), n("0"))),
            n("10"),
            Map.of(ExtraServiceKind.TICKET_OVER_VOLUME, n("45.00"),
                    ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, n("180.00"),
                    ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, n("612.50")),
            9L, n("40"),
            new LatePenalty(List.of(new LateRate(1, n("200"), n("50")), new LateRate(2, n("100"), n("25")),
                    new LateRate(3, n("60"), null)), n("850")));

    static final PriorityLowering A7_LOWERED = new PriorityLowering("kowalski", at("2026-11-24T14:00"),
            "customer confirmed a workaround", 1, 2);

    static TicketFacts resolved(String number, String service, int priority, String registered, String ended,
                                long seconds, Duration response, PriorityLowering... lowerings) {
        return new TicketFacts(number, service, priority, Outcome.RESOLVED, at(registered), at(ended), s(seconds),
                response, "/api/tickets/" + number + "/clocks/resolution/timeline", List.of(lowerings));
    }

    static TicketFacts ended(String number, String service, int priority, Outcome outcome, String registered,
                             String ended) {
        return new TicketFacts(number, service, priority, outcome, at(registered), ended == null ? null : at(ended),
                null, null, "/api/tickets/" + number + "/clocks/resolution/timeline", List.of());
    }

    static Duration min(long m) {
        return Duration.ofMinutes(m);
    }

    /** Resolution times are the hand-computed ones (see the class comment), not the code's. */
    static List<TicketFacts> tickets() {
        return List.of(
                resolved("A1", "NET", 1, "2026-11-03T22:15", "2026-11-04T02:15", 14400, min(10)),
                resolved("A2", "ERP", 1, "2026-11-02T14:00", "2026-11-03T09:00:01", 14401, min(20)),
                resolved("A3", "ERP", 1, "2026-11-07T10:00", "2026-11-09T12:30", 12600, min(30)),
                resolved("A4", "ERP", 1, "2026-11-10T17:30", "2026-11-12T14:30:01", 21601, min(31)),
                resolved("A5", "ERP", 1, "2026-11-13T15:00", "2026-11-16T11:00", 9000, min(15)),
                ended("C1", "ERP", 1, Outcome.CANCELLED, "2026-11-26T10:00", "2026-11-26T10:20"),
                resolved("B1", "NET", 2, "2026-10-31T21:00", "2026-11-01T04:00", 25200, min(5)),
                resolved("B2", "NET", 2, "2026-11-01T00:30", "2026-11-01T05:30", 18000, min(5)),
                resolved("A6", "NET", 2, "2026-11-19T20:00", "2026-11-20T13:00", 32400, min(5)),
                resolved("A7", "ERP", 2, "2026-11-24T09:00", "2026-11-25T11:00", 39600, min(5), A7_LOWERED),
                resolved("B3", "NET", 2, "2026-11-30T20:00", "2026-12-01T00:30", 16200, min(5)),
                ended("D1", "ERP", 3, Outcome.OPEN, "2026-11-27T15:00", null),
                ended("D2", "ERP", 3, Outcome.CLOSED, "2026-10-29T10:00", "2026-11-09T10:00"),
                resolved("E1", "ERP", 4, "2026-11-02T09:00", "2026-11-06T17:00", 158400, null),
                resolved("E2", "NET", 4, "2026-11-16T12:00", "2026-11-21T12:00", 432000, null));
    }

    static MonthCloseInput input() {
        SurveyResult survey = new SurveyResult("Autumn 2026", LocalDate.of(2026, 11, 30),
                List.of(new SurveyResult.Question(QUESTION, 16, 20), new SurveyResult.Question("Other?", 1, 10)));
        UsageFacts usage = new UsageFacts(n("47.25"), 2,
                List.of(new UsageFacts.ServiceExtras("ERP", List.of("A7", "C1", "D1"))));
        return new MonthCloseInput(NOVEMBER, TERMS, tickets(),
                List.of(new ServiceFacts("ERP", OFFICE, null, List.of()), new ServiceFacts("NET", ALWAYS, null, List.of())),
                survey, usage);
    }

    private final MonthClose close = MonthCloseCalculator.close(input());

    /** The resolution-time rule on its own agrees with the hand-computed seconds. */
    @Test
    void resolutionTimesByHand() {
        assertEquals(s(14400), ResolutionTime.measure(ALWAYS, at("2026-11-03T22:15"), at("2026-11-04T02:15"),
                List.of()).resolution(), "A1");
        assertEquals(s(14401), ResolutionTime.measure(OFFICE, at("2026-11-02T14:00"), at("2026-11-03T09:00:01"),
                List.of()).resolution(), "A2");
        assertEquals(s(12600), ResolutionTime.measure(OFFICE, at("2026-11-07T10:00"), at("2026-11-09T12:30"),
                List.of()).resolution(), "A3 registered on a Saturday");
        assertEquals(s(21601), ResolutionTime.measure(OFFICE, at("2026-11-10T17:30"), at("2026-11-12T14:30:01"),
                List.of()).resolution(), "A4 evening before the holiday");
        ResolutionTime a5 = ResolutionTime.measure(OFFICE, at("2026-11-13T15:00"), at("2026-11-16T11:00"),
                List.of(new Pause(at("2026-11-13T16:30"), at("2026-11-16T10:00"))));
        assertEquals(List.of(s(18000), s(9000), s(9000)), List.of(a5.working(), a5.paused(), a5.resolution()), "A5");
        assertEquals(s(25200), ResolutionTime.measure(ALWAYS, at("2026-10-31T21:00"), at("2026-11-01T04:00"),
                List.of()).resolution(), "B1");
        assertEquals(s(18000), ResolutionTime.measure(ALWAYS, at("2026-11-01T00:30"), at("2026-11-01T05:30"),
                List.of()).resolution(), "B2");
        assertEquals(s(32400), ResolutionTime.measure(ALWAYS, at("2026-11-19T20:00"), at("2026-11-20T13:00"),
                List.of(new Pause(at("2026-11-19T23:00"), at("2026-11-20T07:00")))).resolution(), "A6");
        assertEquals(s(39600), ResolutionTime.measure(OFFICE, at("2026-11-24T09:00"), at("2026-11-25T11:00"),
                List.of()).resolution(), "A7");
        assertEquals(s(158400), ResolutionTime.measure(OFFICE, at("2026-11-02T09:00"), at("2026-11-06T17:00"),
                List.of()).resolution(), "E1");
        // outside the month, a sanity check of the 24/7 calendar over the DST change (Sun 25 Oct 2026, 03:00 CEST
        // -> 02:00 CET): Sat 24 Oct 22:00 CEST (20:00Z) to Sun 25 Oct 06:00 CET (05:00Z) is 9 real hours = 32400 s
        assertEquals(s(32400), ResolutionTime.measure(ALWAYS, at("2026-10-24T22:00"), at("2026-10-25T06:00"),
                List.of()).resolution(), "24/7 across the DST change");
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), NOVEMBER.start());
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), NOVEMBER.end());
        assertEquals(Instant.parse("2026-10-31T23:30:00Z"), at("2026-11-01T00:30"), "B2 is in October in UTC");
    }

    @Test
    void priorityOneAverageJustOverTargetAndShareAtLimit() {
        PriorityFigures p1 = close.report().priority(1);
        assertEquals(6, p1.accepted());
        assertEquals(5, p1.resolved());
        assertEquals(Fraction.of(72002, 5), p1.averageSeconds());
        assertEquals("4:00:00", p1.averageText(), "14400.4 s shown half-up");
        assertEquals(Check.NOT_MET, p1.averageCheck(), "14400.4 > 14400 exactly");
        assertEquals(2, p1.overdue());
        assertEquals(Fraction.of(2, 5), p1.overdueShare());
        assertEquals(Check.MET, p1.shareCheck(), "40 % is at the 40 % limit");
        assertEquals(List.of("A2 (ERP): 4:00:01 against 4:00:00, late by 0:00:01",
                "A1 (NET): 4:00:00 against 4:00:00, on time",
                "A3 (ERP): 3:30:00 against 4:00:00, on time",
                "A4 (ERP): 6:00:01 against 4:00:00, late by 2:00:01",
                "A5 (ERP): 2:30:00 against 4:00:00, on time",
                "C1 (ERP): cancelled: listed, measured in no metric"),
                p1.ended().stream().map(TicketLine::describe).toList());
        assertEquals(List.of(1L, 0L, 0L, 3L, 0L, 0L),
                p1.ended().stream().map(TicketLine::startedHoursLate).toList());
        assertEquals(Fraction.of(6360, 5), p1.response().averageSeconds());
        assertEquals(Duration.ofSeconds(1272), p1.response().average());
        assertEquals(1, p1.response().late(), "A4's 31 min; A3's 30 min is on time");
        assertEquals(0, n("20.00").compareTo(p1.response().lateSharePercent()));
        assertTrue(p1.openAtMonthEnd().isEmpty());
    }

    @Test
    void priorityTwoMonthEdgesAndLowering() {
        PriorityFigures p2 = close.report().priority(2);
        assertEquals(4, p2.accepted(), "B2 (00:30 Warsaw on 1 Nov), A6, A7, B3; B1 was accepted in October");
        assertEquals(4, p2.resolved(), "B1, B2, A6, A7; B3 resolved 00:30 on 1 Dec Warsaw");
        assertEquals(List.of("B1", "B2", "A6", "A7"), p2.ended().stream().map(TicketLine::number).toList());
        assertEquals(Fraction.of(115200, 4), p2.averageSeconds());
        assertEquals("8:00:00", p2.averageText());
        assertEquals(Check.MET, p2.averageCheck(), "average exactly the target");
        assertEquals(2, p2.overdue());
        assertEquals(Check.NOT_MET, p2.shareCheck(), "50 % > 25 %");
        assertEquals(List.of(0L, 0L, 1L, 3L), p2.ended().stream().map(TicketLine::startedHoursLate).toList(),
                "A6 exactly 1 h late is 1 started hour");
        assertEquals(List.of("B3"), p2.openAtMonthEnd().stream().map(TicketLine::number).toList());
        assertEquals(List.of(new PriorityFlag("A7", 2, A7_LOWERED)), close.report().flags());
    }

    @Test
    void priorityThreeEmptyAndByAgreement() {
        PriorityFigures p3 = close.report().priority(3);
        assertEquals(1, p3.accepted());
        assertEquals(0, p3.resolved());
        assertTrue(p3.averageCheck().met());
        assertTrue(p3.shareCheck().met());
        assertEquals("—", p3.averageText());
        assertEquals("—", p3.overdueShareText());
        assertEquals(List.of("D2"), p3.ended().stream().map(TicketLine::number).toList());
        assertEquals(TicketLine.Verdict.CLOSED_UNRESOLVED, p3.ended().get(0).verdict());
        assertEquals(List.of("D1"), p3.openAtMonthEnd().stream().map(TicketLine::number).toList());
        PriorityFigures p4 = close.report().priority(4);
        assertEquals(2, p4.accepted());
        assertEquals(0, p4.resolved());
        assertEquals(List.of(TicketLine.Verdict.BY_AGREEMENT, TicketLine.Verdict.BY_AGREEMENT),
                p4.ended().stream().map(TicketLine::verdict).toList());
        assertEquals(13, close.report().priorities().stream().mapToInt(PriorityFigures::accepted).sum());
    }

    @Test
    void qualityScoreOnTheBandsLowerBound() {
        QualityScore q = close.quality();
        assertEquals(List.of(false, true, true, false, true, true, true),
                q.metrics().stream().map(MetricOutcome::met).toList());
        assertEquals(List.of("4:00:00", "40 %", "8:00:00", "50 %", "—", "—", "80 %"),
                q.metrics().stream().map(MetricOutcome::value).toList());
        assertEquals(0, n("0.60").compareTo(q.score()), "score " + q.score());
        assertEquals(new Band(n("0.6"), n("0.9"), n("7.5")), q.band());
        assertEquals(6, q.monthNumber());
        assertEquals(false, q.grace());
    }

    @Test
    void invoiceByHand() {
        Invoice invoice = close.invoice();
        assertEquals(List.of(Kind.MONTHLY_FEE, Kind.QOS_PENALTY, Kind.LATE_TICKETS, Kind.LATE_HOURS, Kind.LATE_TICKETS,
                Kind.LATE_HOURS, Kind.LATE_PENALTY_CAP, Kind.TICKETS_OVER_VOLUME, Kind.DEVELOPMENT_HOURS_OVER_PLAN,
                Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS), invoice.lines().stream().map(InvoiceLine::kind).toList());
        assertEquals(List.of(n("12346.20"), n("-925.97"), n("-400.00"), n("-200.00"), n("-200.00"), n("-100.00"),
                n("50.00"), n("180.00"), n("1305.00"), n("1225.00")),
                invoice.lines().stream().map(InvoiceLine::amount).toList());
        assertEquals(List.of(n("1"), n("7.5"), n("2"), n("4"), n("2"), n("4"), n("1"), n("4"), n("7.25"), n("2")),
                invoice.lines().stream().map(InvoiceLine::quantity).map(BigDecimal::stripTrailingZeros)
                        .map(BigDecimal::toPlainString).map(BigDecimal::new).toList());
        assertTrue(invoice.lines().stream().allMatch(l -> l.status() == InvoiceLine.Status.BILLED));
        assertEquals(n("13280.23"), invoice.total());
        assertNull(invoice.lines(Kind.PENALTY_LIMIT).isEmpty() ? null : "unexpected penalty limit");
    }
}
