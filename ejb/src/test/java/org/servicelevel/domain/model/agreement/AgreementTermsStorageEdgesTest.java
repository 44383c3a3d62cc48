package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.ConsistencyFinding.Kind;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The terms at their edges against docs/agreements.md, docs/month-close.md and docs/api.md: values the
 * records cannot keep are refused rather than rounded, the consistency check, amendments and the
 * lifecycle.
 */
class AgreementTermsStorageEdgesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-03-02, 10:00 in Berlin. */
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);
    private static final long ALWAYS = 3;
    private static final Instant FROM = LocalDate.of(2026, 3, 2).atStartOfDay(BERLIN).toInstant();
    private static final Instant TO = FROM.plus(Duration.ofDays(14));

    private final ConsistencyCheck check = new ConsistencyCheck(new ConsistencyCheck.Calendars() {
        private final Map<Long, WorkCalendar> engines = Map.of(ALWAYS, WorkCalendar.twentyFourSeven(BERLIN));

        @Override
        public WorkCalendar engine(long calendarId) {
            return engines.get(calendarId);
        }

        @Override
        public String name(long calendarId) {
            return "24/7";
        }
    }, FROM, TO);

    private static List<String> fields(AgreementTerms terms) {
        return terms.problems(AgreementType.SLA).stream().map(InvalidFieldException::field).toList();
    }

    private static int scaleOf(Class<?> type, String field) throws NoSuchFieldException {
        return type.getDeclaredField(field).getAnnotation(Column.class).scale();
    }

    private static Agreement sla(LocalDate from, Agreement parent, AgreementTerms terms) {
        return new Agreement(parent == null ? "SLA-ACME-2026" : "SLA-ACME-CHILD", AgreementType.SLA,
                new Agreement.Header("Workplace support", ACME, null, null, parent, "Europe/Berlin", from,
                        LocalDate.of(2027, 12, 31), null, "max"), terms, NOW, "max");
    }

    // ---- values the records cannot keep are refused, not rounded -----------------------------------

    /**
     * agreements.md: survey shares and thresholds "are compared exactly, never rounded". The threshold
     * column is NUMERIC(5,2) (QualityMetric.thresholdPercent, V6__agreements.sql:128): 70.555 would be
     * stored as 70.56 (and a 70.555 % share then miss it), so the terms refuse a third decimal.
     */
    @Test
    void aSurveyThresholdWithMoreDecimalsThanStoredIsRefusedNotRounded() throws Exception {
        assertEquals(2, scaleOf(QualityMetric.class, "thresholdPercent"));
        TermsFixture f = new TermsFixture();
        f.metrics.set(1, QualityMetric.survey("Were you kept informed?", new BigDecimal("70.555"),
                new BigDecimal("0.5")));
        assertTrue(fields(f.build()).contains("terms.metrics[1].threshold"),
                "70.555 % is accepted although it is stored as 70.56 %: " + fields(f.build()));
    }

    /**
     * Band bounds are NUMERIC(6,4). Bands checked as contiguous with five decimals become invalid once
     * rounded for storage: [0, 0.99995) and [0.99995, 1] are stored as [0, 1.0000) and [1.0000, 1], which
     * the same rules refuse (so the stored agreement breaks its own rules, and its export no longer imports).
     */
    @Test
    void penaltyBandBoundsWithMoreDecimalsThanStoredAreRefused() throws Exception {
        assertEquals(4, scaleOf(PenaltyBand.class, "from"));
        TermsFixture f = new TermsFixture();
        f.bands.clear();
        f.bands.add(TermsFixture.band("0", "0.99995", "10"));
        f.bands.add(TermsFixture.band("0.99995", "1", "0"));
        AgreementTerms accepted = f.build();

        TermsFixture stored = new TermsFixture();
        stored.bands.clear();
        for (PenaltyBand b : accepted.penaltyBands()) {
            stored.bands.add(new PenaltyBand(b.from().setScale(4, RoundingMode.HALF_UP),
                    b.to().setScale(4, RoundingMode.HALF_UP), b.penaltyPercent()));
        }
        assertTrue(!fields(stored.build()).isEmpty(), "as stored, the bands break the rules");
        assertTrue(fields(accepted).stream().anyMatch(p -> p.startsWith("terms.penaltyBands")),
                "bands that only hold before rounding to 4 decimals are accepted: " + fields(accepted));
    }

    /** Percentages stored as NUMERIC(5,2) take any number of decimals and are rounded silently. */
    @Test
    void percentagesWithMoreDecimalsThanStoredAreRefused() throws Exception {
        assertEquals(2, scaleOf(PriorityTerms.class, "maxOverduePercent"));
        assertEquals(2, scaleOf(PenaltyBand.class, "penaltyPercent"));
        assertEquals(2, scaleOf(AgreementVersion.class, "penaltyCapPercent"));
        TermsFixture f = new TermsFixture();
        f.priorities.set(0, new PriorityTerms(1, "P1", Duration.ofMinutes(15), Duration.ofHours(2),
                new BigDecimal("12.345"), false, List.of()));
        f.bands.set(1, TermsFixture.band("0.6", "0.8", "3.333"));
        f.cap = new BigDecimal("9.999");
        List<String> fields = fields(f.build());
        assertAll(
                () -> assertTrue(fields.contains("terms.priorities[0].maxOverdueShare"), fields.toString()),
                () -> assertTrue(fields.contains("terms.penaltyBands[1].penaltyPercent"), fields.toString()),
                () -> assertTrue(fields.contains("terms.penaltyCapPercent"), fields.toString()));
    }

    /**
     * A service volume is NUMERIC(12,2) but has no upper bound in the rules: 1e12 passes them, and the
     * database refuses it, which UnexpectedFailureMapper answers as 400 naming only {@code body}, not
     * {@code terms.services[0].volume.quantity} as docs/api.md requires.
     */
    @Test
    void aVolumeTooLargeToStoreIsRefusedNamingItsField() {
        TermsFixture f = new TermsFixture();
        f.services.set(0, new ServiceTerms("WS", "Workplace", null, 1L, new BigDecimal("1000000000000"),
                VolumeUnit.TICKETS, VolumePeriod.MONTH, List.of()));
        assertTrue(fields(f.build()).contains("terms.services[0].volume.quantity"), fields(f.build()).toString());
    }

    /**
     * Money "in the agreement's currency": the late-ticket penalty follows the currency's minor unit,
     * the monthly fee and extra-service prices are fixed at two decimals whatever the currency, so a
     * JPY fee of 100.50 is accepted (the invoice rounds it away) and a KWD price of 1.125 is refused.
     */
    @Test
    void theFeeAndPricesFollowTheCurrencysMinorUnitLikeTheLatePenalty() {
        TermsFixture yen = new TermsFixture();
        yen.currency = "JPY";
        yen.monthlyFee = new BigDecimal("100.50");
        yen.prices.add(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, new BigDecimal("1500.5")));
        TermsFixture dinar = new TermsFixture();
        dinar.currency = "KWD";
        dinar.prices.add(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, new BigDecimal("1.12")));
        TermsFixture fils = new TermsFixture();
        fils.currency = "KWD";
        fils.prices.add(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, new BigDecimal("1.125")));
        assertAll(
                () -> assertTrue(fields(yen.build()).contains("terms.monthlyFee"), fields(yen.build()).toString()),
                () -> assertTrue(fields(yen.build()).contains("terms.extraPrices[0].price"), fields(yen.build()).toString()),
                () -> assertTrue(fields(dinar.build()).isEmpty(), fields(dinar.build()).toString()),
                // the records keep two decimals: a third (a dinar's fils) is refused, not rounded
                () -> assertEquals(List.of("terms.extraPrices[0].price"), fields(fils.build())));
    }

    // ---- consistency ------------------------------------------------------------------------------

    /**
     * A target is at most ten years' worth of hours: a longer one would put deadlines past the
     * calendars' supported years, where the consistency check that runs with the save could not
     * compute them. The longest allowed one is checked without a throw.
     */
    @Test
    void anAbsurdlyLongTargetDoesNotBreakTheConsistencyCheck() {
        TermsFixture slaTerms = new TermsFixture().withoutPenalties();
        slaTerms.services.set(0, TermsFixture.service("WS", ALWAYS));
        TermsFixture olaTerms = new TermsFixture().withoutPenalties();
        olaTerms.services.set(0, TermsFixture.service("L2", ALWAYS));
        olaTerms.priorities.set(0, TermsFixture.priority(1, "PT15M", "PT5000000H", 20));
        olaTerms.underpins.add(TermsFixture.link("SLA-1", "WS", 1, TargetKind.RESOLUTION, "L2", 1));
        AgreementTerms ola = olaTerms.build();
        assertEquals(List.of("terms.priorities[0].resolution"), ola.problems(AgreementType.OLA).stream()
                .map(InvalidFieldException::field).toList(), "PT5000000H (570 years) is refused at save");
        olaTerms.priorities.set(0, TermsFixture.priority(1, "PT15M", "PT87600H", 20));
        AgreementTerms longest = olaTerms.build();
        assertEquals(List.of(), longest.problems(AgreementType.OLA), "ten years' worth of hours pass");
        assertDoesNotThrow(() -> check.underpinning("SLA-1", Optional.of(slaTerms.build()),
                List.of(new ConsistencyCheck.Party("OLA-1", longest))));
    }

    /**
     * LOOSER_THAN_PARENT: "a child's target (or overdue limit) is looser than the one it inherits". A
     * child that redefines priority 1 without an overdue limit allows any share of late tickets where
     * the parent allows 20 %: reported like a missing target.
     */
    @Test
    void aChildPriorityWithoutTheParentsOverdueLimitIsLooser() {
        TermsFixture parent = new TermsFixture().withoutPenalties();
        parent.services.set(0, TermsFixture.service("WS", ALWAYS));
        TermsFixture child = new TermsFixture().withoutPenalties();
        child.services.set(0, TermsFixture.service("WS", ALWAYS));
        child.priorities.set(0, new PriorityTerms(1, "P1", Duration.ofMinutes(15), Duration.ofHours(2), null, false,
                List.of()));
        AgreementTerms own = child.build();
        List<ConsistencyFinding> findings = check.inheritance("SLA-CHILD", own, own, "SLA-PARENT", parent.build());
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Kind.LOOSER_THAN_PARENT && f.priority() == 1),
                "no finding for an unlimited overdue share under a parent's 20 %: " + findings);
    }

    // ---- amendments -------------------------------------------------------------------------------


    // ---- rules that hold --------------------------------------------------------------------------

    @Test
    void edgePenaltyBandsOverlapGapsOrderAndTop() {
        TermsFixture overlap = new TermsFixture();
        overlap.bands.set(1, TermsFixture.band("0.55", "0.8", "5"));
        assertTrue(fields(overlap.build()).contains("terms.penaltyBands[1].from"), fields(overlap.build()).toString());
        TermsFixture gap = new TermsFixture();
        gap.bands.set(1, TermsFixture.band("0.65", "0.8", "5"));
        assertTrue(fields(gap.build()).contains("terms.penaltyBands[1].from"));
        TermsFixture over = new TermsFixture();
        over.bands.set(3, TermsFixture.band("0", "0.4", "100.01"));
        assertTrue(fields(over.build()).contains("terms.penaltyBands[3].penaltyPercent"));
        TermsFixture shortTop = new TermsFixture();
        shortTop.bands.set(0, TermsFixture.band("0.8", "0.99", "0"));
        assertTrue(fields(shortTop.build()).contains("terms.penaltyBands"));
        TermsFixture worseCheaper = new TermsFixture();
        worseCheaper.bands.set(0, TermsFixture.band("0.8", "1", "6"));
        assertTrue(fields(worseCheaper.build()).contains("terms.penaltyBands[0].penaltyPercent"));
        assertEquals(List.of(), fields(new TermsFixture().build()), "bands given best first are fine");
        assertEquals(new BigDecimal("0"), new TermsFixture().build().penaltyPercentFor(BigDecimal.ONE).orElseThrow());
        assertEquals(new BigDecimal("5"), new TermsFixture().build().penaltyPercentFor(new BigDecimal("0.6")).orElseThrow());
    }

    @Test
    void edgeWeightsPrioritiesCodesAndTargets() {
        TermsFixture sum = new TermsFixture();
        sum.metrics.set(1, QualityMetric.overdueShare(1, new BigDecimal("0.4")));
        assertEquals(List.of("terms.metrics"), fields(sum.build()));
        TermsFixture negative = new TermsFixture();
        negative.metrics.set(1, QualityMetric.overdueShare(1, new BigDecimal("-0.5")));
        assertTrue(fields(negative.build()).contains("terms.metrics[1].weight"));
        TermsFixture big = new TermsFixture();
        big.metrics.set(1, QualityMetric.overdueShare(1, new BigDecimal("1.5")));
        assertTrue(fields(big.build()).contains("terms.metrics[1].weight"));
        TermsFixture twice = new TermsFixture();
        twice.priorities.set(2, TermsFixture.priority(2, null, "PT16H", 20));
        assertTrue(fields(twice.build()).contains("terms.priorities[2].number"));
        TermsFixture codes = new TermsFixture();
        codes.services.add(TermsFixture.service("WS", 1L));
        assertTrue(fields(codes.build()).contains("terms.services[1].code"));
        TermsFixture zero = new TermsFixture();
        zero.priorities.set(0, TermsFixture.priority(1, "PT0S", "-PT2H", 20));
        assertTrue(fields(zero.build()).containsAll(List.of("terms.priorities[0].response", "terms.priorities[0].resolution")));
        TermsFixture share = new TermsFixture();
        share.priorities.set(0, TermsFixture.priority(1, "PT15M", "PT2H", 101));
        assertTrue(fields(share.build()).contains("terms.priorities[0].maxOverdueShare"));
    }

    @Test
    void edgeLifecycleRefusals() {
        Agreement a = sla(LocalDate.of(2026, 1, 1), null, new TermsFixture().build());
        assertThrows(ConflictException.class, () -> a.terminate(null, "x", NOW), "a draft is not terminated");
        a.activate(NOW);
        assertThrows(ConflictException.class, () -> a.activate(NOW));
        a.terminate(LocalDate.of(2026, 3, 31), "ends", NOW);
        assertThrows(ConflictException.class, () -> a.terminate(LocalDate.of(2026, 4, 30), "again", NOW));
        assertThrows(ConflictException.class, () -> a.activate(NOW));
        assertThrows(ConflictException.class, () -> a.revise(new TermsFixture().build(), null, NOW, "max", null));
        assertThrows(ConflictException.class, a::requireDeletable);
    }

    @Test
    void edgeVersionsOfAnAgreementInForce() {
        Agreement a = sla(LocalDate.of(2026, 1, 1), null, new TermsFixture().build());
        a.activate(NOW);
        InvalidFieldException past = assertThrows(InvalidFieldException.class,
                () -> a.revise(new TermsFixture().build(), LocalDate.of(2026, 3, 2), NOW, "max", null));
        assertEquals("effectiveFrom", past.field(), "today has begun");
        assertEquals("effectiveFrom", assertThrows(InvalidFieldException.class,
                () -> a.revise(new TermsFixture().build(), LocalDate.of(2028, 1, 1), NOW, "max", null)).field());
        AgreementVersion v = a.revise(new TermsFixture().build(), LocalDate.of(2026, 4, 1), NOW, "max", null);
        assertThrows(org.servicelevel.domain.NotPermittedException.class,
                () -> a.approveAmendment(v.number(), "max", false, false, NOW), "the author does not approve");
        Instant april = LocalDate.of(2026, 4, 1).atTime(9, 0).atZone(BERLIN).toInstant();
        assertThrows(ConflictException.class, () -> a.approveAmendment(v.number(), "other", false, false, april),
                "its day has come");
    }
}
