package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.SampleResults.AGREEMENT;
import static org.servicelevel.domain.model.report.SampleResults.NOVEMBER;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;

/** A month's result: drafts replaced by new runs, approved results never changed, corrections numbered on. */
class MonthResultTest {

    private static final Instant RUN = Instant.parse("2026-12-01T03:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T09:30:00Z");

    private static MonthResult first() {
        MonthResult.Slot slot = MonthResult.slotAfter(null, NOVEMBER, AGREEMENT);
        assertEquals(1, slot.sequence());
        assertNull(slot.draft());
        assertNull(slot.corrects());
        return MonthResult.first(7, 3L, SampleResults.firstResult(), "{\"run\":1}", RUN, "system");
    }

    @Test
    void resultsAreNumberedPerAgreementAndMonth() {
        assertEquals("R-2026-11-SLA-MOSCOW-2026-1", MonthResult.number(NOVEMBER, AGREEMENT, 1));
        assertEquals("R-2027-01-OLA-L2-12", MonthResult.number(YearMonth.of(2027, 1), "OLA-L2", 12));
    }

    @Test
    void theFirstRunIsADraftWithTheKeyFiguresOfItsClose() {
        MonthResult result = first();
        assertEquals("R-2026-11-SLA-MOSCOW-2026-1", result.number());
        assertEquals(ResultState.DRAFT, result.state());
        assertEquals(1, result.revision());
        assertEquals(Optional.of(3L), result.organisationId());
        assertEquals(NOVEMBER, result.month());
        CloseFixture.assertDecimal("0.6", result.score().orElseThrow());
        assertEquals(Optional.of("[0.6, 0.85)"), result.band());
        assertEquals(Optional.of(n("7.5")), result.bandPenaltyPercent());
        assertEquals(n("-12259.26"), result.penalty(), "9,259.26 + 2,000 + 750 + 500 − 250 given back by the cap");
        assertEquals(n("132797.52"), result.total());
        assertEquals("RUB", result.currency());
        assertEquals(List.of(3, 4), result.agreementVersions());
        assertEquals(List.of("Moscow office v2"), result.calendarVersions());
        assertEquals(Optional.empty(), result.totalDifference());
        assertEquals("{\"run\":1}", result.document());
    }

    @Test
    void aNewRunReplacesTheDraftsContentAndCountsTheRevision() {
        MonthResult result = first();
        MonthResult.Slot slot = MonthResult.slotAfter(result, NOVEMBER, AGREEMENT);
        assertSame(result, slot.draft());
        assertEquals(result.number(), slot.number());
        assertNull(slot.corrects());
        result.replace(new ResultDocument(SampleResults.header(1, null), SampleResults.corrected(), null),
                "{\"run\":2}", LATER, "max");
        assertEquals(2, result.revision());
        assertEquals(ResultState.DRAFT, result.state());
        assertEquals(n("134047.52"), result.total());
        assertEquals(LATER, result.computedAt());
        assertEquals("max", result.computedBy());
        assertEquals("{\"run\":2}", result.document());
    }

    @Test
    void anApprovedResultNeverChanges() {
        MonthResult result = first();
        result.approve(LATER, "max");
        assertTrue(result.approved());
        assertEquals(Optional.of("max"), result.approvedBy());
        assertEquals(Optional.of(LATER), result.approvedAt());
        ConflictException replaced = assertThrows(ConflictException.class, () -> result.replace(
                SampleResults.firstResult(), "{}", LATER, "max"));
        assertTrue(replaced.getMessage().contains("creates a correction"), replaced.getMessage());
        assertThrows(ConflictException.class, () -> result.approve(LATER, "alice"));
        assertEquals(1, result.revision());
        assertEquals("{\"run\":1}", result.document());
        assertEquals(n("132797.52"), result.total());
    }

    @Test
    void aRunAfterTheApprovalCreatesACorrectionWithTheDifference() {
        MonthResult approved = first();
        approved.approve(LATER, "max");
        MonthResult.Slot slot = MonthResult.slotAfter(approved, NOVEMBER, AGREEMENT);
        assertEquals(2, slot.sequence());
        assertEquals("R-2026-11-SLA-MOSCOW-2026-2", slot.number());
        assertSame(approved, slot.corrects());
        assertNull(slot.draft());

        MonthResult correction = approved.correctedBy(SampleResults.correction(), "{\"run\":2}", LATER, "system");
        assertEquals("R-2026-11-SLA-MOSCOW-2026-2", correction.number());
        assertEquals(Optional.of(approved), correction.corrects());
        assertTrue(correction.correction());
        assertEquals(ResultState.DRAFT, correction.state());
        assertEquals(1, correction.revision());
        assertEquals(n("134047.52"), correction.total());
        assertEquals(Optional.of(n("1250.00")), correction.totalDifference(), "the correction bills 1,250 more");
        assertEquals(ResultState.APPROVED, approved.state());
        assertEquals(n("132797.52"), approved.total());

        MonthResult.Slot again = MonthResult.slotAfter(correction, NOVEMBER, AGREEMENT);
        assertSame(correction, again.draft(), "a run while the correction is a draft replaces it");
        assertSame(approved, again.corrects(), "and compares with the approved result again");
        correction.approve(LATER, "alice");
        MonthResult.Slot third = MonthResult.slotAfter(correction, NOVEMBER, AGREEMENT);
        assertEquals("R-2026-11-SLA-MOSCOW-2026-3", third.number());
        assertSame(correction, third.corrects(), "a later correction corrects the latest approved result");
    }

    @Test
    void onlyAnApprovedResultIsCorrectedAndOnlyByTheNextNumber() {
        MonthResult draft = first();
        assertThrows(ConflictException.class, () -> draft.correctedBy(SampleResults.correction(), "{}", LATER, "max"));
        draft.approve(LATER, "max");
        ResultDocument wrongNumber = new ResultDocument(SampleResults.header(3, draft.number()),
                SampleResults.corrected(), MonthDifference.between(draft.number(), SampleResults.workedExample(),
                SampleResults.corrected()));
        assertThrows(IllegalArgumentException.class, () -> draft.correctedBy(wrongNumber, "{}", LATER, "max"));
    }

    @Test
    void aDocumentIsACorrectionExactlyWhenItStatesADifferenceAndHoldsItsOwnMonth() {
        assertThrows(IllegalArgumentException.class, () -> new ResultDocument(SampleResults.header(2,
                "R-2026-11-SLA-MOSCOW-2026-1"), SampleResults.corrected(), null));
        assertThrows(IllegalArgumentException.class, () -> new ResultDocument(SampleResults.header(1, null),
                SampleResults.workedExample(), MonthDifference.between("R-1", SampleResults.workedExample(),
                SampleResults.corrected())));
        ResultHeader december = new ResultHeader("R-2026-12-X-1", 1, null, "X", null, null, null,
                YearMonth.of(2026, 12), RUN, null);
        assertThrows(IllegalArgumentException.class, () -> new ResultDocument(december, SampleResults.workedExample(),
                null));
    }
}
