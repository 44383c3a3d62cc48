package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.customer.Organisation;

/** Versions are never lost, reviews keep their cycle, and agreements below others stay within them. */
class AgreementVersionsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-03-02, 10:00 in Berlin. */
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);

    private static Agreement.Header header(Organisation customer, Agreement parent, LocalDate from, LocalDate to) {
        return new Agreement.Header("Workplace support", customer, null, null, parent, "Europe/Berlin", from, to,
                LocalDate.of(2026, 3, 1), "max");
    }

    private static Agreement active(String number, Organisation customer, Agreement parent, LocalDate to,
                                    AgreementTerms terms) {
        Agreement a = new Agreement(number, AgreementType.SLA, header(customer, parent, LocalDate.of(2026, 1, 1), to),
                terms, NOW, "max");
        a.activate(NOW);
        return a;
    }

    private static AgreementTerms fee(AgreementTerms base, String fee) {
        return new AgreementTerms(base.currency(), new BigDecimal(fee), base.coordinator(), base.services(),
                base.priorities(), base.defaultPriority(), base.statusLimits(), base.pauseStatuses(),
                base.lineExtensions(), base.metrics(), base.availabilityTargets(), base.penaltyBands(),
                base.graceMonths(), base.penaltyCapPercent(), base.extraPrices(), base.underpins());
    }

    private static AgreementTerms resolution(AgreementTerms base, int priority, String target) {
        List<PriorityTerms> priorities = base.priorities().stream().map(p -> p.number() != priority ? p
                : new PriorityTerms(p.number(), p.name(), p.response().orElse(null), Duration.parse(target),
                p.maxOverduePercent().orElse(null), p.byAgreement(), p.requestKinds())).toList();
        return new AgreementTerms(base.currency(), base.monthlyFee(), base.coordinator(), base.services(), priorities,
                base.defaultPriority(), base.statusLimits(), base.pauseStatuses(), base.lineExtensions(), base.metrics(),
                base.availabilityTargets(), base.penaltyBands(), base.graceMonths(), base.penaltyCapPercent(),
                base.extraPrices(), base.underpins());
    }

    @Test
    void completingAReviewWithoutADateSchedulesTheNextOneAYearOn() {
        Agreement a = active("SLA-R", ACME, null, LocalDate.of(2028, 12, 31), new TermsFixture().build());
        a.startReview();
        assertEquals(LocalDate.of(2027, 3, 1), a.completeReview(null, NOW), "a year after the review held on 1 March");
        assertEquals(LocalDate.of(2027, 3, 1), a.reviewDate().orElseThrow());
    }

    @Test
    void aChangeDatedBeforeAPlannedVersionIsCarriedIntoIt() {
        AgreementTerms start = new TermsFixture().build();
        Agreement a = active("SLA-C", ACME, null, LocalDate.of(2028, 12, 31), start);
        TermsFixture.agreed(a, fee(start, "15000.00"), LocalDate.of(2026, 6, 1), NOW, "max", "new fee from June");
        TermsFixture.agreed(a, resolution(start, 1, "PT3H"), LocalDate.of(2026, 4, 1), NOW, "max", "priority 1 in 3 h from April");

        AgreementTerms june = a.versionOn(LocalDate.of(2026, 6, 1)).orElseThrow().terms();
        assertEquals(Duration.ofHours(3), june.priority(1).orElseThrow().resolution().orElseThrow(),
                "the April change holds in June too");
        assertEquals(new BigDecimal("15000.00"), june.monthlyFee(), "June keeps its own change");
        assertTrue(a.versionOn(LocalDate.of(2026, 6, 1)).orElseThrow().changeNote().contains("2026-04-01"));
    }

    @Test
    void aChangeThatALaterVersionSetsDifferentlyIsRefusedNamingThatVersion() {
        AgreementTerms start = new TermsFixture().build();
        Agreement a = active("SLA-D", ACME, null, LocalDate.of(2028, 12, 31), start);
        TermsFixture.agreed(a, fee(start, "15000.00"), LocalDate.of(2026, 6, 1), NOW, "max", "new fee from June");
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> TermsFixture.agreed(a, fee(start, "13000.00"), LocalDate.of(2026, 4, 1), NOW, "max", null));
        assertEquals("effectiveFrom", e.field());
        assertTrue(e.getMessage().contains("Version 2") && e.getMessage().contains("terms.monthlyFee"), e.getMessage());
        assertEquals(2, a.versions().size(), "nothing changed");
    }

    @Test
    void theEndOfValidityCannotCutAPlannedVersionWhichCanBeWithdrawn() {
        AgreementTerms start = new TermsFixture().build();
        Agreement a = active("SLA-E", ACME, null, LocalDate.of(2027, 12, 31), start);
        TermsFixture.agreed(a, fee(start, "15000.00"), LocalDate.of(2027, 6, 1), NOW, "max", "new fee");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.changeHeader(
                header(ACME, null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31)), NOW));
        assertEquals("validTo", e.errors().get(0).field());
        assertTrue(e.errors().get(0).getMessage().contains("Version 2"), e.errors().get(0).getMessage());

        assertEquals(2, a.withdrawVersion(2, NOW).number());
        a.changeHeader(header(ACME, null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31)), NOW);
        assertEquals(LocalDate.of(2027, 3, 31), a.validTo().orElseThrow());
        assertThrows(ConflictException.class, () -> a.withdrawVersion(1, NOW), "the first version stays");
    }

    @Test
    void aFrameworkAgreementAndItsChildrenAndGrandchildrenAreActivated() {
        Agreement framework = active("SLA-FRAME", null, null, LocalDate.of(2028, 12, 31), new TermsFixture().build());
        TermsFixture nothingOwn = new TermsFixture();
        nothingOwn.services.clear();
        nothingOwn.priorities.clear();
        nothingOwn.metrics.clear();
        nothingOwn.bands.clear();
        Agreement child = active("SLA-ACME", ACME, framework, LocalDate.of(2028, 12, 31), nothingOwn.build());
        Agreement grandchild = active("SLA-ACME-WS", ACME, child, LocalDate.of(2028, 12, 31), nothingOwn.build());
        assertEquals(AgreementStatus.ACTIVE, grandchild.status());
        assertEquals(List.of("WS"), grandchild.effectiveTermsOn(LocalDate.of(2026, 3, 2)).orElseThrow().services()
                .stream().map(ServiceTerms::code).toList(), "services inherited over two levels");
    }

    @Test
    void aChildsOwnTermsMayNameWhatItInheritsAndOnlyThat() {
        Agreement framework = active("SLA-FRAME", null, null, LocalDate.of(2028, 12, 31), new TermsFixture().build());
        TermsFixture own = new TermsFixture();
        own.services.clear();
        own.currency = null; // the fee is in the framework's currency
        own.monthlyFee = new BigDecimal("9000.50");
        own.priorities.clear();
        own.priorities.add(TermsFixture.priority(3, null, "PT8H", 10)); // stricter; 1 and 2 inherited
        own.defaultPriority = 2;
        own.metrics.clear();
        own.metrics.add(QualityMetric.resolutionTime(2, new BigDecimal("0.6")));
        own.metrics.add(QualityMetric.overdueShare(3, new BigDecimal("0.4")));
        own.statusLimits.add(new StatusLimit(1, "NEW", Duration.ofMinutes(10)));
        Agreement child = active("SLA-ACME", ACME, framework, LocalDate.of(2028, 12, 31), own.build());
        AgreementTerms effective = child.effectiveTermsOn(LocalDate.of(2026, 3, 2)).orElseThrow();
        assertEquals(List.of(1, 2, 3), effective.priorities().stream().map(PriorityTerms::number).toList());
        assertEquals(Integer.valueOf(2), effective.metrics().get(0).priority());

        own.metrics.set(0, QualityMetric.resolutionTime(4, new BigDecimal("0.6")));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> new Agreement("SLA-ACME-2",
                AgreementType.SLA, header(ACME, framework, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                own.build(), NOW, "max"));
        assertEquals(List.of("terms.metrics[0].priority"), unknown.errors().stream().map(InvalidFieldException::field)
                .toList(), "a priority neither defined nor inherited");

        own.metrics.set(0, QualityMetric.resolutionTime(2, new BigDecimal("0.6")));
        child.revise(own.build(), LocalDate.of(2026, 4, 1), NOW, "max", "own table kept");
        InvalidInputException alone = assertThrows(InvalidInputException.class, () -> new Agreement("SLA-ALONE",
                AgreementType.SLA, header(ACME, null, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                own.build(), NOW, "max"));
        assertTrue(alone.errors().stream().map(InvalidFieldException::field).toList().containsAll(List.of("terms.currency",
                "terms.priorities", "terms.defaultPriority", "terms.metrics[0].priority")), alone.errors().toString());
    }

    @Test
    void aParentsAmendmentThatTakesAwayWhatAChildNamesIsFoundOnItsDay() {
        Agreement framework = active("SLA-FRAME", null, null, LocalDate.of(2028, 12, 31), new TermsFixture().build());
        TermsFixture own = new TermsFixture();
        own.services.clear();
        own.currency = null;
        own.monthlyFee = new BigDecimal("9000.50");
        own.priorities.clear();
        own.metrics.clear();
        own.metrics.add(QualityMetric.resolutionTime(3, new BigDecimal("0.5")));
        own.metrics.add(QualityMetric.overdueShare(3, new BigDecimal("0.5")));
        Agreement child = active("SLA-ACME", ACME, framework, LocalDate.of(2028, 12, 31), own.build());
        assertEquals(java.util.Optional.empty(), child.inheritanceProblem());

        TermsFixture two = new TermsFixture();
        two.priorities.remove(2); // priority 3 goes from June
        two.metrics.clear();
        two.metrics.add(QualityMetric.resolutionTime(1, BigDecimal.ONE));
        TermsFixture.agreed(framework, two.build(), LocalDate.of(2026, 6, 1), NOW, "max", "two priorities");
        String problem = child.inheritanceProblem().orElseThrow();
        assertTrue(problem.startsWith("Version 1 of agreement SLA-ACME would name what it neither defines nor inherits"
                + " on 2026-06-01") && problem.contains("terms.metrics[0].priority"), problem);

        TermsFixture yen = new TermsFixture();
        yen.currency = "JPY";
        yen.monthlyFee = new BigDecimal("1000000");
        Agreement yenFramework = active("SLA-YEN", null, null, LocalDate.of(2028, 12, 31), yen.build());
        TermsFixture threeOwn = new TermsFixture();
        threeOwn.services.clear();
        threeOwn.currency = null;
        threeOwn.monthlyFee = new BigDecimal("9000.50");
        Agreement draft = new Agreement("SLA-ACME-2", AgreementType.SLA, header(ACME, framework,
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)), threeOwn.build(), NOW, "max");
        draft.changeHeader(header(ACME, yenFramework, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)), NOW);
        assertEquals(List.of("terms.monthlyFee"), draft.termsProblems(draft.latestVersion().terms(),
                draft.validFrom()).stream().map(InvalidFieldException::field).toList(), "no decimals in yen");
    }

    @Test
    void aTopLevelAgreementGetsTheErrorsItGotBeforeInheritanceWasChecked() {
        TermsFixture t = new TermsFixture();
        t.priorities.add(TermsFixture.priority(10, null, "PT20H", 20));
        t.defaultPriority = 10;
        assertEquals(List.of("terms.priorities[3].number", "terms.defaultPriority"), t.build()
                .problems(AgreementType.SLA).stream().map(InvalidFieldException::field).toList());
    }

    @Test
    void aChildMayKeepItsOwnPenaltyBandsOverTheQualityTableItInherits() {
        Agreement framework = active("SLA-FRAME", null, null, LocalDate.of(2028, 12, 31), new TermsFixture().build());
        TermsFixture own = new TermsFixture();
        own.services.clear();
        own.currency = null;
        own.monthlyFee = null;
        own.priorities.clear();
        own.metrics.clear();
        own.bands.clear();
        own.bands.add(TermsFixture.band("0.5", "1", "0"));
        own.bands.add(TermsFixture.band("0", "0.5", "15"));
        assertEquals(List.of(), own.build().problems(AgreementType.SLA, framework.effectiveTermsOn(
                LocalDate.of(2026, 1, 1)).orElseThrow()));
    }

    @Test
    void anAgreementBelowAnotherStaysWithinItsValidity() {
        Agreement framework = active("SLA-FRAME", null, null, LocalDate.of(2026, 12, 31), new TermsFixture().build());
        InvalidInputException beyond = assertThrows(InvalidInputException.class, () -> new Agreement("SLA-ACME",
                AgreementType.SLA, header(ACME, framework, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30)),
                new TermsFixture().build(), NOW, "max"));
        assertEquals("validTo", beyond.errors().get(0).field());
        InvalidInputException open = assertThrows(InvalidInputException.class, () -> new Agreement("SLA-ACME",
                AgreementType.SLA, header(ACME, framework, LocalDate.of(2026, 1, 1), null),
                new TermsFixture().build(), NOW, "max"));
        assertEquals("validTo", open.errors().get(0).field());
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> new Agreement("SLA-ACME",
                AgreementType.SLA, header(ACME, framework, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 6, 30)),
                new TermsFixture().build(), NOW, "max"));
        assertEquals("validFrom", early.errors().get(0).field());
    }

    @Test
    void aChangeIsCarriedWhateverTheScaleOfItsNumbersOrTheOrderOfItsLists() {
        AgreementTerms start = new TermsFixture().build();
        Agreement a = active("SLA-S", ACME, null, LocalDate.of(2028, 12, 31), start);
        TermsFixture.agreed(a, fee(start, "15000.00"), LocalDate.of(2026, 6, 1), NOW, "max", "new fee from June");
        AgreementTerms sameFeeOtherScale = fee(resolution(start, 1, "PT3H"), "12000");
        List<PriorityTerms> reversed = new java.util.ArrayList<>(sameFeeOtherScale.priorities());
        java.util.Collections.reverse(reversed);
        AgreementTerms reordered = new AgreementTerms(sameFeeOtherScale.currency(), sameFeeOtherScale.monthlyFee(), null,
                sameFeeOtherScale.services(), reversed, null, sameFeeOtherScale.statusLimits(), null,
                sameFeeOtherScale.lineExtensions(), sameFeeOtherScale.metrics(), sameFeeOtherScale.availabilityTargets(),
                sameFeeOtherScale.penaltyBands(), sameFeeOtherScale.graceMonths(), null, sameFeeOtherScale.extraPrices(),
                sameFeeOtherScale.underpins());
        TermsFixture.agreed(a, reordered, LocalDate.of(2026, 4, 1), NOW, "max", "priority 1 in 3 h");
        AgreementTerms june = a.versionOn(LocalDate.of(2026, 6, 1)).orElseThrow().terms();
        assertEquals(0, new BigDecimal("15000").compareTo(june.monthlyFee()), "June keeps its fee: 12000 is 12000.00");
        assertEquals(Duration.ofHours(3), june.priority(1).orElseThrow().resolution().orElseThrow());
    }

    @Test
    void aChangeThatWouldLeaveALaterVersionWrongIsRefused() {
        TermsFixture withDefault = new TermsFixture();
        AgreementTerms start = withDefault.build();
        Agreement a = active("SLA-W", ACME, null, LocalDate.of(2028, 12, 31), start);
        withDefault.defaultPriority = 3;
        TermsFixture.agreed(a, withDefault.build(), LocalDate.of(2026, 6, 1), NOW, "max", "default priority 3 from June");
        TermsFixture twoPriorities = new TermsFixture();
        twoPriorities.priorities.remove(2);
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> TermsFixture.agreed(a, twoPriorities.build(), LocalDate.of(2026, 4, 1), NOW, "max", null));
        assertEquals("effectiveFrom", e.field());
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }

    @Test
    void versionNumbersAreNeverReused() {
        AgreementTerms start = new TermsFixture().build();
        Agreement a = active("SLA-N", ACME, null, LocalDate.of(2028, 12, 31), start);
        TermsFixture.agreed(a, fee(start, "15000.00"), LocalDate.of(2026, 6, 1), NOW, "max", null);
        a.withdrawVersion(2, NOW);
        assertEquals(3, TermsFixture.agreed(a, fee(start, "16000.00"), LocalDate.of(2026, 7, 1), NOW, "max", null).number());
    }

    @Test
    void theHeaderOfAnAgreementPlacedBeforeTheRuleCanStillBeEdited() {
        Agreement framework = active("SLA-FRAME", null, null, LocalDate.of(2028, 12, 31), new TermsFixture().build());
        Agreement child = active("SLA-ACME", ACME, framework, LocalDate.of(2028, 12, 31), new TermsFixture().build());
        framework.changeHeader(header(null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)), NOW);
        child.changeHeader(new Agreement.Header("Renamed", ACME, null, null, framework, "Europe/Berlin",
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2026, 3, 1), "max"), NOW);
        assertEquals("Renamed", child.title(), "only a change of validity or parent is checked against the parent");
    }
}
