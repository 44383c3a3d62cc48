package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.ConsistencyFinding.Kind;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.Invoice;
import org.servicelevel.domain.model.report.InvoiceLine;
import org.servicelevel.domain.model.report.MonthCloseCalculator;
import org.servicelevel.domain.model.report.MonthCloseInput;
import org.servicelevel.domain.model.report.ServiceFacts;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.domain.model.report.UsageFacts;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WeeklyHours;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Worked contract scenarios for agreements, each expectation computed by hand from docs/agreements.md,
 * docs/calendars.md and docs/month-close.md before running the code. Every scenario here agrees with the
 * code; those that do not are in {@link AgreementContractDisagreementsTest}.
 */
class AgreementContractScenariosTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId UTC = ZoneId.of("Etc/UTC");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId HAVANA = ZoneId.of("America/Havana");
    /** Monday 2026-03-02, 10:00 in Berlin. */
    static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);
    static final SupportGroup VENDOR = new SupportGroup("VENDOR", "Hardware vendor", SupportGroupKind.SUPPLIER,
            null, null, NOW);

    static final long OFFICE = 1;
    static final long LONG_OFFICE = 2;
    static final long ALWAYS = 3;
    static final long UTC_OFFICE = 4;
    static final long ALWAYS_UTC = 5;
    static final Map<Long, WorkCalendar> ENGINES = Map.of(
            OFFICE, weekdays(BERLIN, "09:00-18:00"),
            LONG_OFFICE, weekdays(BERLIN, "08:00-20:00"),
            ALWAYS, WorkCalendar.twentyFourSeven(BERLIN),
            UTC_OFFICE, weekdays(UTC, "08:00-17:00"),
            ALWAYS_UTC, WorkCalendar.twentyFourSeven(UTC));

    static WorkCalendar weekdays(ZoneId zone, String hours) {
        return WorkCalendar.of(CalendarRules.of(zone, CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday(hours)).build()));
    }

    static ConsistencyCheck check(Instant from, Instant to) {
        return new ConsistencyCheck(new ConsistencyCheck.Calendars() {
            @Override
            public WorkCalendar engine(long calendarId) {
                return ENGINES.get(calendarId);
            }

            @Override
            public String name(long calendarId) {
                return "calendar " + calendarId;
            }
        }, from, to);
    }

    /** Two weeks from Monday 2026-03-02 00:00 in Berlin (no DST change, no holiday). */
    static final ConsistencyCheck MARCH = check(LocalDate.of(2026, 3, 2).atStartOfDay(BERLIN).toInstant(),
            LocalDate.of(2026, 3, 16).atStartOfDay(BERLIN).toInstant());

    /** Terms with one service on the calendar and priority 1 with the given resolution (response 15 min). */
    static AgreementTerms terms(String service, long calendar, String resolution, UnderpinningLink... links) {
        TermsFixture f = new TermsFixture().withoutPenalties();
        f.services.set(0, TermsFixture.service(service, calendar));
        f.priorities.set(0, TermsFixture.priority(1, "PT15M", resolution, 20));
        f.underpins.addAll(List.of(links));
        return f.build();
    }

    static UnderpinningLink p1Resolution(String service) {
        return TermsFixture.link("SLA-1", "WS", 1, TargetKind.RESOLUTION, service, 1);
    }

    static List<ConsistencyFinding> underpin(ConsistencyCheck check, AgreementTerms sla, String number,
                                             AgreementTerms underpinning) {
        return check.underpinning("SLA-1", Optional.of(sla), List.of(new ConsistencyCheck.Party(number,
                underpinning)));
    }

    static Instant berlin(int month, int day, int hour, int minute, int second) {
        return LocalDate.of(2026, month, day).atTime(hour, minute, second).atZone(BERLIN).toInstant();
    }

    static List<String> fields(AgreementTerms terms, AgreementType type) {
        return terms.problems(type).stream().map(InvalidFieldException::field).toList();
    }

    static Agreement sla(String number, String zone, LocalDate from, LocalDate to, AgreementTerms terms, Instant now) {
        return new Agreement(number, AgreementType.SLA, new Agreement.Header("Workplace support", ACME, null, null,
                null, zone, from, to, null, "max"), terms, now, "max");
    }

    static AgreementTerms withFee(String fee) {
        TermsFixture f = new TermsFixture();
        f.monthlyFee = new BigDecimal(fee);
        return f.build();
    }

    // ---- consistency: OLAs and UCs must keep the SLA ------------------------------------------------

    /**
     * SLA 4 office hours, OLA 4 h 0 min 1 s on the same office calendar (Mon-Fri 09:00-18:00 Berlin).
     * A ticket registered Friday 14:00:00: the SLA's 4 h run out exactly at the closing, so its deadline is
     * Friday 18:00:00 (calendars.md: "runs out exactly at a closing time, the due instant is that closing
     * time"); the OLA needs one second more, which falls on Monday 09:00:01. Excess: Friday 18:00 to
     * Monday 09:00 is 6 + 48 + 9 = 63 h, plus 1 s. At 13:59:59 the excess is 1 s (17:59:59 vs 18:00:00),
     * at 14:00:01 it is 1 s again (Monday 09:00:01 vs 09:00:02), so 63 h 1 s first at Friday 6 March 14:00.
     */
    @Test
    void anOlaOneSecondLooserCanEndAWeekendLater() {
        List<ConsistencyFinding> findings = underpin(MARCH, terms("WS", OFFICE, "PT4H"), "OLA-1",
                terms("L2", OFFICE, "PT4H1S", p1Resolution("L2")));
        assertEquals(List.of(Kind.LOOSER_THAN_SLA), findings.stream().map(ConsistencyFinding::kind).toList());
        assertEquals(Duration.ofHours(63).plusSeconds(1), findings.get(0).excess());
        assertEquals(berlin(3, 6, 14, 0, 0), findings.get(0).example());
    }

    /**
     * Strictness is compared in deadlines (wall time), not in numbers of hours. An OLA with the same
     * 4 hours on a calendar that contains the SLA's hours (Mon-Fri 08:00-20:00 against 09:00-18:00)
     * counts at least as fast from any registration instant, so its deadline is never later: no
     * LOOSER_THAN_SLA, and the SLA's service hours are covered: no finding at all.
     */
    @Test
    void theSameTargetOnACalendarOfLongerHoursUnderpinsTheSla() {
        assertEquals(List.of(), underpin(MARCH, terms("WS", OFFICE, "PT4H"), "OLA-1",
                terms("L2", LONG_OFFICE, "PT4H", p1Resolution("L2"))));
    }

    /**
     * A UC of 25 hours round the clock against an SLA of 10 office hours (9 a day). From a registration
     * in working time Monday to Thursday 09:00-17:00 the SLA takes the rest of the day, the night (15 h)
     * and the rest of the next day: exactly 25 h of wall time (Mon 09:00 -> Tue 10:00; Mon 17:00 -> Tue
     * 18:00, a closing). Any other instant gives the SLA longer. So PT25H is exactly as strict at worst
     * (equal deadlines are allowed: "must not be later"), and PT25H1S is 1 s later, first at Monday
     * 2 March 09:00 (Tue 10:00:00 vs 10:00:01). 24/7 covers every office hour.
     */
    @Test
    void aUcOf25HoursRoundTheClockIsExactlyAsStrictAsTenOfficeHours() {
        AgreementTerms sla = terms("WS", OFFICE, "PT10H");
        assertEquals(List.of(), underpin(MARCH, sla, "UC-VENDOR", terms("FIELD", ALWAYS, "PT25H",
                p1Resolution("FIELD"))));
        List<ConsistencyFinding> looser = underpin(MARCH, sla, "UC-VENDOR", terms("FIELD", ALWAYS, "PT25H1S",
                p1Resolution("FIELD")));
        assertEquals(List.of(Kind.LOOSER_THAN_SLA), looser.stream().map(ConsistencyFinding::kind).toList());
        assertEquals(Duration.ofSeconds(1), looser.get(0).excess());
        assertEquals(berlin(3, 2, 9, 0, 0), looser.get(0).example());
        assertEquals("UC-VENDOR", looser.get(0).agreement());
    }

    /**
     * The SLA's service WS sets its own 2 h resolution for priority 1 (the priority says 4 h); the OLA
     * promises 3 h on the same office calendar. The reference is the 2 h (agreements.md: "compares the SLA
     * service's own target"). Friday 15:00:01 to 16:00:00: SLA due Friday 17:00:01 to 18:00, OLA due
     * Monday 09:00:01 to 10:00 -> 64 h (Friday 17:00 to Monday 09:00 = 7 + 48 + 9). Against the 4 h the
     * OLA would fit.
     */
    @Test
    void theSlaServicesOwnTargetIsWhatTheOlaIsComparedWith() {
        TermsFixture f = new TermsFixture().withoutPenalties();
        f.services.set(0, TermsFixture.service("WS", OFFICE));
        f.priorities.set(0, TermsFixture.priority(1, "PT15M", "PT4H", 20));
        f.serviceTargets.add(new ServiceTarget("WS", 1, null, Duration.ofHours(2)));
        List<ConsistencyFinding> findings = underpin(MARCH, f.build(), "OLA-1",
                terms("L2", OFFICE, "PT3H", p1Resolution("L2")));
        assertEquals(List.of(Kind.LOOSER_THAN_SLA), findings.stream().map(ConsistencyFinding::kind).toList());
        assertEquals(Duration.ofHours(64), findings.get(0).excess());
        assertEquals(List.of(), underpin(MARCH, terms("WS", OFFICE, "PT4H"), "OLA-1",
                terms("L2", OFFICE, "PT3H", p1Resolution("L2"))));
    }

    /**
     * Two weeks from Monday 23 March 2026 in Berlin; Berlin moves to summer time on Sunday 29 March. The
     * OLA works Mon-Fri 08:00-17:00 UTC: 09:00-18:00 in Berlin in the first week (the SLA's hours exactly),
     * 10:00-19:00 in the second. Both promise 4 h. First week: equal deadlines. Friday 27 March 14:00:01
     * (CET): the SLA has 3:59:59 on Friday and 1 s on Monday -> Mon 30 March 09:00:01; the OLA has the same
     * 3:59:59 and opens on Monday at 08:00 UTC = 10:00 CEST -> 10:00:01: 1 h later. Afterwards the worst is
     * a ticket before 10:00 (Mon 09:00: SLA 13:00, OLA 14:00): 1 h; never more. Uncovered SLA hours:
     * 09:00-10:00 on the five working days 30 March - 3 April = 5 h, first Monday 30 March 09:00 CEST.
     * Durations are real time (calendars.md), so 24 h round the clock in Berlin and in UTC end at the same
     * instant even across the missing hour of 29 March: no finding.
     */
    @Test
    void summerTimeShiftsAUtcCalendarAgainstABerlinOneAndRealTimeRoundTheClockStaysEqual() {
        ConsistencyCheck spring = check(LocalDate.of(2026, 3, 23).atStartOfDay(BERLIN).toInstant(),
                LocalDate.of(2026, 3, 23).atStartOfDay(BERLIN).toInstant().plus(Duration.ofDays(14)));
        List<ConsistencyFinding> findings = underpin(spring, terms("WS", OFFICE, "PT4H"), "OLA-UTC",
                terms("L2", UTC_OFFICE, "PT4H", p1Resolution("L2")));
        ConsistencyFinding looser = findings.stream().filter(f -> f.kind() == Kind.LOOSER_THAN_SLA).findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        ConsistencyFinding uncovered = findings.stream().filter(f -> f.kind() == Kind.SERVICE_HOURS_NOT_COVERED)
                .findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertAll(
                () -> assertEquals(2, findings.size(), findings.toString()),
                () -> assertEquals(Duration.ofHours(1), looser.excess()),
                () -> assertEquals(berlin(3, 27, 14, 0, 1), looser.example()),
                () -> assertEquals(Duration.ofHours(5), uncovered.excess()),
                () -> assertEquals(berlin(3, 30, 9, 0, 0), uncovered.example()));
        assertEquals(List.of(), underpin(spring, terms("WS", ALWAYS, "PT24H"), "OLA-UTC",
                terms("L2", ALWAYS_UTC, "PT24H", p1Resolution("L2"))));
    }

    /**
     * The overdue share of a resolution target underpinned directly: the OLA may allow as much as the SLA
     * (20.00 % against 20 %: equal, and the scale does not matter), not 0.01 point more.
     */
    @Test
    void anOlaMayAllowExactlyTheSlasOverdueShareButNotAHundredthMore() {
        AgreementTerms sla = terms("WS", OFFICE, "PT4H");
        for (String share : new String[] {"20.00", "20.01"}) {
            TermsFixture ola = new TermsFixture().withoutPenalties();
            ola.services.set(0, TermsFixture.service("L2", OFFICE));
            ola.priorities.set(0, new PriorityTerms(1, "P1", Duration.ofMinutes(15), Duration.ofHours(4),
                    new BigDecimal(share), false, List.of()));
            ola.underpins.add(p1Resolution("L2"));
            List<Kind> kinds = underpin(MARCH, sla, "OLA-1", ola.build()).stream().map(ConsistencyFinding::kind)
                    .toList();
            assertEquals(share.equals("20.00") ? List.of() : List.of(Kind.LOOSER_THAN_SLA), kinds, share);
        }
    }

    /**
     * A UC binds a supplier and may underpin an SLA; an SLA may not underpin anything, and an OLA may not
     * bind a supplier (agreements.md: "UC ... providerGroup: a support group of kind SUPPLIER").
     */
    @Test
    void aUcBindsASupplierAndUnderpinsAnSla() {
        AgreementTerms uc = terms("FIELD", ALWAYS, "PT8H", p1Resolution("FIELD"));
        Agreement contract = new Agreement("UC-VENDOR", AgreementType.UC, new Agreement.Header("Field service", null,
                VENDOR, null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"), uc, NOW, "max");
        contract.activate(NOW);
        assertEquals(AgreementStatus.ACTIVE, contract.status());
        assertEquals(List.of("terms.underpins"), fields(uc, AgreementType.SLA));
        InvalidInputException ola = assertThrows(InvalidInputException.class, () -> new Agreement("OLA-VENDOR",
                AgreementType.OLA, new Agreement.Header("Field service", null, VENDOR, null, null, "Europe/Berlin",
                LocalDate.of(2026, 1, 1), null, null, "max"), uc, NOW, "max"));
        assertEquals(List.of("providerGroup"), ola.errors().stream().map(InvalidFieldException::field).toList());
    }

    // ---- quality table and penalty bands -------------------------------------------------------------

    /**
     * Weights are exact decimals: 0.1 + 0.2 + 0.7 = 1 (no binary 0.30000000000000004), 0.3333 + 0.3333 +
     * 0.3334 = 1; 3 x 0.3333 = 0.9999 is refused on terms.metrics naming the sum; a weight of
     * 1.0000000001 makes any sum exceed 1 and is refused.
     */
    @Test
    void weightsSumExactlyInDecimals() {
        TermsFixture tenths = new TermsFixture();
        tenths.metrics.clear();
        tenths.metrics.add(QualityMetric.resolutionTime(1, new BigDecimal("0.1")));
        tenths.metrics.add(QualityMetric.overdueShare(1, new BigDecimal("0.2")));
        tenths.metrics.add(QualityMetric.resolutionTime(2, new BigDecimal("0.7")));
        assertEquals(List.of(), fields(tenths.build(), AgreementType.SLA));

        TermsFixture thirds = new TermsFixture();
        thirds.metrics.clear();
        thirds.metrics.add(QualityMetric.resolutionTime(1, new BigDecimal("0.3333")));
        thirds.metrics.add(QualityMetric.overdueShare(1, new BigDecimal("0.3333")));
        thirds.metrics.add(QualityMetric.resolutionTime(2, new BigDecimal("0.3334")));
        assertEquals(List.of(), fields(thirds.build(), AgreementType.SLA));
        thirds.metrics.set(2, QualityMetric.resolutionTime(2, new BigDecimal("0.3333")));
        List<InvalidFieldException> short_ = thirds.build().problems(AgreementType.SLA);
        assertEquals(List.of("terms.metrics"), short_.stream().map(InvalidFieldException::field).toList());
        assertTrue(short_.get(0).getMessage().contains("sum to 0.9999"), short_.get(0).getMessage());

        TermsFixture over = new TermsFixture();
        over.metrics.clear();
        over.metrics.add(QualityMetric.resolutionTime(1, new BigDecimal("1.0000000001")));
        List<String> overFields = fields(over.build(), AgreementType.SLA);
        assertFalse(overFields.isEmpty());
        assertTrue(overFields.stream().allMatch(p -> p.startsWith("terms.metrics")), overFields.toString());
    }

    /**
     * Bands [0, 0.5) 10 %, [0.5, 0.8) 5 %, [0.8, 1] 0 %, given in a scrambled order and with stored
     * scales: a score exactly on a lower bound is in the band it starts (0.5 -> 5 %, 0.80 -> 0 %), just
     * below it in the band below (0.4999 -> 10 %), 1 in the top band. A gap of 0.0001 (0.4999 to 0.5) is
     * named on the band that starts too late; a second band reaching 1 overlaps.
     */
    @Test
    void aScoreOnALowerBoundIsInTheBandItStartsAndOneIsInTheTopBand() {
        TermsFixture f = new TermsFixture();
        f.bands.clear();
        f.bands.add(TermsFixture.band("0.5000", "0.8000", "5.00"));
        f.bands.add(TermsFixture.band("0.8", "1.0000", "0"));
        f.bands.add(TermsFixture.band("0", "0.5", "10"));
        AgreementTerms terms = f.build();
        assertEquals(List.of(), fields(terms, AgreementType.SLA));
        assertAll(
                () -> assertEquals(0, terms.penaltyPercentFor(new BigDecimal("0.5")).orElseThrow().compareTo(
                        new BigDecimal("5"))),
                () -> assertEquals(0, terms.penaltyPercentFor(new BigDecimal("0.4999")).orElseThrow().compareTo(
                        new BigDecimal("10"))),
                () -> assertEquals(0, terms.penaltyPercentFor(new BigDecimal("0.80")).orElseThrow().signum()),
                () -> assertEquals(0, terms.penaltyPercentFor(new BigDecimal("1.0")).orElseThrow().signum()),
                () -> assertEquals(0, terms.penaltyPercentFor(BigDecimal.ZERO).orElseThrow().compareTo(
                        BigDecimal.TEN)));

        f.bands.set(2, TermsFixture.band("0", "0.4999", "10"));
        List<InvalidFieldException> gap = f.build().problems(AgreementType.SLA);
        assertEquals(List.of("terms.penaltyBands[0].from"), gap.stream().map(InvalidFieldException::field).toList());
        assertTrue(gap.get(0).getMessage().contains("0.4999 to 0.5"), gap.get(0).getMessage());

        f.bands.set(2, TermsFixture.band("0", "0.5", "10"));
        f.bands.add(TermsFixture.band("0.9", "1", "0"));
        assertEquals(List.of("terms.penaltyBands[3].from"), fields(f.build(), AgreementType.SLA));
    }

    /**
     * A cap below the band: score 0.3 falls in [0, 0.4) at 20 %, the cap of 7.5 % limits it; a cap of 0
     * waives every band's penalty; a cap above the band leaves it.
     */
    @Test
    void aCapBelowTheBandLimitsThePercentage() {
        TermsFixture f = new TermsFixture();
        f.cap = new BigDecimal("7.5");
        assertEquals(0, f.build().penaltyPercentFor(new BigDecimal("0.3")).orElseThrow().compareTo(
                new BigDecimal("7.5")));
        assertEquals(0, f.build().penaltyPercentFor(new BigDecimal("0.7")).orElseThrow().compareTo(
                new BigDecimal("5")));
        f.cap = BigDecimal.ZERO;
        assertEquals(0, f.build().penaltyPercentFor(new BigDecimal("0.3")).orElseThrow().signum());
    }

    // ---- money in the agreement's currency ----------------------------------------------------------

    /**
     * Fee and prices: at most the currency's minor-unit digits and at most two (JPY none, BHD two, not
     * three); late-ticket amounts: the currency's digits (BHD three).
     */
    @Test
    void feesAndLatePenaltiesFollowTheMinorUnitOfYenAndDinar() {
        TermsFixture yen = new TermsFixture();
        yen.currency = "JPY";
        yen.monthlyFee = new BigDecimal("120000");
        assertEquals(List.of(), fields(yen.build(), AgreementType.SLA));
        yen.monthlyFee = new BigDecimal("120000.5");
        assertEquals(List.of("terms.monthlyFee"), fields(yen.build(), AgreementType.SLA));
        yen.monthlyFee = new BigDecimal("120000.00");
        assertEquals(List.of(), fields(yen.build(), AgreementType.SLA), "trailing zeros are no decimals");

        TermsFixture dinar = new TermsFixture();
        dinar.currency = "BHD";
        dinar.monthlyFee = new BigDecimal("1234.56");
        dinar.latePenalty = new LatePenalty(List.of(new LatePenaltyRate(1, new BigDecimal("12.345"),
                new BigDecimal("0.125"))), new BigDecimal("500.005"));
        assertEquals(List.of(), fields(dinar.build(), AgreementType.SLA));
        dinar.monthlyFee = new BigDecimal("1234.567");
        dinar.latePenalty = new LatePenalty(List.of(new LatePenaltyRate(1, new BigDecimal("12.3455"), null)), null);
        assertEquals(List.of("terms.monthlyFee", "terms.latePenalty.priorities[0].amount"),
                fields(dinar.build(), AgreementType.SLA));
    }

    /** Two P1 tickets in November 2026 (target 2 h): 1 h and 2 h 30 min, or 3 h and 3 h. */
    static Invoice november(AgreementTerms terms, Duration first, Duration second) {
        CloseTerms close = CloseTerms.of(terms, LocalDate.of(2026, 1, 1));
        Instant registered = berlin(11, 2, 9, 0, 0);
        List<TicketFacts> tickets = new ArrayList<>();
        for (Duration d : List.of(first, second)) {
            String number = "T-" + (tickets.size() + 1);
            tickets.add(new TicketFacts(number, "WS", 1, TicketFacts.Outcome.RESOLVED, registered,
                    registered.plus(d), d, Duration.ofMinutes(10), "/api/tickets/" + number, List.of()));
        }
        return MonthCloseCalculator.close(new MonthCloseInput(new ClosingMonth(YearMonth.of(2026, 11), BERLIN), close,
                tickets, List.of(new ServiceFacts("WS", ENGINES.get(OFFICE), null, List.of())), null,
                UsageFacts.NONE)).invoice();
    }

    static BigDecimal line(Invoice invoice, InvoiceLine.Kind kind) {
        List<InvoiceLine> lines = invoice.lines(kind);
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0).amount();
    }

    /**
     * JPY, fee 100,005 yen; RESOLUTION_TIME and OVERDUE_SHARE of priority 1, 0.5 each. Tickets 1 h and
     * 2 h 30 min against 2 h: average 1 h 45 min is met (0.5), 1 of 2 late = 50 % > 20 % is not: score
     * 0.5, band [0.4, 0.6) at 10 %: 10,000.5 yen, rounded half-up to the yen: 10,001 (half-even would give
     * 10,000). Total 100,005 - 10,001 = 90,004. November is month 11 of a service from January: no grace.
     */
    @Test
    void aYenPenaltyRoundsHalfUpToTheWholeYen() {
        TermsFixture f = new TermsFixture();
        f.currency = "JPY";
        f.monthlyFee = new BigDecimal("100005");
        Invoice invoice = november(f.build(), Duration.ofHours(1), Duration.ofMinutes(150));
        assertEquals(0, line(invoice, InvoiceLine.Kind.QOS_PENALTY).compareTo(new BigDecimal("-10001")));
        assertEquals(0, invoice.total().compareTo(new BigDecimal("90004")));
    }

    /**
     * BHD (three decimals), fee 1000.02, cap 12.5 %. Tickets 3 h and 3 h: both metrics missed, score 0,
     * band [0, 0.4) at 20 % = 200.004, capped at 12.5 % = 125.0025, rounded half-up to the fils: 125.003.
     * Total 1000.020 - 125.003 = 875.017.
     */
    @Test
    void aCapSmallerThanTheBandIsAppliedAndRoundedHalfUpToTheFils() {
        TermsFixture f = new TermsFixture();
        f.currency = "BHD";
        f.monthlyFee = new BigDecimal("1000.02");
        f.cap = new BigDecimal("12.5");
        assertEquals(List.of(), fields(f.build(), AgreementType.SLA));
        Invoice invoice = november(f.build(), Duration.ofHours(3), Duration.ofHours(3));
        assertEquals(0, line(invoice, InvoiceLine.Kind.QOS_PENALTY).compareTo(new BigDecimal("-125.003")));
        assertEquals(0, invoice.total().compareTo(new BigDecimal("875.017")));
    }

    // ---- targets ------------------------------------------------------------------------------------

    /**
     * "whole seconds, above zero": P0D (a zero period written in days) is no target, for a priority, a
     * service's own target, a status limit and a line extension alike; the paths name each one.
     */
    @Test
    void aTargetOfP0DIsRefusedWhereverItIsGiven() {
        TermsFixture f = new TermsFixture();
        f.priorities.set(1, new PriorityTerms(2, "P2", Duration.parse("P0D"), Duration.ofHours(4),
                BigDecimal.valueOf(20), false, List.of()));
        f.serviceTargets.add(new ServiceTarget("WS", 1, Duration.parse("P0D"), Duration.ofHours(1)));
        f.statusLimits.add(new StatusLimit(1, "NEW", Duration.parse("P0D")));
        f.lineExtensions.add(new LineExtension(2, Duration.parse("-PT9H")));
        // the order of the errors is not specified: compared as a set
        assertEquals(java.util.Set.of("terms.priorities[1].response", "terms.serviceTargets[0].response",
                "terms.statusLimits[0].max", "terms.lineExtensions[0].extra"),
                java.util.Set.copyOf(fields(f.build(), AgreementType.SLA)));
    }

    // ---- versions and days ---------------------------------------------------------------------------

    /**
     * Version 2 from Sunday 29 March 2026 (Berlin springs forward 02:00 -> 03:00), version 3 from Sunday
     * 25 October (falls back 03:00 -> 02:00). A day is a day in the agreement's zone: 28 March 22:59:59Z
     * is 23:59:59 CET (v1), 23:00:00Z is midnight (v2); 24 October 21:59:59Z is 23:59:59 CEST (v2),
     * 22:00Z is midnight (v3); both 02:30 of 25 October (00:30Z and 01:30Z) are v3, as is 22:59:59Z, the
     * last second of that 25-hour day.
     */
    @Test
    void theVersionOfAnInstantIsThatOfItsDayInTheAgreementsZoneAcrossDaylightSaving() {
        Agreement a = sla("SLA-ACME-2026", "Europe/Berlin", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                new TermsFixture().build(), NOW);
        a.activate(NOW);
        int v2 = TermsFixture.agreed(a, withFee("13000"), LocalDate.of(2026, 3, 29), NOW, "max", "spring").number();
        int v3 = TermsFixture.agreed(a, withFee("14000"), LocalDate.of(2026, 10, 25), NOW, "max", "autumn").number();
        Map<String, Integer> expected = Map.of(
                "2026-03-28T22:59:59Z", 1, "2026-03-28T23:00:00Z", v2, "2026-03-29T01:30:00Z", v2,
                "2026-10-24T21:59:59Z", v2, "2026-10-24T22:00:00Z", v3, "2026-10-25T00:30:00Z", v3,
                "2026-10-25T01:30:00Z", v3, "2026-10-25T22:59:59Z", v3);
        expected.forEach((instant, version) -> assertEquals(version, a.versionAt(Instant.parse(instant))
                .orElseThrow().number(), instant));
    }

    /**
     * Havana falls back at 01:00 CDT to 00:00 CST on Sunday 1 November 2026, so that day begins at the
     * first midnight, 00:00 CDT = 04:00Z. Terminated with last day 31 October, monitoring ends at 04:00Z;
     * 04:30Z (00:30 CDT on 1 November) is no longer monitored, 03:59:59Z is.
     */
    @Test
    void monitoringEndsAtTheFirstMidnightAfterTheLastDayInTheAgreementsZone() {
        Instant now = Instant.parse("2026-03-02T15:00:00Z");
        Agreement a = sla("SLA-HAVANA", "America/Havana", LocalDate.of(2026, 1, 1), null,
                new TermsFixture().build(), now);
        a.activate(now);
        a.terminate(LocalDate.of(2026, 10, 31), "office closed", now);
        assertEquals(Instant.parse("2026-11-01T04:00:00Z"), a.monitoringEnd().orElseThrow());
        assertTrue(a.monitoredAt(Instant.parse("2026-11-01T03:59:59Z")));
        assertFalse(a.monitoredAt(Instant.parse("2026-11-01T04:30:00Z")));
    }

    /**
     * Auckland is UTC+13 until 5 April 2026. An amendment from 1 April can be approved until 31 March
     * 23:59:59 NZDT = 10:59:59Z; at 11:00:00Z it is 1 April in Auckland (still 31 March in UTC): its day
     * has come, so the approval is refused (409) and it governs nothing.
     */
    @Test
    void anAmendmentIsApprovableUntilTheEndOfTheDayBeforeInTheAgreementsZone() {
        Instant proposed = Instant.parse("2026-03-30T00:00:00Z");
        for (String approvedAt : new String[] {"2026-03-31T10:59:59Z", "2026-03-31T11:00:00Z"}) {
            Agreement a = sla("SLA-KIWI", "Pacific/Auckland", LocalDate.of(2026, 1, 1), null,
                    new TermsFixture().build(), proposed);
            a.activate(proposed);
            AgreementVersion amendment = a.revise(withFee("15000"), LocalDate.of(2026, 4, 1), proposed, "max", null);
            Instant at = Instant.parse(approvedAt);
            if (approvedAt.endsWith("10:59:59Z")) {
                assertTrue(a.approveAmendment(amendment.number(), "anna", false, false, at));
                assertEquals(amendment.number(), a.versionAt(Instant.parse("2026-03-31T11:00:00Z")).orElseThrow()
                        .number());
                assertEquals(1, a.versionAt(Instant.parse("2026-03-31T10:59:59Z")).orElseThrow().number());
            } else {
                assertThrows(ConflictException.class, () -> a.approveAmendment(amendment.number(), "anna", false,
                        false, at));
                assertEquals(1, a.versionAt(Instant.parse("2026-04-01T12:00:00Z")).orElseThrow().number());
            }
        }
    }

    /**
     * Two overlapping drafts: A from 1 April sets the fee to 15,000, B from 1 May sets it to 14,000, both
     * proposed on the terms of version 1 (12,000). Approving A first: A governs April, B stays a draft
     * with its own fee (it sets the fee itself) and once approved governs May. Approving B first: A's
     * fee would end at B, which sets the fee itself, so A is refused on effectiveFrom naming B's version.
     */
    @Test
    void overlappingAmendmentsDependOnTheOrderOfApproval() {
        for (boolean aFirst : new boolean[] {true, false}) {
            Agreement a = sla("SLA-ACME-2026", "Europe/Berlin", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                    new TermsFixture().build(), NOW);
            a.activate(NOW);
            AgreementVersion april = a.revise(withFee("15000"), LocalDate.of(2026, 4, 1), NOW, "max", "April");
            AgreementVersion may = a.revise(withFee("14000"), LocalDate.of(2026, 5, 1), NOW, "max", "May");
            if (aFirst) {
                assertTrue(a.approveAmendment(april.number(), "anna", false, false, NOW));
                assertFalse(may.approved());
                assertEquals(0, may.terms().monthlyFee().compareTo(new BigDecimal("14000")));
                assertTrue(a.approveAmendment(may.number(), "anna", false, false, NOW));
                assertEquals(0, a.versionOn(LocalDate.of(2026, 4, 15)).orElseThrow().terms().monthlyFee()
                        .compareTo(new BigDecimal("15000")));
                assertEquals(0, a.versionOn(LocalDate.of(2026, 5, 15)).orElseThrow().terms().monthlyFee()
                        .compareTo(new BigDecimal("14000")));
            } else {
                assertTrue(a.approveAmendment(may.number(), "anna", false, false, NOW));
                InvalidFieldException e = assertThrows(InvalidFieldException.class,
                        () -> a.approveAmendment(april.number(), "anna", false, false, NOW));
                assertEquals("effectiveFrom", e.field());
                assertTrue(e.getMessage().contains("Version " + may.number()), e.getMessage());
                assertEquals(1, a.versionOn(LocalDate.of(2026, 4, 15)).orElseThrow().number());
            }
        }
    }

    /**
     * Version 2 (fee 13,000) is approved from 1 May; a new proposal for the same 1 May (fee 14,000) is a
     * draft beside it and governs nothing: 15 May is still version 2. Once approved it supersedes version
     * 2 (agreements.md: "supersedes an approved version planned for the same day"): 15 May is version 3,
     * version 2 is gone, and its number is not given again.
     */
    @Test
    void anApprovedAmendmentSupersedesTheVersionPlannedForTheSameDay() {
        Agreement a = sla("SLA-ACME-2026", "Europe/Berlin", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                new TermsFixture().build(), NOW);
        a.activate(NOW);
        LocalDate may = LocalDate.of(2026, 5, 1);
        TermsFixture.agreed(a, withFee("13000"), may, NOW, "max", "13k");
        AgreementVersion third = a.revise(withFee("14000"), may, NOW, "max", "14k");
        assertEquals(3, third.number());
        assertEquals(2, a.versionOn(LocalDate.of(2026, 5, 15)).orElseThrow().number());
        assertTrue(a.approveAmendment(3, "anna", false, false, NOW));
        assertEquals(3, a.versionOn(LocalDate.of(2026, 5, 15)).orElseThrow().number());
        assertEquals(List.of(1, 3), a.versions().stream().map(AgreementVersion::number).toList());
        assertEquals(4, a.revise(withFee("15000"), LocalDate.of(2026, 6, 1), NOW, "max", null).number());
    }

    // ---- lifecycle ----------------------------------------------------------------------------------

    /**
     * "Today" is the agreement's: at 2026-03-31T11:30Z it is already 1 April 00:30 in Auckland, so a last
     * day of 31 March is in the past (400 on lastDay), a blank reason is 400 on reason, and no last day
     * means 1 April. A terminated agreement is neither activated, reviewed nor changed (409).
     */
    @Test
    void refusedTransitionsNameTheirFieldOrAreConflicts() {
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        Instant now = Instant.parse("2026-03-31T11:30:00Z");
        Agreement a = sla("SLA-KIWI", "Pacific/Auckland", LocalDate.of(2026, 1, 1), null, new TermsFixture().build(),
                start);
        assertThrows(ConflictException.class, a::startReview, "a draft is not reviewed");
        a.activate(start);
        assertThrows(ConflictException.class, () -> a.completeReview(null, now), "no review started");
        assertEquals("lastDay", assertThrows(InvalidFieldException.class,
                () -> a.terminate(LocalDate.of(2026, 3, 31), "moved", now)).field());
        assertEquals("reason", assertThrows(InvalidFieldException.class,
                () -> a.terminate(null, "  ", now)).field());
        a.terminate(null, "moved", now);
        assertEquals(LocalDate.of(2026, 4, 1), a.terminatedOn().orElseThrow());
        assertAll(
                () -> assertThrows(ConflictException.class, () -> a.activate(now)),
                () -> assertThrows(ConflictException.class, a::startReview),
                () -> assertThrows(ConflictException.class, () -> a.revise(new TermsFixture().build(), null, now,
                        "max", null)),
                () -> assertThrows(ConflictException.class, a::requireDeletable));
    }

    // ---- import and export ----------------------------------------------------------------------------

    /** The fixture's terms as a client writes them, or as the database gives them back (stored scales). */
    static AgreementTerms written(boolean stored, String p1Resolution) {
        TermsFixture f = new TermsFixture();
        f.monthlyFee = new BigDecimal(stored ? "12000.00" : "12000");
        f.priorities.clear();
        for (int p = 1; p <= 3; p++) {
            f.priorities.add(new PriorityTerms(p, "P" + p, p == 3 ? null : Duration.ofMinutes(15L * p),
                    p == 1 ? Duration.parse(p1Resolution) : Duration.ofHours(p == 2 ? 4 : 16),
                    new BigDecimal(stored ? "20.00" : "20"), false, List.of()));
        }
        f.metrics.clear();
        f.metrics.add(QualityMetric.resolutionTime(1, new BigDecimal(stored ? "0.1000" : "0.10")));
        f.metrics.add(QualityMetric.overdueShare(1, new BigDecimal(stored ? "0.9000" : "0.9")));
        f.bands.clear();
        f.bands.add(TermsFixture.band(stored ? "0.8000" : "0.8", stored ? "1.0000" : "1", stored ? "0.00" : "0"));
        f.bands.add(TermsFixture.band(stored ? "0.0000" : "0", stored ? "0.8000" : "0.8", stored ? "7.50" : "7.5"));
        f.cap = new BigDecimal(stored ? "5.00" : "5");
        return f.build();
    }

    static Agreement.PastVersion exported(AgreementVersion v, boolean stored) {
        Duration p1 = v.terms().priority(1).orElseThrow().resolution().orElseThrow();
        AgreementTerms terms = written(stored, p1.toString());
        return new Agreement.PastVersion(v.number(), v.effectiveFrom(), terms, v.changeNote(), v.createdAt(),
                v.createdBy(), new AmendmentRecord(v.amendmentStatus(), v.approvedBy().orElse(null),
                v.approvedAt().orElse(null), null, null));
    }

    /**
     * Export -> import: versions 1 (January) and 2 (April, P1 resolution 1 h, approved by anna), version 3
     * withdrawn. The document carries the stored scales (0.1000, 12000.00, 20.00); the imported agreement
     * has the same versions, days, authors, approvals and highest number (3), and each version's terms
     * say the same as the original's (agreements.md: "12000 and 12000.00 are the same fee"): no diff.
     */
    @Test
    void anExportedAgreementImportsWithTheSameVersionsAndTermsWhateverTheScale() {
        Agreement original = sla("SLA-ACME-2026", "Europe/Berlin", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), written(false, "PT2H"), NOW);
        original.activate(NOW);
        TermsFixture.agreed(original, written(false, "PT1H"), LocalDate.of(2026, 4, 1), NOW, "max", "faster P1");
        AgreementVersion planned = TermsFixture.agreed(original, written(false, "PT3H"), LocalDate.of(2026, 6, 1), NOW,
                "max", "to withdraw");
        original.withdrawVersion(planned.number(), NOW);

        Agreement copy = Agreement.imported("SLA-ACME-COPY", AgreementType.SLA, new Agreement.Header(
                "Workplace support", ACME, null, null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), null, "max"), new Agreement.History(original.versions().stream()
                .map(v -> exported(v, true)).toList(), original.lastVersionNumber(), original.status(), null, null),
                NOW, "importer");

        assertEquals(3, copy.lastVersionNumber());
        assertEquals(AgreementStatus.ACTIVE, copy.status());
        assertEquals(original.versions().size(), copy.versions().size());
        for (int i = 0; i < original.versions().size(); i++) {
            AgreementVersion was = original.versions().get(i);
            AgreementVersion is = copy.versions().get(i);
            assertEquals(List.of(was.number(), was.effectiveFrom(), was.createdBy(), was.approvedBy(),
                    was.amendmentStatus()), List.of(is.number(), is.effectiveFrom(), is.createdBy(), is.approvedBy(),
                    is.amendmentStatus()));
            assertEquals(List.of(), TermsDiff.between(was.terms(), is.terms()), "version " + was.number());
            assertTrue(AgreementTerms.same(was.terms(), is.terms()), "version " + was.number());
        }
        assertEquals(Duration.ofHours(1), copy.versionOn(LocalDate.of(2026, 7, 1)).orElseThrow().terms().priority(1)
                .orElseThrow().resolution().orElseThrow(), "the withdrawn June version is not there");
    }

    /**
     * Each version's terms are checked as on a save, errors named by their path in the document: version 2
     * (index 1) lists priority 2 twice (the second at index 2), has a P0D response and a negative
     * extension.
     */
    @Test
    void importErrorsNameTheVersionAndTheFieldInTheDocument() {
        TermsFixture bad = new TermsFixture();
        bad.priorities.set(0, new PriorityTerms(1, "P1", Duration.parse("P0D"), Duration.ofHours(2),
                BigDecimal.valueOf(20), false, List.of()));
        bad.priorities.add(TermsFixture.priority(2, "PT30M", "PT8H", 20));
        bad.lineExtensions.add(new LineExtension(3, Duration.ofHours(-1)));
        List<Agreement.PastVersion> versions = List.of(
                new Agreement.PastVersion(1, LocalDate.of(2026, 1, 1), new TermsFixture().build(), null, NOW, "max"),
                new Agreement.PastVersion(2, LocalDate.of(2026, 4, 1), bad.build(), null, NOW, "max"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Agreement.imported("SLA-IMP",
                AgreementType.SLA, new Agreement.Header("Workplace support", ACME, null, null, null, "Europe/Berlin",
                        LocalDate.of(2026, 1, 1), null, null, "max"),
                new Agreement.History(versions, 2, AgreementStatus.ACTIVE, null, null), NOW, "importer"));
        assertEquals(List.of("versions[1].terms.priorities[0].response", "versions[1].terms.priorities[3].number",
                "versions[1].terms.lineExtensions[0].extra"),
                e.errors().stream().map(InvalidFieldException::field).toList());
    }
}
