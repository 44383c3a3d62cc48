package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

class AgreementTermsTest {

    private static List<String> fields(AgreementTerms terms, AgreementType type) {
        return terms.problems(type).stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void theFixtureIsValidAndDefaultsTheFourWaitingStatuses() {
        AgreementTerms terms = new TermsFixture().build();
        assertEquals(List.of(), terms.problems(AgreementType.SLA));
        assertEquals(AgreementTerms.DEFAULT_PAUSE_STATUSES, terms.pauseStatuses());
        assertTrue(terms.pauses("customer_testing"));
    }

    @Test
    void weightsMustSumToOne() {
        TermsFixture f = new TermsFixture();
        f.metrics.set(1, QualityMetric.overdueShare(1, new BigDecimal("0.4")));
        List<InvalidFieldException> problems = f.build().problems(AgreementType.SLA);
        assertEquals(List.of("terms.metrics"), problems.stream().map(InvalidFieldException::field).toList());
        assertTrue(problems.get(0).getMessage().contains("sum to 0.9"), problems.get(0).getMessage());
    }

    @Test
    void metricsMeasureExistingTargets() {
        TermsFixture f = new TermsFixture();
        f.priorities.set(0, new PriorityTerms(1, "P1", Duration.ofMinutes(15), null, null, false, List.of()));
        f.metrics.add(QualityMetric.survey(" ", new BigDecimal("120"), new BigDecimal("0.1")));
        f.metrics.add(QualityMetric.availability("NET", new BigDecimal("0.1")));
        assertEquals(List.of("terms.metrics[0].priority", "terms.metrics[1].priority", "terms.metrics[2].question",
                        "terms.metrics[2].threshold", "terms.metrics[3].service", "terms.metrics"),
                fields(f.build(), AgreementType.SLA));
    }

    @Test
    void penaltyBandsAreContiguousAndCoverZeroToOne() {
        TermsFixture gap = new TermsFixture();
        gap.bands.set(1, TermsFixture.band("0.65", "0.8", "5"));
        List<InvalidFieldException> gapProblems = gap.build().problems(AgreementType.SLA);
        assertEquals("terms.penaltyBands[1].from", gapProblems.get(0).field());
        assertTrue(gapProblems.get(0).getMessage().contains("0.6 to 0.65 fall into no band"), gapProblems.get(0).getMessage());

        TermsFixture overlap = new TermsFixture();
        overlap.bands.set(2, TermsFixture.band("0.4", "0.65", "10"));
        assertEquals(List.of("terms.penaltyBands[1].from"), fields(overlap.build(), AgreementType.SLA));

        TermsFixture short_ = new TermsFixture();
        short_.bands.set(0, TermsFixture.band("0.8", "0.99", "0"));
        assertEquals(List.of("terms.penaltyBands"), fields(short_.build(), AgreementType.SLA));

        TermsFixture inverted = new TermsFixture();
        inverted.bands.set(3, TermsFixture.band("0", "0.4", "3"));
        assertEquals(List.of("terms.penaltyBands[2].penaltyPercent"), fields(inverted.build(), AgreementType.SLA));
    }

    @Test
    void theBandOfAScoreHasAnInclusiveLowerBoundAndTheCapLimitsIt() {
        TermsFixture f = new TermsFixture();
        AgreementTerms terms = f.build();
        assertEquals(0, terms.penaltyPercentFor(new BigDecimal("0.8")).orElseThrow().intValue());
        assertEquals(5, terms.penaltyPercentFor(new BigDecimal("0.7999")).orElseThrow().intValue());
        assertEquals(0, terms.penaltyPercentFor(BigDecimal.ONE).orElseThrow().intValue());
        assertEquals(20, terms.penaltyPercentFor(BigDecimal.ZERO).orElseThrow().intValue());
        f.cap = new BigDecimal("10");
        assertEquals(10, f.build().penaltyPercentFor(new BigDecimal("0.1")).orElseThrow().intValue());
    }

    @Test
    void prioritiesAreNumberedWithoutGapsAndHaveSensibleTargets() {
        TermsFixture f = new TermsFixture();
        f.priorities.set(2, TermsFixture.priority(4, "PT5H", "PT4H", 20));
        f.priorities.add(new PriorityTerms(5, "By agreement", null, Duration.ofHours(1), null, true, List.of()));
        f.priorities.add(new PriorityTerms(6, " ", null, null, null, false, List.of()));
        f.defaultPriority = 7;
        assertEquals(List.of("terms.priorities[2].response", "terms.priorities[3].byAgreement",
                        "terms.priorities[4].name", "terms.priorities[4].resolution", "terms.priorities",
                        "terms.defaultPriority"),
                fields(f.build(), AgreementType.SLA));
    }

    @Test
    void aRequestKindFallsUnderOnePriorityAndPicksIt() {
        TermsFixture f = new TermsFixture();
        f.priorities.set(0, new PriorityTerms(1, "P1", null, Duration.ofHours(2), BigDecimal.TEN, false,
                List.of("Outage")));
        f.priorities.set(1, new PriorityTerms(2, "P2", null, Duration.ofHours(4), BigDecimal.TEN, false,
                List.of("outage", "degradation")));
        assertEquals(List.of("terms.priorities[1].requestKinds"), fields(f.build(), AgreementType.SLA));

        f.priorities.set(1, new PriorityTerms(2, "P2", null, Duration.ofHours(4), BigDecimal.TEN, false,
                List.of("degradation")));
        AgreementTerms terms = f.build();
        assertEquals(1, terms.priorityForRequestKind("OUTAGE").orElseThrow().number());
        assertEquals(2, terms.priorityForRequestKind("degradation").orElseThrow().number());
        assertEquals(3, terms.priorityForRequestKind("question").orElseThrow().number(), "least urgent by default");
        f.defaultPriority = 2;
        assertEquals(2, f.build().priorityForRequestKind("question").orElseThrow().number());
    }

    @Test
    void servicesHaveUniqueCodesAndCompleteVolumes() {
        TermsFixture f = new TermsFixture();
        f.services.add(TermsFixture.service("WS", 1L));
        f.services.add(new ServiceTerms("DEV", "Development", null, 1L, new BigDecimal("40"), VolumeUnit.HOURS, null,
                List.of("")));
        f.services.add(new ServiceTerms("bad code", "", null, 1L, null, null, null, List.of()));
        assertEquals(List.of("terms.services[1].code", "terms.services[2].volume.period",
                        "terms.services[2].exclusions[0]", "terms.services[3].code", "terms.services[3].name"),
                fields(f.build(), AgreementType.SLA));
    }

    @Test
    void extensionsApplyFromTheHighestLineReached() {
        TermsFixture f = new TermsFixture();
        f.lineExtensions.add(new LineExtension(2, Duration.ofHours(4)));
        f.lineExtensions.add(new LineExtension(3, Duration.ofHours(9)));
        AgreementTerms terms = f.build();
        assertEquals(Duration.ZERO, terms.extensionFor(1));
        assertEquals(Duration.ofHours(4), terms.extensionFor(2));
        assertEquals(Duration.ofHours(9), terms.extensionFor(4));
        f.lineExtensions.add(new LineExtension(1, Duration.ofHours(1)));
        assertEquals(List.of("terms.lineExtensions[2].lineLevel"), fields(f.build(), AgreementType.SLA));
    }

    @Test
    void onlyUnderpinningAgreementsLinkToAnSlaAndPathsNumberTheirSteps() {
        TermsFixture f = new TermsFixture().withoutPenalties();
        f.underpins.add(TermsFixture.link("SLA-1", "WS", 1, TargetKind.RESOLUTION, "WS", 1));
        assertEquals(List.of("terms.underpins"), fields(f.build(), AgreementType.SLA));
        assertEquals(List.of(), fields(f.build(), AgreementType.OLA));

        f.underpins.add(TermsFixture.step("SLA-1", "WS", 2, TargetKind.RESOLUTION, "WS", 2, TargetKind.RESPONSE,
                "on site", 1, "engineer responds"));
        f.underpins.add(TermsFixture.step("SLA-1", "WS", 2, TargetKind.RESOLUTION, "WS", 3, TargetKind.RESPONSE,
                "on site", 1, "engineer arrives"));
        f.underpins.add(TermsFixture.link("SLA-1", "WS", 1, TargetKind.RESOLUTION, "NET", 9));
        assertEquals(List.of("terms.underpins[2].ownTarget", "terms.underpins[2].step", "terms.underpins[3].service",
                "terms.underpins[3].priority"), fields(f.build(), AgreementType.UC));
    }

    @Test
    void aChildInheritsWhatItLeavesOutAndOverridesPrioritiesByNumber() {
        AgreementTerms parent = new TermsFixture().build();
        TermsFixture child = new TermsFixture().withoutPenalties();
        child.services.clear();
        child.priorities.clear();
        child.priorities.add(TermsFixture.priority(2, "PT15M", "PT3H", 10));
        child.currency = null;
        child.monthlyFee = null;
        AgreementTerms merged = child.build().inheritingFrom(parent);
        assertEquals(parent.services(), merged.services());
        assertEquals(List.of(1, 2, 3), merged.priorities().stream().map(PriorityTerms::number).toList());
        assertEquals(Duration.ofHours(3), merged.priority(2).orElseThrow().resolution().orElseThrow());
        assertEquals(parent.penaltyBands(), merged.penaltyBands());
        assertEquals("EUR", merged.currency());
    }

    @Test
    void moneyNeedsACurrencyAndAtMostTwoDecimals() {
        TermsFixture f = new TermsFixture();
        f.currency = null;
        f.monthlyFee = new BigDecimal("10.005");
        f.prices.add(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, new BigDecimal("45")));
        f.prices.add(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, new BigDecimal("-1")));
        assertEquals(List.of("terms.currency", "terms.monthlyFee", "terms.extraPrices[1].kind",
                "terms.extraPrices[1].price"), fields(f.build(), AgreementType.SLA));
        f.currency = "XYZ";
        assertTrue(fields(f.build(), AgreementType.SLA).contains("terms.currency"));
    }

    @Test
    void aChangedKindInsideAPartIsAChange() {
        TermsFixture before = new TermsFixture();
        before.prices.add(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, new BigDecimal("45")));
        TermsFixture after = new TermsFixture();
        after.prices.add(new ExtraServicePrice(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, new BigDecimal("45")));
        assertFalse(AgreementTerms.same(before.build(), after.build()));
        assertEquals(List.of(new TermsDiff.Change("extraPrices[1].kind", "TICKET_OVER_VOLUME",
                "WEEKEND_HOLIDAY_SUPPORT_DAY")), TermsDiff.between(before.build(), after.build()));
    }
}
