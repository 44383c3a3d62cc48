package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.agreement.AgreementContractScenariosTest.ACME;
import static org.servicelevel.domain.model.agreement.AgreementContractScenariosTest.NOW;
import static org.servicelevel.domain.model.agreement.AgreementContractScenariosTest.fields;
import static org.servicelevel.domain.model.agreement.AgreementContractScenariosTest.sla;

import jakarta.persistence.Column;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

/**
 * Worked contract scenarios at the edges that the code first answered otherwise than the hand computation
 * from docs/agreements.md: terminations outside the validity, a band's upper bound named, the order of
 * request kinds, and numbers with more decimals than the records keep (refused, not rounded). Each comment
 * keeps the first verdict.
 */
class AgreementContractEdgesTest {

    private static int scaleOf(Class<?> type, String field) throws NoSuchFieldException {
        return type.getDeclaredField(field).getAnnotation(Column.class).scale();
    }

    private static Agreement.Header header(LocalDate from, LocalDate to) {
        return new Agreement.Header("Workplace support", ACME, null, null, null, "Europe/Berlin", from, to, null,
                "max");
    }

    /**
     * Verdict: code bug. An agreement activated ahead of its start (1 June 2026) is terminated on 2 March
     * with last day 30 April, before it ever starts. Hand: refused, 400 on lastDay (the brief: "terminate
     * before start" must be refused; an import of the same state is refused: "Give the last day of the
     * terminated agreement, from 2026-06-01"). Code: accepted, lastDay() is 30 April, before validFrom,
     * and the agreement's own export no longer imports (terminatedOn).
     */
    @Test
    void aTerminationBeforeTheStartIsRefusedNamingLastDay() {
        Agreement a = sla("SLA-ACME-2026", "Europe/Berlin", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 12, 31),
                new TermsFixture().build(), NOW);
        a.activate(NOW);
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> a.terminate(LocalDate.of(2026, 4, 30), "cancelled before the start", NOW));
        assertEquals("lastDay", e.field());
    }

    /**
     * Verdict: code bug. An agreement valid until 28 February 2026 (there is no EXPIRED status: it stays
     * ACTIVE) is terminated on 2 March 2026 to close it; "today or later" allows today, so terminatedOn is
     * 2 March, after validTo. Hand (agreements.md, import: "exported, imported under another number and
     * exported again, the two documents differ only in number"; "a terminated one keeps its last day"):
     * the export imports again, last day 28 February. Code: the import refuses terminatedOn ("from
     * 2025-01-01 to 2026-02-28"), so the agreement cannot move to another installation.
     */
    @Test
    void anExpiredAgreementTerminatedTodayImportsAgain() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 2, 28);
        Agreement a = new Agreement("SLA-ACME-2025", AgreementType.SLA, header(from, to), new TermsFixture().build(),
                Instant.parse("2024-12-01T09:00:00Z"), "max");
        a.activate(Instant.parse("2024-12-01T09:00:00Z"));
        a.terminate(null, "expired; closed", NOW);
        AgreementVersion v1 = a.versions().get(0);
        Agreement.History history = new Agreement.History(List.of(new Agreement.PastVersion(v1.number(),
                v1.effectiveFrom(), v1.terms(), v1.changeNote(), v1.createdAt(), v1.createdBy())),
                a.lastVersionNumber(), a.status(), a.terminatedOn().orElseThrow(), a.terminationReason().orElseThrow());
        Agreement copy = assertDoesNotThrow(() -> Agreement.imported("SLA-ACME-2025-COPY", AgreementType.SLA,
                header(from, to), history, NOW, "importer"));
        assertEquals(a.lastDay(), copy.lastDay());
    }

    /**
     * Verdict: code bug (minor: the editor shows the refusal next to the wrong input). Bands [0, 0.8) 5 %
     * and [0.8, 1.2) 0 %: the upper bound 1.2 is beyond 1. Hand (agreements.md table:
     * "terms.penaltyBands[i].from, .to"): 400 on terms.penaltyBands[1].to. Code: names .from for any bound.
     */
    @Test
    void anUpperBoundBeyondOneNamesTo() {
        TermsFixture f = new TermsFixture();
        f.bands.clear();
        f.bands.add(TermsFixture.band("0", "0.8", "5"));
        f.bands.add(TermsFixture.band("0.8", "1.2", "0"));
        assertEquals(List.of("terms.penaltyBands[1].to"), fields(f.build(), AgreementType.SLA));
    }

    /** Each bound outside 0 to 1 is named by its own field: a "to" below 0 too, and both bounds beyond 1. */
    @Test
    void everyBoundOutsideTheScoresNamesItsOwnField() {
        TermsFixture below = new TermsFixture();
        below.bands.clear();
        below.bands.add(TermsFixture.band("0", "-0.5", "5"));
        assertEquals(List.of("terms.penaltyBands[0].to"), fields(below.build(), AgreementType.SLA));
        TermsFixture beyond = new TermsFixture();
        beyond.bands.clear();
        beyond.bands.add(TermsFixture.band("0", "0.8", "5"));
        beyond.bands.add(TermsFixture.band("1.1", "1.2", "0"));
        assertEquals(List.of("terms.penaltyBands[1].from", "terms.penaltyBands[1].to"),
                fields(beyond.build(), AgreementType.SLA));
    }

    /**
     * Verdict: code bug. Priority 1 lists request kinds ["outage", "down"] in version 1; a June version
     * (approved, a fee change) lists them ["down", "outage"]. Hand (agreements.md: "Parts are compared by
     * what they say ... and the order of a list does not count"; TermsDiff: an item in both lists "in any
     * place has not changed"): no diff in priorities, and a May amendment of priority 1's resolution is
     * carried into June, which left the priorities as they were. Code: request kinds are compared as one
     * newline-joined text, so the diff shows priorities[1].requestKinds as changed and the May proposal is
     * refused (400 effectiveFrom, "Version 2 ... sets terms.priorities itself"); with the same order it is
     * carried.
     */
    @Test
    void theOrderOfRequestKindsIsNoChange() {
        AgreementTerms first = kinds("PT2H", "12000", "outage", "down");
        AgreementTerms june = kinds("PT2H", "13000", "down", "outage");
        assertEquals(List.of("monthlyFee"), TermsDiff.between(first, june).stream().map(TermsDiff.Change::path)
                .toList());

        Agreement a = sla("SLA-ACME-2026", "Europe/Berlin", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                first, NOW);
        a.activate(NOW);
        TermsFixture.agreed(a, june, LocalDate.of(2026, 6, 1), NOW, "max", "fee");
        AgreementVersion may = a.revise(kinds("PT1H", "12000", "outage", "down"), LocalDate.of(2026, 5, 1), NOW,
                "max", "faster P1");
        assertTrue(a.approveAmendment(may.number(), "anna", false, false, NOW));
        assertEquals(Duration.ofHours(1), a.versionOn(LocalDate.of(2026, 6, 15)).orElseThrow().terms().priority(1)
                .orElseThrow().resolution().orElseThrow());
    }

    private static AgreementTerms kinds(String p1Resolution, String fee, String... kinds) {
        TermsFixture f = new TermsFixture();
        f.monthlyFee = new BigDecimal(fee);
        f.priorities.set(0, new PriorityTerms(1, "P1", Duration.ofMinutes(15), Duration.parse(p1Resolution),
                BigDecimal.valueOf(20), false, List.of(kinds)));
        return f.build();
    }

    /**
     * Verdict: gap in the docs. Weights 0.12345 and 0.87655 sum to exactly 1. Hand (agreements.md: "weights
     * that sum to exactly 1"; the field table lists no precision for terms.metrics[i].weight): accepted.
     * Code: refuses both weights ("at most four decimals"), which matches the NUMERIC(6,4) column and the
     * refused-not-rounded rule of the other stored numbers, but the docs never say so.
     */
    @Test
    void weightsWithFiveDecimalsAreRefusedNotRounded() {
        TermsFixture f = new TermsFixture();
        f.metrics.clear();
        f.metrics.add(QualityMetric.resolutionTime(1, new BigDecimal("0.12345")));
        f.metrics.add(QualityMetric.overdueShare(1, new BigDecimal("0.87655")));
        // resolved: the docs now state "at most four decimals, as stored" for a weight; refused, not rounded
        assertEquals(List.of("terms.metrics[0].weight", "terms.metrics[1].weight"), fields(f.build(),
                AgreementType.SLA));
    }

    /**
     * Verdict: code bug (minor; the docs give no precision for it). An availability target of 99.99995 %
     * passes the check and goes into NUMERIC(7,4), which keeps 100.0000: the stored promise is stricter
     * than the one agreed (any outage misses it). Hand (the rule every other stored percentage follows:
     * "a third is refused, not rounded"): refused on terms.availabilityTargets[0].minimumPercent, or kept.
     */
    @Test
    void anAvailabilityTargetWithMoreDecimalsThanStoredIsRefusedNotRounded() throws Exception {
        TermsFixture f = new TermsFixture();
        f.availability.add(new AvailabilityTarget("WS", new BigDecimal("99.99995"), null));
        List<String> fields = fields(f.build(), AgreementType.SLA);
        assertTrue(fields.contains("terms.availabilityTargets[0].minimumPercent")
                || scaleOf(AvailabilityTarget.class, "minimumPercent") >= 5, fields.toString());
    }

    /**
     * Verdict: code bug (minor). CLF (Unidad de Fomento) has four minor-unit digits. Hand (agreements.md:
     * late-penalty amounts "with at most its minor-unit digits"): 1.2345 CLF per late ticket is accepted
     * and kept. Code: accepted, but LatePenaltyRate.amount (and the monthly cap) are NUMERIC(13,3), so the
     * fourth digit is rounded away when stored.
     */
    @Test
    void aLatePenaltyInAFourDigitCurrencyIsRefusedBeyondTheThreeDecimalsKept() throws Exception {
        TermsFixture f = new TermsFixture();
        f.currency = "CLF";
        f.monthlyFee = new BigDecimal("350.25");
        f.latePenalty = new LatePenalty(List.of(new LatePenaltyRate(1, new BigDecimal("1.2345"), null)),
                new BigDecimal("10.0005"));
        // resolved as the fee is: at most the three decimals the records keep; the fourth is refused, not rounded
        assertEquals(List.of("terms.latePenalty.priorities[0].amount", "terms.latePenalty.monthlyCap"),
                fields(f.build(), AgreementType.SLA));
        assertTrue(scaleOf(LatePenaltyRate.class, "amount") >= LatePenaltyRate.STORED_DECIMALS, "amount column");
    }
}
