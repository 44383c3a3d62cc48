package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

/**
 * The terms the month's invoice reads: the agreement-wide ticket volume, the planned development
 * hours, the late-ticket penalty and how survey metrics compare with their thresholds.
 */
class CloseTermsTest {

    private static List<String> fields(TermsFixture f) {
        return f.build().problems(AgreementType.SLA).stream().map(InvalidFieldException::field).toList();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static LatePenalty late(BigDecimal cap, LatePenaltyRate... rates) {
        return new LatePenalty(List.of(rates), cap);
    }

    @Test
    void theNewTermsAreOptionalAndValidWhenSensible() {
        TermsFixture f = new TermsFixture();
        assertEquals(List.of(), fields(f));
        f.agreementVolume = 100;
        f.plannedDevelopmentHours = n("37.5");
        f.latePenalty = late(n("1000"), new LatePenaltyRate(1, n("200"), n("25.50")), new LatePenaltyRate(2, n("0"), null));
        assertEquals(List.of(), fields(f));
    }

    @Test
    void theAgreementVolumeIsAWholeNumberOfTicketsAboveZero() {
        TermsFixture f = new TermsFixture();
        f.agreementVolume = 0;
        assertEquals(List.of("terms.agreementVolume"), fields(f));
        f.agreementVolume = 1_000_001;
        assertEquals(List.of("terms.agreementVolume"), fields(f));
        f.agreementVolume = 1;
        assertEquals(List.of(), fields(f));
    }

    @Test
    void plannedDevelopmentHoursAreAtLeastZeroWithTwoDecimals() {
        TermsFixture f = new TermsFixture();
        f.plannedDevelopmentHours = n("-1");
        assertEquals(List.of("terms.plannedDevelopmentHours"), fields(f));
        f.plannedDevelopmentHours = n("40.125");
        assertEquals(List.of("terms.plannedDevelopmentHours"), fields(f));
        f.plannedDevelopmentHours = n("10000.01");
        assertEquals(List.of("terms.plannedDevelopmentHours"), fields(f));
        f.plannedDevelopmentHours = n("0");
        assertEquals(List.of(), fields(f), "a plan of no hours bills every development hour");
    }

    @Test
    void aLatePenaltyNamesPrioritiesThatCanBeLateOnceEach() {
        TermsFixture f = new TermsFixture();
        f.priorities.add(new PriorityTerms(4, "Planned", null, null, null, true, List.of()));
        f.latePenalty = late(null, new LatePenaltyRate(1, n("100"), null), new LatePenaltyRate(7, n("100"), null),
                new LatePenaltyRate(4, n("100"), null), new LatePenaltyRate(1, n("50"), null));
        assertEquals(List.of("terms.latePenalty.priorities[1].priority", "terms.latePenalty.priorities[2].priority",
                "terms.latePenalty.priorities[3].priority"), fields(f));
        f.latePenalty = late(n("100"));
        assertEquals(List.of("terms.latePenalty.priorities"), fields(f));
    }

    @Test
    void aPriorityWithOnlyAServicesOwnResolutionTargetCanBeLate() {
        TermsFixture f = new TermsFixture();
        f.priorities.set(2, new PriorityTerms(3, "P3", Duration.ofHours(1), null, null, false, List.of()));
        f.latePenalty = late(null, new LatePenaltyRate(3, n("10"), null));
        assertEquals(List.of("terms.latePenalty.priorities[0].priority"), fields(f));
        f.serviceTargets.add(new ServiceTarget("WS", 3, null, Duration.ofHours(8)));
        assertEquals(List.of(), fields(f));
    }

    @Test
    void amountsAreAtLeastZeroWithTheCurrencysMinorUnitDigits() {
        TermsFixture eur = new TermsFixture();
        eur.latePenalty = late(n("1000.001"), new LatePenaltyRate(1, n("-1"), n("2.505")), new LatePenaltyRate(2, null, null));
        assertEquals(List.of("terms.latePenalty.priorities[0].amount", "terms.latePenalty.priorities[0].perStartedHour",
                "terms.latePenalty.priorities[1].amount", "terms.latePenalty.monthlyCap"), fields(eur));

        TermsFixture jpy = new TermsFixture();
        jpy.currency = "JPY";
        jpy.monthlyFee = n("1200000");
        jpy.latePenalty = late(n("50000"), new LatePenaltyRate(1, n("5000.5"), n("500")));
        List<InvalidFieldException> problems = jpy.build().problems(AgreementType.SLA);
        assertEquals(List.of("terms.latePenalty.priorities[0].amount"),
                problems.stream().map(InvalidFieldException::field).toList());
        assertTrue(problems.get(0).getMessage().contains("JPY with at most 0 decimals"), problems.get(0).getMessage());
        jpy.latePenalty = late(n("50000"), new LatePenaltyRate(1, n("5000"), n("500")));
        assertEquals(List.of(), fields(jpy));

        TermsFixture kwd = new TermsFixture();
        kwd.currency = "KWD";
        kwd.latePenalty = late(null, new LatePenaltyRate(1, n("12.125"), null));
        assertEquals(List.of(), fields(kwd), "the Kuwaiti dinar has three decimals");
    }

    @Test
    void aLatePenaltyNeedsTheCurrencyItIsIn() {
        TermsFixture f = new TermsFixture();
        f.currency = null;
        f.monthlyFee = null;
        f.latePenalty = late(null, new LatePenaltyRate(1, n("100"), null));
        assertEquals(List.of("terms.currency"), fields(f));
    }

    @Test
    void aLatePenaltyFindsTheRateOfAPriority() {
        LatePenalty penalty = late(n("1000"), new LatePenaltyRate(1, n("200"), n("25")));
        assertTrue(penalty.rate(1).isPresent());
        assertTrue(penalty.rate(2).isEmpty());
    }

    @Test
    void aSurveyMetricComparesAtLeastUnlessItSaysMoreThan() {
        QualityMetric atLeast = QualityMetric.survey("Informed?", n("70"), n("1"));
        QualityMetric legacy = new QualityMetric(MetricKind.SURVEY, null, "Informed?", null, n("70"), n("1"));
        QualityMetric moreThan = QualityMetric.survey("Informed?", ThresholdComparison.GREATER_THAN, n("70"), n("1"));
        assertEquals(ThresholdComparison.AT_LEAST, legacy.comparison());
        assertEquals(atLeast, legacy);
        assertFalse(atLeast.equals(moreThan));
        assertNull(QualityMetric.resolutionTime(1, n("1")).comparison());
    }

    @Test
    void onlySurveyMetricsTakeAComparison() {
        TermsFixture f = new TermsFixture();
        f.metrics.set(0, new QualityMetric(MetricKind.RESOLUTION_TIME, 1, null, null, null,
                ThresholdComparison.GREATER_THAN, n("0.5")));
        assertEquals(List.of("terms.metrics[0].comparison"), fields(f));
    }

    @Test
    void theDiffNamesEachNewTermValueByValue() {
        TermsFixture before = new TermsFixture();
        before.metrics.set(1, QualityMetric.survey("Informed?", n("70"), n("0.5")));
        before.latePenalty = late(n("1000"), new LatePenaltyRate(1, n("200"), null));
        TermsFixture after = new TermsFixture();
        after.metrics.set(1, QualityMetric.survey("Informed?", ThresholdComparison.GREATER_THAN, n("70"), n("0.5")));
        after.agreementVolume = 100;
        after.plannedDevelopmentHours = n("40");
        after.latePenalty = late(n("1500.00"), new LatePenaltyRate(1, n("250"), n("25")));
        List<TermsDiff.Change> changes = TermsDiff.between(before.build(), after.build());
        assertEquals(List.of(new TermsDiff.Change("metrics[2].comparison", "AT_LEAST", "GREATER_THAN"),
                new TermsDiff.Change("agreementVolume", null, "100"),
                new TermsDiff.Change("plannedDevelopmentHours", null, "40"),
                new TermsDiff.Change("latePenalty.priorities[1].amount", "200", "250"),
                new TermsDiff.Change("latePenalty.priorities[1].perStartedHour", null, "25"),
                new TermsDiff.Change("latePenalty.monthlyCap", "1000", "1500")), changes);

        TermsFixture without = new TermsFixture();
        assertEquals(List.of(new TermsDiff.Change("latePenalty", null, "{priorities=[{priority=1, amount=250,"
                + " perStartedHour=25}], monthlyCap=1500}")), TermsDiff.between(without.build(), withLatePenaltyOnly(after)));
        assertEquals(List.of(), TermsDiff.between(after.build(), after.build()));
    }

    private static AgreementTerms withLatePenaltyOnly(TermsFixture source) {
        TermsFixture f = new TermsFixture();
        f.latePenalty = source.latePenalty;
        return f.build();
    }

    @Test
    void aChildInheritsTheNewTermsItLeavesOut() {
        TermsFixture parent = new TermsFixture();
        parent.agreementVolume = 100;
        parent.plannedDevelopmentHours = n("40");
        parent.latePenalty = late(null, new LatePenaltyRate(1, n("200"), null));
        TermsFixture child = new TermsFixture();
        child.plannedDevelopmentHours = n("10");
        AgreementTerms merged = child.build().inheritingFrom(parent.build());
        assertEquals(100, merged.agreementVolume());
        assertEquals(n("10"), merged.plannedDevelopmentHours());
        assertEquals(parent.latePenalty, merged.latePenalty());
    }

    @Test
    void aChangeOfANewTermIsCarriedIntoALaterVersionThatLeftItAsItWas() {
        TermsFixture before = new TermsFixture();
        TermsFixture changed = new TermsFixture();
        changed.agreementVolume = 120;
        TermsFixture later = new TermsFixture();
        later.plannedDevelopmentHours = n("40");
        AgreementTerms carried = changed.build().carriedOnto(later.build(), before.build());
        assertEquals(120, carried.agreementVolume());
        assertEquals(n("40"), carried.plannedDevelopmentHours());
        TermsFixture otherLater = new TermsFixture();
        otherLater.agreementVolume = 90;
        AgreementTerms.OverriddenChangeException e = assertThrows(AgreementTerms.OverriddenChangeException.class,
                () -> changed.build().carriedOnto(otherLater.build(), before.build()));
        assertEquals(List.of("terms.agreementVolume"), e.parts());
    }

    @Test
    void theTermsForOneServiceAndWithOtherServicesKeepTheNewTerms() {
        TermsFixture f = new TermsFixture();
        f.agreementVolume = 100;
        f.plannedDevelopmentHours = n("40");
        f.latePenalty = late(null, new LatePenaltyRate(1, n("200"), null));
        f.serviceTargets.add(new ServiceTarget("WS", 1, null, Duration.ofHours(1)));
        AgreementTerms terms = f.build();
        for (AgreementTerms derived : List.of(terms.forService("WS"), terms.withServices(terms.services()))) {
            assertEquals(100, derived.agreementVolume());
            assertEquals(n("40"), derived.plannedDevelopmentHours());
            assertEquals(terms.latePenalty(), derived.latePenalty());
        }
    }
}
