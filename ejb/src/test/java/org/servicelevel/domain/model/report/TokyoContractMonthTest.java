package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.LatePenalty;
import org.servicelevel.domain.model.report.CloseTerms.LateRate;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.CloseTerms.Priority;
import org.servicelevel.domain.model.report.InvoiceLine.Kind;
import org.servicelevel.domain.model.report.InvoiceLine.Status;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The month's close of a second worked contract, each figure computed by hand from the rules of the
 * month's close (on paper, not by running the code): an agreement in Asia/Tokyo invoiced in JPY (no
 * minor digits), with a service on a São Paulo calendar, a worked Saturday, a shortened day, both
 * penalty models, three survey comparisons and a grace month; the same month in BHD (3 minor digits)
 * and in KWD with penalties beyond the fee.
 *
 * <h2>Contract</h2>
 * SLA "Kanto Rail", zone Asia/Tokyo (UTC+9, no DST), currency JPY (0 minor digits), monthly fee 1,234,620,
 * service start Mon 31 Aug 2026: August is month 1 (the calendar month containing the start, although
 * only one day of it is served), September month 2, October month 3; 2 grace months: September is a grace
 * month, October is not.
 * <p>
 * Services:
 * <ul>
 *   <li>ERP on the Tokyo office calendar: Mon-Fri 09:00-18:00 Asia/Tokyo; Mon 12 Oct 2026 a holiday (Sports
 *       Day); a transferred working day: Fri 23 Oct is a day off, Sat 24 Oct is worked 09:00-18:00; Fri 30 Oct
 *       is a shortened day 09:00-13:00;</li>
 *   <li>NET on a 24/7 calendar in Asia/Tokyo, availability target 99.9 %;</li>
 *   <li>HELP on a São Paulo calendar: Mon-Fri 08:00-17:00 America/Sao_Paulo (UTC-3, no DST since 2019),
 *       holiday Mon 12 Oct 2026. São Paulo is 12 hours behind Tokyo.</li>
 * </ul>
 * October 2026 in Tokyo: Thu 1 ... Sat 31; month = [Thu 1 Oct 00:00 Tokyo = 2026-09-30T15:00Z,
 * Sun 1 Nov 00:00 Tokyo = 2026-10-31T15:00Z).
 *
 * <pre>
 * Priority        resolution      response   max overdue   late penalty
 * 1 Critical      2 h  =  7200 s  15 min     25 %          5,000 / ticket + 1,500 / started hour
 * 2 High          8 h  = 28800 s  1 h        25 %          2,000 / ticket
 * 3 Normal        24 h = 86400 s  4 h        10 %          (not listed: costs nothing)
 * 4 Planned work  by agreement
 * late-ticket penalty capped at 30,000 a month
 *
 * Quality table (sum 1.00): RES P1 0.20, OVD P1 0.20, RES P2 0.10, OVD P2 0.10, RES P3 0.05, OVD P3 0.05,
 *   survey INFORMED  "Were you kept informed about progress?"  GREATER_THAN 62.5 %  0.10
 *   survey SOLVED    "Was the problem solved the first time?"  AT_LEAST     75 %    0.10
 *   survey RECOMMEND "Would you recommend us to a colleague?"  GREATER_THAN 33.33 % 0.05
 *   availability NET 0.05
 * Bands: [0, 0.45) 15 %, [0.45, 0.8) 7.5 %, [0.8, 0.95) 2.5 %, [0.95, 1] 0 %; band penalty cap 10 % of the fee.
 * Extras: ticket over volume 3,300; development hour over plan 4,002; weekend/holiday support day 45,000.
 * Agreement volume 12 tickets a month; NET's own volume 1 ticket a month; planned development hours 20.5.
 * </pre>
 *
 * <h2>October's tickets (Tokyo local time unless said) and resolution times by hand</h2>
 * <pre>
 * K1 P1 NET  Thu 01 Oct 00:10 (= 30 Sep 15:10Z: September in UTC, October in Tokyo) -> Thu 01 Oct 02:10
 *                                                   24/7: 2 h                       =  7200 s  exactly the target
 * K2 P1 ERP  Fri 02 Oct 17:00 -> Mon 05 Oct 10:00:01   Fri 1 h + Mon 1 h 1 s         =  7201 s  late 1 s -> 1 h
 * K3 P1 ERP  Fri 09 Oct 17:30 -> Tue 13 Oct 10:30      Fri 0.5 h + Sat/Sun/Mon 12 (holiday) 0 + Tue 1.5 h
 *                                                                                   =  7200 s  on time
 * K4 P1 ERP  Fri 23 Oct 10:00 (day off) -> Sat 24 Oct 12:00   starts at the worked Saturday's opening 09:00:
 *                                                   3 h                             = 10800 s  late exactly 1 h -> 1 h
 * K5 P1 ERP  Thu 29 Oct 17:00 -> Fri 30 Oct 16:00      Thu 1 h + Fri 09:00-13:00 (shortened) 4 h
 *                                                                                   = 18000 s  late 3 h -> 3 started h
 *            (had Friday not been shortened: 1 h + 7 h = 28800 s)
 * K6 P1 HELP Wed 14 Oct 15:00 SP (= Thu 15 Oct 03:00 Tokyo) -> Thu 15 Oct 09:00:01 SP (= Thu 15 Oct 21:00:01 Tokyo)
 *                                                   Wed 15-17 2 h + Thu 08:00-09:00:01 1 h 1 s
 *                                                                                   = 10801 s  late 1:00:01 -> 2 h
 * K7 P1 ERP  Mon 19 Oct 10:00, cancelled 10:05      accepted, listed, not measured
 *
 * L1 P2 NET  Wed 30 Sep 23:30 -> Thu 01 Oct 06:30      7 h                           = 25200 s  accepted in SEPTEMBER,
 *                                                                                              measured in October
 * L2 P2 ERP  Mon 05 Oct 09:00 -> Mon 05 Oct 15:00      6 h                           = 21600 s  on time against 8 h
 *            registered P1 (its 2 h breached at 11:00), lowered 1 -> 2 by tanaka at 13:00 "customer confirmed the
 *            line is redundant": counted in P2, where it is on time, and flagged
 * L3 P2 HELP Wed 30 Sep 14:00 SP (= 17:00Z = Thu 01 Oct 02:00 Tokyo: accepted in OCTOBER) -> Thu 01 Oct 15:00 SP
 *                                                   Wed 14-17 3 h + Thu 08-15 7 h  = 36000 s  late 2 h (no hour rate)
 * L4 P2 NET  Sat 31 Oct 20:00 -> Sun 01 Nov 00:10 Tokyo (= 31 Oct 15:10Z, October in UTC): OPEN at October's end
 * L5 P2 NET  Sat 31 Oct 16:00 -> Sat 31 Oct 23:59:59   7:59:59                       = 28799 s  on time, in October
 *
 * M1 P3 ERP  Fri 30 Oct 12:00 (shortened day) -> Mon 02 Nov 10:00: OPEN at October's end (1 h + 1 h = 7200 s in Nov)
 *
 * N1 P4 ERP  Tue 06 Oct 10:00 -> Fri 09 Oct 17:00      8 + 9 + 9 + 8 h               = 122400 s by agreement
 * N2 P4 NET  Mon 26 Oct 09:00, still open             by agreement, open at the end
 * </pre>
 *
 * <h2>October's report</h2>
 * <pre>
 * accepted: P1 K1..K7 = 7; P2 L2 L3 L4 L5 = 4 (L1 is September's); P3 M1 = 1; P4 N1 N2 = 2; total 14
 * P1 measured K1 K2 K3 K4 K5 K6, n = 6
 *    sum = 7200 + 7201 + 7200 + 10800 + 18000 + 10801 = 61202; average 61202/6 = 10200.33 s, shown 2:50:00
 *    61202 > 6 x 7200 = 43200: NOT met
 *    late K2 K4 K5 K6: 4/6 = 66.67 % > 25 %: NOT met
 *    ended in order of end: K1, K2, K3, K6 (15 Oct 12:00:01Z), K7, K4, K5; started hours 0,1,0,2,0,1,3
 *    response 300, 900, 960, 600, 1200, 899 s: sum 4859, average 809.83 -> 810 s = 0:13:30;
 *    late (> 900 s): K3, K5 = 2/6 = 33.33 %; K2's 900 s is exactly on time
 * P2 measured L1 L2 L3 L5, n = 4
 *    sum = 25200 + 21600 + 36000 + 28799 = 111599; average 27899.75 s, shown 7:45:00;
 *    111599 <= 4 x 28800 = 115200: met
 *    late L3: 1/4 = 25 % <= 25 %: met (exactly the limit)
 *    ended in order of end: L1 (30 Sep 21:30Z), L3 (1 Oct 18:00Z), L2 (5 Oct 06:00Z), L5 (31 Oct 14:59:59Z); open L4
 *    response 600, 1800, 3660, 3600: sum 9660, average 2415 s = 0:40:15; late L3: 1/4 = 25 %
 * P3 nothing resolved: both metrics met, "—"; open M1
 * P4 by agreement: 2 accepted, N1 listed (ended), N2 open; in no metric
 * flags: L2, counted in P2, lowered 1 -> 2 by tanaka
 * NET: 31 x 24 h = 744 h = 2678400 s of service hours
 *    outage O1 Wed 30 Sep 23:50 -> Thu 01 Oct 00:20: 1200 s inside October (its whole stretch is 1800 s)
 *    outages O2 Fri 16 Oct 03:00:00 -> 03:15:00 and O3 03:10:00 -> 03:24:39 overlap: one stretch of 1479 s
 *    downtime 1200 + 1479 = 2679 s; availability 2675721/2678400 = 99.89997760 %, shown to 4 decimals 99.9000 %
 *    at least 99.9 %? 100 x 2675721 = 267572100 < 99.9 x 2678400 = 267572160: NOT met, though shown as 99.9 %
 *    longest stretch: O1, 1800 s over its whole length
 * </pre>
 *
 * <h2>October's quality</h2>
 * Campaign "Autumn 2026" completed Sat 31 Oct 2026, the month's last day: it is used.
 * <pre>
 * INFORMED   5 of 8  = 62.5 %,  more than 62.5 %?  no (exactly the threshold, strict)
 * SOLVED     15 of 20 = 75 %,   at least 75 %?     yes (exactly the threshold)
 * RECOMMEND  1 of 3  = 33.333.. %, more than 33.33 %? 100 x 1 = 100 > 33.33 x 3 = 99.99: yes, though shown 33.33 %
 * RES P1 0.20 no | OVD P1 0.20 no | RES P2 0.10 yes | OVD P2 0.10 yes | RES P3 0.05 yes | OVD P3 0.05 yes
 * INFORMED 0.10 no | SOLVED 0.10 yes | RECOMMEND 0.05 yes | availability NET 0.05 no
 * score = 0.10 + 0.10 + 0.05 + 0.05 + 0.10 + 0.05 = 0.45 exactly: band [0.45, 0.8) (lower bound included) 7.5 %
 * 7.5 % <= cap 10 %: not capped; month 3 > 2 grace months: billed
 * </pre>
 *
 * <h2>October's invoice (JPY, rounded half-up to whole yen)</h2>
 * <pre>
 * MONTHLY_FEE                 1 x 1234620                                       =  1234620
 * QOS_PENALTY                 7.5 x 12346.20 = 92596.5 -> 92597 (half-even would give 92596)  =   -92597
 * LATE_TICKETS P1 K2 K6 K4 K5 4 x 5000                                          =   -20000
 * LATE_HOURS   P1 1 + 2 + 1 + 3 = 7 x 1500                                      =   -10500
 * LATE_TICKETS P2 L3          1 x 2000 (P2 has no hourly rate: no hours line)   =    -2000
 * LATE_PENALTY_CAP            32500 > 30000: gives back 2500                    =    +2500
 * (penalties 92597 + 30000 = 122597 <= fee: no PENALTY_LIMIT)
 * TICKETS_OVER_VOLUME  NET's volume marks N2, L5, L4 (3); 14 accepted - 12 = 2; max(3, 2) = 3 x 3300 =  +9900
 * DEVELOPMENT_HOURS_OVER_PLAN (27.75 - 20.5) = 7.25 x 4002 = 29014.5 -> 29015 (half-even 29014)      =  +29015
 * WEEKEND_HOLIDAY_SUPPORT_DAYS 3 x 45000                                        =  +135000
 * total = 1234620 - 92597 - 20000 - 10500 - 2000 + 2500 + 9900 + 29015 + 135000 = 1285938
 * </pre>
 *
 * <h2>The same October in BHD (3 minor digits)</h2>
 * <pre>
 * fee 4321.10; late P1 12.500 / ticket + 2.125 / started hour, P2 5.250 / ticket, cap 60.000;
 * prices: ticket 8.75, development hour 15.57, weekend day 120.00
 * MONTHLY_FEE 4321.100; QOS_PENALTY 7.5 x 43.211 = 324.0825 -> -324.083 (half-even -324.082)
 * LATE_TICKETS P1 4 x 12.5 = -50.000; LATE_HOURS P1 7 x 2.125 = -14.875; LATE_TICKETS P2 1 x 5.25 = -5.250
 * LATE_PENALTY_CAP 70.125 > 60: +10.125
 * TICKETS_OVER_VOLUME 3 x 8.75 = 26.250; DEVELOPMENT 7.25 x 15.57 = 112.8825 -> 112.883 (half-even 112.882);
 * WEEKEND 3 x 120 = 360.000
 * total = 4321.100 - 324.083 - 50 - 14.875 - 5.25 + 10.125 + 26.25 + 112.883 + 360 = 4436.150
 * </pre>
 *
 * <h2>The same October in KWD with penalties beyond the fee</h2>
 * <pre>
 * fee 100.00; late P1 25.000 / ticket + 5.000 / started hour, P2 10.000 / ticket, no cap;
 * prices: ticket 1.50, weekend day 20.00, no development-hour price
 * MONTHLY_FEE 100.000; QOS_PENALTY 7.5 x 1.00 = -7.500; LATE_TICKETS P1 -100.000; LATE_HOURS P1 7 x 5 = -35.000;
 * LATE_TICKETS P2 -10.000; penalties 152.500 > 100.000: PENALTY_LIMIT +52.500
 * TICKETS_OVER_VOLUME 3 x 1.5 = 4.500; DEVELOPMENT 7.25 hours NOT_PRICED 0.000; WEEKEND 3 x 20 = 60.000
 * total = 100 - 152.5 + 52.5 + 4.5 + 60 = 64.500: the extras, untouched by the penalties
 * </pre>
 *
 * <h2>September: a grace month (month 2 of 2)</h2>
 * <pre>
 * month = [Tue 1 Sep 00:00 Tokyo = 2026-08-31T15:00Z, 2026-09-30T15:00Z)
 * S3 P2 ERP Wed 02 Sep 10:00 -> Thu 03 Sep 10:00   8 h + 1 h = 32400 s  late 1 h (P2: no hourly rate)
 * S1 P1 ERP Tue 15 Sep 09:00 -> Tue 15 Sep 14:00   5 h       = 18000 s  late 3 h -> 3 started h
 * S2 P1 NET Sat 26 Sep 10:00 -> Sat 26 Sep 13:30   3.5 h     = 12600 s  late 1.5 h -> 2 started h
 * L1 P2 NET Wed 30 Sep 23:30 -> Thu 01 Oct 06:30: open at September's end
 * K1 (Oct 1 00:10 Tokyo) and L3 (Sep 30 14:00 SP = Oct 1 02:00 Tokyo) are October's: not in September at all
 * accepted: P1 S1 S2 = 2; P2 S3 L1 = 2
 * P1 30600/2 = 15300 s = 4:15:00 > 2 h: no; 2/2 = 100 %: no.  P2 9:00:00: no; 1/1 = 100 %: no.  P3 "—": yes, yes
 * surveys: no campaign completed by 30 Sep: all three met ("—")
 * NET: 30 x 86400 = 2592000 s; O1's 600 s in September (23:50-24:00): 2591400/2592000 = 99.9769 % >= 99.9: met
 * score = 0.05 + 0.05 + 0.10 + 0.10 + 0.05 + 0.05 = 0.40 -> band [0, 0.45) 15 %, capped at 10 %
 * invoice: MONTHLY_FEE 1234620; QOS_PENALTY 10 x 12346.20 (would be 123462) WAIVED 0;
 *   LATE_TICKETS P1 2 x 5000 WAIVED 0; LATE_HOURS P1 (3 + 2 = 5) x 1500 WAIVED 0; LATE_TICKETS P2 1 x 2000 WAIVED 0;
 *   (19500 < cap: no cap line); 4 accepted <= 12 and no service extras: no volume line;
 *   18.00 development hours < 20.5 planned: no line, no credit; WEEKEND 1 x 45000 billed = 45000
 *   total = 1234620 + 45000 = 1279620
 * </pre>
 * August is month 1 (grace); July is before the service start and cannot be closed. A campaign completed on
 * Sun 1 Nov, the day after October's last day, cannot be used for October.
 */
class TokyoContractMonthTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final WorkCalendar OFFICE = WorkCalendar.of(CalendarRules.of(TOKYO,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("09:00-18:00"))
                    .holiday(LocalDate.of(2026, 10, 12))
                    .holiday(LocalDate.of(2026, 10, 23))
                    .override(LocalDate.of(2026, 10, 24), "09:00-18:00")
                    .override(LocalDate.of(2026, 10, 30), "09:00-13:00").build()));
    static final WorkCalendar HELPDESK = WorkCalendar.of(CalendarRules.of(SAO_PAULO,
            CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                    .weeklyHours(WeeklyHours.mondayToFriday("08:00-17:00"))
                    .holiday(LocalDate.of(2026, 10, 12)).build()));
    static final WorkCalendar ALWAYS = WorkCalendar.twentyFourSeven(TOKYO);
    static final ClosingMonth OCTOBER = new ClosingMonth(YearMonth.of(2026, 10), TOKYO);
    static final ClosingMonth SEPTEMBER = new ClosingMonth(YearMonth.of(2026, 9), TOKYO);
    static final String INFORMED = "Were you kept informed about progress?";
    static final String SOLVED = "Was the problem solved the first time?";
    static final String RECOMMEND = "Would you recommend us to a colleague?";

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    /** A Tokyo local date-time. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TOKYO).toInstant();
    }

    /** A São Paulo local date-time. */
    static Instant sp(String local) {
        return LocalDateTime.parse(local).atZone(SAO_PAULO).toInstant();
    }

    static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    static final List<Priority> PRIORITIES = List.of(
            new Priority(1, "Critical", false, Duration.ofHours(2), Duration.ofMinutes(15), n("25")),
            new Priority(2, "High", false, Duration.ofHours(8), Duration.ofHours(1), n("25")),
            new Priority(3, "Normal", false, Duration.ofHours(24), Duration.ofHours(4), n("10")),
            Priority.byAgreement(4, "Planned work"));

    static final List<Metric> METRICS = List.of(Metric.resolutionTime(1, n("0.20")), Metric.overdueShare(1, n("0.20")),
            Metric.resolutionTime(2, n("0.10")), Metric.overdueShare(2, n("0.10")),
            Metric.resolutionTime(3, n("0.05")), Metric.overdueShare(3, n("0.05")),
            Metric.survey(INFORMED, n("62.5"), ThresholdComparison.GREATER_THAN, n("0.10")),
            Metric.survey(SOLVED, n("75"), ThresholdComparison.AT_LEAST, n("0.10")),
            Metric.survey(RECOMMEND, n("33.33"), ThresholdComparison.GREATER_THAN, n("0.05")),
            Metric.availability("NET", n("0.05")));

    static final List<Band> BANDS = List.of(new Band(n("0"), n("0.45"), n("15")),
            new Band(n("0.45"), n("0.8"), n("7.5")), new Band(n("0.8"), n("0.95"), n("2.5")),
            new Band(n("0.95"), n("1"), n("0")));

    static CloseTerms terms(String currency, String fee, Map<ExtraServiceKind, BigDecimal> prices,
                            LatePenalty latePenalty) {
        return new CloseTerms(Currency.getInstance(currency), n(fee), LocalDate.of(2026, 8, 31), 2, PRIORITIES,
                List.of(), METRICS, BANDS, n("10"), prices, 12L, n("20.5"), latePenalty);
    }

    static final CloseTerms YEN = terms("JPY", "1234620",
            Map.of(ExtraServiceKind.TICKET_OVER_VOLUME, n("3300"), ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN,
                    n("4002"), ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, n("45000")),
            new LatePenalty(List.of(new LateRate(1, n("5000"), n("1500")), new LateRate(2, n("2000"), null)),
                    n("30000")));

    static final CloseTerms DINAR = terms("BHD", "4321.10",
            Map.of(ExtraServiceKind.TICKET_OVER_VOLUME, n("8.75"), ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN,
                    n("15.57"), ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, n("120.00")),
            new LatePenalty(List.of(new LateRate(1, n("12.500"), n("2.125")), new LateRate(2, n("5.250"), null)),
                    n("60.000")));

    static final CloseTerms KUWAITI = terms("KWD", "100.00",
            Map.of(ExtraServiceKind.TICKET_OVER_VOLUME, n("1.50"), ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY,
                    n("20.00")),
            new LatePenalty(List.of(new LateRate(1, n("25.000"), n("5.000")), new LateRate(2, n("10.000"), null)),
                    null));

    static final PriorityLowering L2_LOWERED = new PriorityLowering("tanaka", at("2026-10-05T13:00"),
            "customer confirmed the line is redundant", 1, 2);

    static TicketFacts resolved(String number, String service, int priority, Instant registered, Instant ended,
                                long seconds, Long response, PriorityLowering... lowerings) {
        return new TicketFacts(number, service, priority, Outcome.RESOLVED, registered, ended, s(seconds),
                response == null ? null : s(response), "/api/tickets/" + number + "/clocks/resolution/timeline",
                List.of(lowerings));
    }

    static TicketFacts ended(String number, String service, int priority, Outcome outcome, Instant registered,
                             Instant ended) {
        return new TicketFacts(number, service, priority, outcome, registered, ended, null, null,
                "/api/tickets/" + number + "/clocks/resolution/timeline", List.of());
    }

    /** The tickets touching September and October; resolution times are the hand-computed ones. */
    static List<TicketFacts> tickets() {
        return List.of(
                resolved("K1", "NET", 1, at("2026-10-01T00:10"), at("2026-10-01T02:10"), 7200, 300L),
                resolved("K2", "ERP", 1, at("2026-10-02T17:00"), at("2026-10-05T10:00:01"), 7201, 900L),
                resolved("K3", "ERP", 1, at("2026-10-09T17:30"), at("2026-10-13T10:30"), 7200, 960L),
                resolved("K4", "ERP", 1, at("2026-10-23T10:00"), at("2026-10-24T12:00"), 10800, 600L),
                resolved("K5", "ERP", 1, at("2026-10-29T17:00"), at("2026-10-30T16:00"), 18000, 1200L),
                resolved("K6", "HELP", 1, sp("2026-10-14T15:00"), sp("2026-10-15T09:00:01"), 10801, 899L),
                ended("K7", "ERP", 1, Outcome.CANCELLED, at("2026-10-19T10:00"), at("2026-10-19T10:05")),
                resolved("L1", "NET", 2, at("2026-09-30T23:30"), at("2026-10-01T06:30"), 25200, 600L),
                resolved("L2", "ERP", 2, at("2026-10-05T09:00"), at("2026-10-05T15:00"), 21600, 1800L, L2_LOWERED),
                resolved("L3", "HELP", 2, sp("2026-09-30T14:00"), sp("2026-10-01T15:00"), 36000, 3660L),
                resolved("L4", "NET", 2, at("2026-10-31T20:00"), at("2026-11-01T00:10"), 15000, 300L),
                resolved("L5", "NET", 2, at("2026-10-31T16:00"), at("2026-10-31T23:59:59"), 28799, 3600L),
                resolved("M1", "ERP", 3, at("2026-10-30T12:00"), at("2026-11-02T10:00"), 7200, 600L),
                resolved("N1", "ERP", 4, at("2026-10-06T10:00"), at("2026-10-09T17:00"), 122400, null),
                ended("N2", "NET", 4, Outcome.OPEN, at("2026-10-26T09:00"), null),
                resolved("S3", "ERP", 2, at("2026-09-02T10:00"), at("2026-09-03T10:00"), 32400, 1200L),
                resolved("S1", "ERP", 1, at("2026-09-15T09:00"), at("2026-09-15T14:00"), 18000, 600L),
                resolved("S2", "NET", 1, at("2026-09-26T10:00"), at("2026-09-26T13:30"), 12600, 300L));
    }

    static List<ServiceFacts> services() {
        return List.of(new ServiceFacts("ERP", OFFICE, null, List.of()),
                new ServiceFacts("NET", ALWAYS, new ServiceFacts.AvailabilityTarget(n("99.9"), null), List.of(
                        new ServiceFacts.Outage(at("2026-09-30T23:50"), at("2026-10-01T00:20"), "O1"),
                        new ServiceFacts.Outage(at("2026-10-16T03:00"), at("2026-10-16T03:15"), "O2"),
                        new ServiceFacts.Outage(at("2026-10-16T03:10"), at("2026-10-16T03:24:39"), "O3"))),
                new ServiceFacts("HELP", HELPDESK, null, List.of()));
    }

    static SurveyResult autumn(LocalDate completedOn) {
        return new SurveyResult("Autumn 2026", completedOn, List.of(new SurveyResult.Question(INFORMED, 5, 8),
                new SurveyResult.Question(SOLVED, 15, 20), new SurveyResult.Question(RECOMMEND, 1, 3)));
    }

    static final UsageFacts OCTOBER_USAGE = new UsageFacts(n("27.75"), 3,
            List.of(new UsageFacts.ServiceExtras("NET", List.of("N2", "L5", "L4"))));

    static MonthClose october(CloseTerms terms) {
        return MonthCloseCalculator.close(new MonthCloseInput(OCTOBER, terms, tickets(), services(),
                autumn(LocalDate.of(2026, 10, 31)), OCTOBER_USAGE));
    }

    private final MonthClose close = october(YEN);

    static List<BigDecimal> amounts(Invoice invoice) {
        return invoice.lines().stream().map(InvoiceLine::amount).toList();
    }

    static List<BigDecimal> quantities(Invoice invoice) {
        return invoice.lines().stream().map(l -> new BigDecimal(l.quantity().stripTrailingZeros().toPlainString()))
                .toList();
    }

    /** The calendars and the resolution-time rule agree with the hand-computed seconds. */
    @Test
    void resolutionTimesByHand() {
        assertEquals(s(7200), ResolutionTime.measure(ALWAYS, at("2026-10-01T00:10"), at("2026-10-01T02:10"),
                List.of()).resolution(), "K1");
        assertEquals(s(7201), ResolutionTime.measure(OFFICE, at("2026-10-02T17:00"), at("2026-10-05T10:00:01"),
                List.of()).resolution(), "K2");
        assertEquals(s(7200), ResolutionTime.measure(OFFICE, at("2026-10-09T17:30"), at("2026-10-13T10:30"),
                List.of()).resolution(), "K3 over a weekend and a Monday holiday");
        assertEquals(s(10800), ResolutionTime.measure(OFFICE, at("2026-10-23T10:00"), at("2026-10-24T12:00"),
                List.of()).resolution(), "K4 registered on the day off, worked Saturday");
        assertEquals(s(18000), ResolutionTime.measure(OFFICE, at("2026-10-29T17:00"), at("2026-10-30T16:00"),
                List.of()).resolution(), "K5 over the shortened Friday");
        assertEquals(s(10801), ResolutionTime.measure(HELPDESK, sp("2026-10-14T15:00"), sp("2026-10-15T09:00:01"),
                List.of()).resolution(), "K6 on the São Paulo calendar");
        assertEquals(s(25200), ResolutionTime.measure(ALWAYS, at("2026-09-30T23:30"), at("2026-10-01T06:30"),
                List.of()).resolution(), "L1");
        assertEquals(s(21600), ResolutionTime.measure(OFFICE, at("2026-10-05T09:00"), at("2026-10-05T15:00"),
                List.of()).resolution(), "L2");
        assertEquals(s(36000), ResolutionTime.measure(HELPDESK, sp("2026-09-30T14:00"), sp("2026-10-01T15:00"),
                List.of()).resolution(), "L3");
        assertEquals(s(15000), ResolutionTime.measure(ALWAYS, at("2026-10-31T20:00"), at("2026-11-01T00:10"),
                List.of()).resolution(), "L4");
        assertEquals(s(28799), ResolutionTime.measure(ALWAYS, at("2026-10-31T16:00"), at("2026-10-31T23:59:59"),
                List.of()).resolution(), "L5");
        assertEquals(s(7200), ResolutionTime.measure(OFFICE, at("2026-10-30T12:00"), at("2026-11-02T10:00"),
                List.of()).resolution(), "M1 from the shortened Friday");
        assertEquals(s(122400), ResolutionTime.measure(OFFICE, at("2026-10-06T10:00"), at("2026-10-09T17:00"),
                List.of()).resolution(), "N1");
        assertEquals(s(32400), ResolutionTime.measure(OFFICE, at("2026-09-02T10:00"), at("2026-09-03T10:00"),
                List.of()).resolution(), "S3");
        assertEquals(s(18000), ResolutionTime.measure(OFFICE, at("2026-09-15T09:00"), at("2026-09-15T14:00"),
                List.of()).resolution(), "S1");
        assertEquals(s(12600), ResolutionTime.measure(ALWAYS, at("2026-09-26T10:00"), at("2026-09-26T13:30"),
                List.of()).resolution(), "S2");
        assertEquals(Instant.parse("2026-09-30T15:00:00Z"), OCTOBER.start());
        assertEquals(Instant.parse("2026-10-31T15:00:00Z"), OCTOBER.end());
        assertEquals(Instant.parse("2026-09-30T15:10:00Z"), at("2026-10-01T00:10"), "K1 is September's in UTC");
        assertEquals(Instant.parse("2026-09-30T17:00:00Z"), sp("2026-09-30T14:00"), "L3: 1 Oct 02:00 in Tokyo");
        assertEquals(Instant.parse("2026-10-31T15:10:00Z"), at("2026-11-01T00:10"), "L4 is October's in UTC");
    }

    @Test
    void priorityOneLateByOneSecondOneHourAndOneHourOneSecond() {
        PriorityFigures p1 = close.report().priority(1);
        assertEquals(7, p1.accepted(), "K1 (00:10 in Tokyo on 1 Oct) to K7");
        assertEquals(6, p1.resolved());
        assertEquals(Fraction.of(61202, 6), p1.averageSeconds());
        assertEquals("2:50:00", p1.averageText());
        assertEquals(Check.NOT_MET, p1.averageCheck());
        assertEquals(4, p1.overdue());
        assertEquals("66.67 %", p1.overdueShareText());
        assertEquals(Check.NOT_MET, p1.shareCheck());
        assertEquals(List.of("K1 (NET): 2:00:00 against 2:00:00, on time",
                "K2 (ERP): 2:00:01 against 2:00:00, late by 0:00:01",
                "K3 (ERP): 2:00:00 against 2:00:00, on time",
                "K6 (HELP): 3:00:01 against 2:00:00, late by 1:00:01",
                "K7 (ERP): cancelled: listed, measured in no metric",
                "K4 (ERP): 3:00:00 against 2:00:00, late by 1:00:00",
                "K5 (ERP): 5:00:00 against 2:00:00, late by 3:00:00"),
                p1.ended().stream().map(TicketLine::describe).toList());
        assertEquals(List.of(0L, 1L, 0L, 2L, 0L, 1L, 3L),
                p1.ended().stream().map(TicketLine::startedHoursLate).toList(),
                "1 s late = 1 h, 1:00:01 late = 2 h, exactly 1 h late = 1 h");
        assertEquals(Fraction.of(4859, 6), p1.response().averageSeconds());
        assertEquals(s(810), p1.response().average());
        assertEquals(2, p1.response().late(), "K3 and K5; K2's 15 min exactly is on time");
        assertEquals(0, n("33.33").compareTo(p1.response().lateSharePercent()));
        assertTrue(p1.openAtMonthEnd().isEmpty());
    }

    @Test
    void priorityTwoZoneEdgesAndALoweringThatTurnedABreachIntoOnTime() {
        PriorityFigures p2 = close.report().priority(2);
        assertEquals(4, p2.accepted(), "L2, L3 (30 Sep in São Paulo, 1 Oct in Tokyo), L4, L5; L1 is September's");
        assertEquals(4, p2.resolved());
        assertEquals(List.of("L1", "L3", "L2", "L5"), p2.ended().stream().map(TicketLine::number).toList());
        assertEquals(Fraction.of(111599, 4), p2.averageSeconds());
        assertEquals("7:45:00", p2.averageText());
        assertEquals(Check.MET, p2.averageCheck());
        assertEquals(1, p2.overdue());
        assertEquals("25 %", p2.overdueShareText());
        assertEquals(Check.MET, p2.shareCheck(), "1 of 4 is exactly the 25 % limit");
        assertEquals(TicketLine.Verdict.ON_TIME, p2.ended().get(2).verdict(), "L2 counted in P2 against 8 h");
        assertEquals(List.of("L4"), p2.openAtMonthEnd().stream().map(TicketLine::number).toList(),
                "resolved 00:10 on 1 Nov in Tokyo");
        assertEquals(s(2415), p2.response().average());
        assertEquals(1, p2.response().late(), "L3's 61 min; L5's 60 min is on time");
        assertEquals(List.of(new PriorityFlag("L2", 2, L2_LOWERED)), close.report().flags());
    }

    @Test
    void priorityWithoutResolvedTicketsAndByAgreement() {
        PriorityFigures p3 = close.report().priority(3);
        assertEquals(1, p3.accepted());
        assertEquals(0, p3.resolved());
        assertEquals("—", p3.averageText());
        assertEquals("—", p3.overdueShareText());
        assertTrue(p3.averageCheck().met());
        assertTrue(p3.shareCheck().met());
        assertTrue(p3.ended().isEmpty());
        assertEquals(List.of("M1"), p3.openAtMonthEnd().stream().map(TicketLine::number).toList());
        PriorityFigures p4 = close.report().priority(4);
        assertEquals(2, p4.accepted());
        assertEquals(0, p4.resolved());
        assertEquals(List.of(TicketLine.Verdict.BY_AGREEMENT),
                p4.ended().stream().map(TicketLine::verdict).toList());
        assertEquals(List.of("N2"), p4.openAtMonthEnd().stream().map(TicketLine::number).toList());
        assertEquals(14, close.report().priorities().stream().mapToInt(PriorityFigures::accepted).sum());
    }

    @Test
    void availabilityShownAtTheTargetButBelowIt() {
        ServiceAvailability net = close.report().service("NET");
        assertEquals(Duration.ofHours(744), net.serviceHours());
        assertEquals(s(2679), net.downtime());
        assertEquals(Fraction.of(2675721, 2678400), net.availability());
        assertEquals(0, n("99.9000").compareTo(net.availabilityPercent()));
        assertEquals(Check.NOT_MET, net.check());
        assertEquals(s(1800), net.longestOutage().serviceHours(), "O1 over its whole length");
        assertEquals(2, net.outages(), "O2 and O3 are one stretch");
    }

    @Test
    void qualityScoreWithSurveysExactlyAtTheirThresholds() {
        QualityScore q = close.quality();
        assertEquals(List.of(false, false, true, true, true, true, false, true, true, false),
                q.metrics().stream().map(MetricOutcome::met).toList());
        assertEquals(List.of("2:50:00", "66.67 %", "7:45:00", "25 %", "—", "—", "62.5 %", "75 %", "33.33 %",
                "99.9 %"), q.metrics().stream().map(MetricOutcome::value).toList());
        assertEquals(0, n("0.45").compareTo(q.score()), "score " + q.score());
        assertEquals(new Band(n("0.45"), n("0.8"), n("7.5")), q.band());
        assertEquals(3, q.monthNumber());
        assertEquals(false, q.grace());
    }

    @Test
    void invoiceInYen() {
        Invoice invoice = close.invoice();
        assertEquals(List.of(Kind.MONTHLY_FEE, Kind.QOS_PENALTY, Kind.LATE_TICKETS, Kind.LATE_HOURS, Kind.LATE_TICKETS,
                Kind.LATE_PENALTY_CAP, Kind.TICKETS_OVER_VOLUME, Kind.DEVELOPMENT_HOURS_OVER_PLAN,
                Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS), invoice.lines().stream().map(InvoiceLine::kind).toList());
        assertEquals(List.of(n("1234620"), n("-92597"), n("-20000"), n("-10500"), n("-2000"), n("2500"), n("9900"),
                n("29015"), n("135000")), amounts(invoice));
        assertEquals(List.of(n("1"), n("7.5"), n("4"), n("7"), n("1"), n("1"), n("3"), n("7.25"), n("3")),
                quantities(invoice));
        assertTrue(invoice.lines().stream().allMatch(l -> l.status() == Status.BILLED));
        assertEquals(n("1285938"), invoice.total());
    }

    @Test
    void invoiceInBahrainiDinars() {
        MonthClose bhd = october(DINAR);
        assertEquals(0, n("0.45").compareTo(bhd.quality().score()));
        Invoice invoice = bhd.invoice();
        assertEquals(List.of(Kind.MONTHLY_FEE, Kind.QOS_PENALTY, Kind.LATE_TICKETS, Kind.LATE_HOURS, Kind.LATE_TICKETS,
                Kind.LATE_PENALTY_CAP, Kind.TICKETS_OVER_VOLUME, Kind.DEVELOPMENT_HOURS_OVER_PLAN,
                Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS), invoice.lines().stream().map(InvoiceLine::kind).toList());
        assertEquals(List.of(n("4321.100"), n("-324.083"), n("-50.000"), n("-14.875"), n("-5.250"), n("10.125"),
                n("26.250"), n("112.883"), n("360.000")), amounts(invoice));
        assertEquals(n("4436.150"), invoice.total());
    }

    @Test
    void penaltiesOfBothModelsTakeAtMostTheFee() {
        Invoice invoice = october(KUWAITI).invoice();
        assertEquals(List.of(Kind.MONTHLY_FEE, Kind.QOS_PENALTY, Kind.LATE_TICKETS, Kind.LATE_HOURS, Kind.LATE_TICKETS,
                Kind.PENALTY_LIMIT, Kind.TICKETS_OVER_VOLUME, Kind.DEVELOPMENT_HOURS_OVER_PLAN,
                Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS), invoice.lines().stream().map(InvoiceLine::kind).toList());
        assertEquals(List.of(n("100.000"), n("-7.500"), n("-100.000"), n("-35.000"), n("-10.000"), n("52.500"),
                n("4.500"), n("0.000"), n("60.000")), amounts(invoice));
        assertEquals(Status.NOT_PRICED, invoice.lines(Kind.DEVELOPMENT_HOURS_OVER_PLAN).get(0).status());
        assertEquals(n("64.500"), invoice.total());
    }

    @Test
    void septemberIsAGraceMonth() {
        MonthClose september = MonthCloseCalculator.close(new MonthCloseInput(SEPTEMBER, YEN, tickets(), services(),
                null, new UsageFacts(n("18.00"), 1, List.of())));
        assertEquals(List.of(2, 2, 0, 0), september.report().priorities().stream().map(PriorityFigures::accepted)
                .toList(), "K1 and L3 are October's in Tokyo");
        assertEquals(List.of("S1", "S2"), september.report().priority(1).ended().stream().map(TicketLine::number)
                .toList());
        assertEquals(List.of("L1"), september.report().priority(2).openAtMonthEnd().stream()
                .map(TicketLine::number).toList());
        assertEquals(List.of("S3"), september.report().priority(2).ended().stream().map(TicketLine::number).toList());
        assertEquals(0, n("99.9769").compareTo(september.report().service("NET").availabilityPercent()));
        QualityScore q = september.quality();
        assertEquals(List.of(false, false, false, false, true, true, true, true, true, true),
                q.metrics().stream().map(MetricOutcome::met).toList());
        assertEquals(List.of("4:15:00", "100 %", "9:00:00", "100 %", "—", "—", "—", "—", "—", "99.9769 %"),
                q.metrics().stream().map(MetricOutcome::value).toList());
        assertEquals(0, n("0.40").compareTo(q.score()));
        assertEquals(new Band(n("0"), n("0.45"), n("15")), q.band());
        assertEquals(2, q.monthNumber());
        assertTrue(q.grace());
        Invoice invoice = september.invoice();
        assertEquals(List.of(Kind.MONTHLY_FEE, Kind.QOS_PENALTY, Kind.LATE_TICKETS, Kind.LATE_HOURS, Kind.LATE_TICKETS,
                Kind.WEEKEND_HOLIDAY_SUPPORT_DAYS), invoice.lines().stream().map(InvoiceLine::kind).toList());
        assertEquals(List.of(n("1234620"), n("0"), n("0"), n("0"), n("0"), n("45000")), amounts(invoice));
        assertEquals(List.of(n("1"), n("10"), n("2"), n("5"), n("1"), n("1")), quantities(invoice),
                "the band's 15 % shown capped at 10 %");
        assertEquals(List.of(Status.BILLED, Status.WAIVED, Status.WAIVED, Status.WAIVED, Status.WAIVED,
                Status.BILLED), invoice.lines().stream().map(InvoiceLine::status).toList());
        assertEquals(0, n("12346.20").compareTo(invoice.lines(Kind.QOS_PENALTY).get(0).unitPrice()));
        assertEquals(n("1279620"), invoice.total());
    }

    @Test
    void monthOneIsTheMonthOfTheServiceStart() {
        ClosingMonth august = new ClosingMonth(YearMonth.of(2026, 8), TOKYO);
        MonthClose close = MonthCloseCalculator.close(new MonthCloseInput(august, YEN, List.of(), services(), null,
                UsageFacts.NONE));
        assertEquals(1, close.quality().monthNumber(), "the service starts on 31 August");
        assertTrue(close.quality().grace());
        assertEquals(n("1234620"), close.invoice().total());
        ClosingMonth july = new ClosingMonth(YearMonth.of(2026, 7), TOKYO);
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> MonthCloseCalculator.close(
                new MonthCloseInput(july, YEN, List.of(), services(), null, UsageFacts.NONE)));
        assertEquals("month", e.field());
    }

    @Test
    void aCampaignCompletedTheDayAfterTheMonthIsNotOctobers() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new MonthCloseInput(
                OCTOBER, YEN, tickets(), services(), autumn(LocalDate.of(2026, 11, 1)), OCTOBER_USAGE));
        assertTrue(refused.getMessage().contains("was completed on 2026-11-01"), refused.getMessage());
    }
}
