package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.model.customer.Organisation;

class AmendmentTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-03-02, 10:00 in Berlin. */
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private static Agreement sla(AmendmentApproval approval, Organisation customer) {
        Agreement a = new Agreement("SLA-ACME-2026", AgreementType.SLA, new Agreement.Header("Workplace support",
                customer, null, null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null,
                "max", approval), new TermsFixture().build(), NOW, "max");
        a.activate(NOW);
        return a;
    }

    private static AgreementTerms p2In(String resolution) {
        TermsFixture f = new TermsFixture();
        f.priorities.set(1, TermsFixture.priority(2, null, resolution, 20));
        return f.build();
    }

    private static Duration p2On(Agreement a, LocalDate day) {
        return a.versionOn(day).orElseThrow().terms().priority(2).orElseThrow().resolution().orElseThrow();
    }

    @Test
    void aChangeOfAnAgreementInForceIsADraftThatGovernsNothingUntilAnotherManagerApprovesIt() {
        Agreement a = sla(null, ACME);
        AgreementVersion amendment = a.revise(p2In("PT3H"), APRIL, NOW, "max", "faster P2");
        assertEquals(AmendmentStatus.DRAFT, amendment.amendmentStatus());
        assertEquals(2, amendment.number());
        assertEquals("max", amendment.createdBy());
        assertEquals(Duration.ofHours(4), p2On(a, APRIL), "a draft governs nothing");

        NotPermittedException own = assertThrows(NotPermittedException.class,
                () -> a.approveAmendment(2, "MAX", false, false, NOW));
        assertTrue(own.getMessage().contains("a manager other than its author"), own.getMessage());

        assertTrue(a.approveAmendment(2, "erik", false, false, NOW));
        assertEquals(AmendmentStatus.APPROVED, amendment.amendmentStatus());
        assertEquals("erik", amendment.approvedBy().orElseThrow());
        assertEquals(Duration.ofHours(3), p2On(a, APRIL));
        assertEquals(Duration.ofHours(4), p2On(a, APRIL.minusDays(1)));
        assertThrows(ConflictException.class, () -> a.approveAmendment(2, "erik", false, false, NOW),
                "approved already");
    }

    @Test
    void theSystemApprovesItsOwnSetUp() {
        Agreement a = sla(null, ACME);
        a.revise(p2In("PT3H"), APRIL, NOW, "system", null);
        assertTrue(a.approveAmendment(2, "system", false, true, NOW));
    }

    @Test
    void whereBothPartiesApproveTheCustomersApprovalCompletesTheProvidersAndTheOrderDoesNotMatter() {
        Agreement a = sla(AmendmentApproval.BOTH_PARTIES, ACME);
        a.revise(p2In("PT3H"), APRIL, NOW, "max", null);
        assertFalse(a.approveAmendment(2, "erik", false, false, NOW));
        assertEquals(Duration.ofHours(4), p2On(a, APRIL), "the customer has not approved yet");
        assertTrue(a.approveAmendment(2, "acme-buyer", true, false, NOW));
        assertEquals(Duration.ofHours(3), p2On(a, APRIL));

        a.revise(p2In("PT2H"), APRIL.plusMonths(1), NOW, "max", null);
        assertFalse(a.approveAmendment(3, "acme-buyer", true, false, NOW));
        assertTrue(a.approveAmendment(3, "erik", false, false, NOW));
        assertEquals("acme-buyer", a.versionNumbered(3).orElseThrow().customerApprovedBy().orElseThrow());
    }

    @Test
    void aCustomersApprovalIsNotAskedWhereTheProviderApprovesAloneNorPossibleWithoutACustomer() {
        Agreement a = sla(null, ACME);
        a.revise(p2In("PT3H"), APRIL, NOW, "max", null);
        assertThrows(ConflictException.class, () -> a.approveAmendment(2, "acme-buyer", true, false, NOW));
        InvalidInputException framework = assertThrows(InvalidInputException.class,
                () -> sla(AmendmentApproval.BOTH_PARTIES, null));
        assertEquals("amendmentApproval", framework.errors().get(0).field());
    }

    @Test
    void anAmendmentWhoseDayHasComeIsNoLongerApprovedButCanBeWithdrawn() {
        Agreement a = sla(null, ACME);
        a.revise(p2In("PT3H"), LocalDate.of(2026, 3, 3), NOW, "max", null);
        Instant dayAfter = NOW.plus(Duration.ofDays(1));
        ConflictException late = assertThrows(ConflictException.class,
                () -> a.approveAmendment(2, "erik", false, false, dayAfter));
        assertTrue(late.getMessage().contains("withdraw it and propose it again from 2026-03-04"), late.getMessage());
        a.withdrawVersion(2, dayAfter);
        assertEquals(List.of(1), a.versions().stream().map(AgreementVersion::number).toList());
    }

    @Test
    void aSecondProposalOfTheSameDayReplacesTheDraftAndMustBeApprovedAgain() {
        Agreement a = sla(AmendmentApproval.BOTH_PARTIES, ACME);
        a.revise(p2In("PT3H"), APRIL, NOW, "max", null);
        a.approveAmendment(2, "acme-buyer", true, false, NOW);
        AgreementVersion again = a.revise(p2In("PT2H"), APRIL, NOW, "anna", "two hours after all");
        assertEquals(2, again.number());
        assertEquals("anna", again.createdBy());
        assertTrue(again.customerApprovedBy().isEmpty(), "changed terms are approved again");
        assertFalse(a.approveAmendment(2, "max", false, false, NOW));
        assertTrue(a.approveAmendment(2, "acme-buyer", true, false, NOW));
        assertEquals(Duration.ofHours(2), p2On(a, APRIL));
    }

    @Test
    void theDifferenceBetweenTwoVersionsNamesEachChangedValueBeforeAndAfter() {
        TermsFixture later = new TermsFixture();
        later.priorities.set(1, TermsFixture.priority(2, "PT30M", "PT3H", 20));
        later.monthlyFee = new BigDecimal("15000");
        later.bands.set(3, TermsFixture.band("0", "0.4", "25"));
        List<TermsDiff.Change> changes = TermsDiff.between(new TermsFixture().build(), later.build());

        assertTrue(changes.contains(new TermsDiff.Change("monthlyFee", "12000", "15000")), changes.toString());
        assertTrue(changes.contains(new TermsDiff.Change("priorities[2].resolution", "PT4H", "PT3H")), changes.toString());
        assertTrue(changes.contains(new TermsDiff.Change("penaltyBands[4].penaltyPercent", "20", "25")),
                changes.toString());
        assertEquals(3, changes.size(), changes.toString());
        assertEquals(List.of(), TermsDiff.between(later.build(), later.build()));
    }

    @Test
    void whoApprovesAmendmentsDoesNotChangeOnceInForce() {
        Agreement a = sla(AmendmentApproval.BOTH_PARTIES, ACME);
        InvalidInputException changed = assertThrows(InvalidInputException.class, () -> a.changeHeader(
                new Agreement.Header("Workplace support", ACME, null, null, null, "Europe/Berlin",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, "max", AmendmentApproval.PROVIDER),
                NOW));
        assertEquals("amendmentApproval", changed.errors().get(0).field());
        assertEquals(AmendmentApproval.BOTH_PARTIES, a.amendmentApproval());
    }

    @Test
    void aLaterDraftWhoseTermsAnApprovalChangesIsApprovedAgain() {
        Agreement a = sla(AmendmentApproval.BOTH_PARTIES, ACME);
        a.revise(p2In("PT3H"), APRIL, NOW, "max", null);
        TermsFixture fee = new TermsFixture();
        fee.monthlyFee = new BigDecimal("15000");
        a.revise(fee.build(), APRIL.plusMonths(2), NOW, "max", null);
        a.approveAmendment(3, "acme-buyer", true, false, NOW);
        a.approveAmendment(2, "erik", false, false, NOW);
        assertTrue(a.approveAmendment(2, "acme-buyer", true, false, NOW));

        AgreementVersion june = a.versionNumbered(3).orElseThrow();
        assertEquals(Duration.ofHours(3), june.terms().priority(2).orElseThrow().resolution().orElseThrow(),
                "the April change is carried into the June draft");
        assertTrue(june.customerApprovedBy().isEmpty(), "the customer approved other terms; it approves again");
    }
}
