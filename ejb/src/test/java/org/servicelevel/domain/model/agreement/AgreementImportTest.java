package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.customer.Organisation;

/** An agreement imported with its history keeps every version, past ones included, and the rules of one built by edits. */
class AgreementImportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-03-02, 10:00 in Berlin. */
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Instant MADE = Instant.parse("2025-11-20T08:00:00Z");
    private static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static Agreement.Header header(LocalDate to) {
        return new Agreement.Header("Workplace support", ACME, null, null, null, "Europe/Berlin", START, to, null, "max");
    }

    private static Agreement.PastVersion version(int number, LocalDate from, AgreementTerms terms) {
        return new Agreement.PastVersion(number, from, terms, "version " + number, MADE, "anna");
    }

    private static AgreementTerms terms(String p1Resolution) {
        TermsFixture fixture = new TermsFixture();
        fixture.priorities.set(0, TermsFixture.priority(1, "PT15M", p1Resolution, 20));
        return fixture.build();
    }

    private static Agreement imported(List<Agreement.PastVersion> versions, Integer last, AgreementStatus status) {
        return Agreement.imported("SLA-IMP", AgreementType.SLA, header(null),
                new Agreement.History(versions, last, status, null, null), NOW, "importer");
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void everyVersionIsRestoredWithItsNumberDayTermsAndProvenancePastOnesIncluded() {
        Agreement a = imported(List.of(version(1, START, terms("PT2H")), version(3, LocalDate.of(2025, 7, 1),
                terms("PT3H")), version(4, LocalDate.of(2027, 1, 1), terms("PT1H"))), 5, AgreementStatus.ACTIVE);

        assertEquals(AgreementStatus.ACTIVE, a.status());
        assertEquals(List.of(1, 3, 4), a.versions().stream().map(AgreementVersion::number).toList());
        assertEquals(5, a.lastVersionNumber(), "version 2 and 5 were withdrawn where it came from");
        AgreementVersion summer = a.versionOn(LocalDate.of(2025, 8, 1)).orElseThrow();
        assertEquals(3, summer.number());
        assertEquals(Duration.ofHours(3), summer.terms().priority(1).orElseThrow().resolution().orElseThrow());
        assertEquals("anna", summer.createdBy());
        assertEquals(MADE, summer.createdAt());
        assertEquals("version 3", summer.changeNote());
        assertEquals(4, a.versionOn(LocalDate.of(2027, 1, 1)).orElseThrow().number(), "the planned version too");
    }

    @Test
    void numbersAfterAnImportAreNeverThoseOfWithdrawnVersions() {
        Agreement a = imported(List.of(version(1, START, terms("PT2H"))), 7, AgreementStatus.ACTIVE);
        AgreementVersion next = a.revise(terms("PT3H"), LocalDate.of(2026, 6, 1), NOW, "max", "faster");
        assertEquals(8, next.number());
    }

    @Test
    void withoutALastNumberTheHighestVersionIsTheLast() {
        Agreement a = imported(List.of(version(1, START, terms("PT2H")), version(2, LocalDate.of(2025, 6, 1),
                terms("PT3H"))), null, AgreementStatus.UNDER_REVIEW);
        assertEquals(2, a.lastVersionNumber());
        assertEquals(AgreementStatus.UNDER_REVIEW, a.status());
    }

    @Test
    void versionsOutOfOrderOrNotStartingWithTheAgreementAreRefusedNamingThem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> imported(List.of(
                version(1, START.plusDays(1), terms("PT2H")), version(2, LocalDate.of(2025, 6, 1), terms("PT3H")),
                version(2, LocalDate.of(2025, 5, 1), terms("PT3H"))), 1, AgreementStatus.ACTIVE));
        assertEquals(List.of("versions[0].effectiveFrom", "versions[2].number", "versions[2].effectiveFrom",
                "lastVersionNumber"), fields(e));
    }

    @Test
    void eachVersionsTermsAreCheckedAsOnASaveWithTheirPathInTheDocument() {
        TermsFixture broken = new TermsFixture();
        broken.priorities.set(0, TermsFixture.priority(1, "PT4H", "PT2H", 20));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> imported(List.of(
                version(1, START, terms("PT2H")), version(2, LocalDate.of(2025, 6, 1), broken.build())), 2,
                AgreementStatus.ACTIVE));
        assertTrue(fields(e).stream().allMatch(f -> f.startsWith("versions[1].terms.priorities[0].")), fields(e).toString());
    }

    @Test
    void aDraftHasOneVersion() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> imported(List.of(
                version(1, START, terms("PT2H")), version(2, LocalDate.of(2025, 6, 1), terms("PT3H"))), 2, null));
        assertEquals(List.of("versions"), fields(e));
    }

    @Test
    void aTerminatedAgreementKeepsItsLastDayEvenIfItHasPassed() {
        Agreement a = Agreement.imported("SLA-END", AgreementType.SLA, header(LocalDate.of(2026, 12, 31)),
                new Agreement.History(List.of(version(1, START, terms("PT2H"))), 1, AgreementStatus.TERMINATED,
                        LocalDate.of(2025, 12, 31), "Contract ended"), NOW, "importer");
        assertEquals(AgreementStatus.TERMINATED, a.status());
        assertEquals(LocalDate.of(2025, 12, 31), a.lastDay().orElseThrow());
        assertTrue(!a.monitoredOn(LocalDate.of(2026, 1, 5)));

        InvalidFieldException missing = assertThrows(InvalidFieldException.class, () -> Agreement.imported("SLA-END",
                AgreementType.SLA, header(null), new Agreement.History(List.of(version(1, START, terms("PT2H"))), 1,
                        AgreementStatus.TERMINATED, null, "Contract ended"), NOW, "importer"));
        assertEquals("terminatedOn", missing.field());
    }

    @Test
    void anAgreementInForceNeedsWhatActivationNeedsInItsLatestVersion() {
        AgreementTerms noPriorities = new TermsFixture().withoutPenalties().build();
        TermsFixture empty = new TermsFixture().withoutPenalties();
        empty.priorities.clear();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> imported(List.of(
                version(1, START, noPriorities), version(2, LocalDate.of(2025, 6, 1), empty.build())), 2,
                AgreementStatus.ACTIVE));
        assertEquals(List.of("versions[1].terms.priorities"), fields(e));
    }

    @Test
    void aDraftAmendmentIsRestoredAsADraftThatIsApprovedAgainWhereItIsImported() {
        Instant approved = Instant.parse("2026-02-01T09:00:00Z");
        Agreement.PastVersion draft = new Agreement.PastVersion(2, LocalDate.of(2027, 1, 1), terms("PT1H"), "faster",
                MADE, "anna", new AmendmentRecord(AmendmentStatus.DRAFT, "erik", approved, null, null));
        Agreement.PastVersion first = new Agreement.PastVersion(1, START, terms("PT2H"), "first", MADE, "anna",
                new AmendmentRecord(AmendmentStatus.APPROVED, "erik", approved, null, null));
        Agreement a = imported(List.of(first, draft), 2, AgreementStatus.ACTIVE);

        AgreementVersion v2 = a.versionNumbered(2).orElseThrow();
        assertEquals(AmendmentStatus.DRAFT, v2.amendmentStatus());
        assertEquals("anna", v2.createdBy());
        assertTrue(v2.approvedBy().isEmpty(), "approvals given elsewhere do not complete an imported draft");
        assertEquals(1, a.versionOn(LocalDate.of(2027, 6, 1)).orElseThrow().number(), "a draft governs nothing");
        assertEquals("erik", a.versionNumbered(1).orElseThrow().approvedBy().orElseThrow());
        assertTrue(a.approveAmendment(2, "erik", false, false, NOW));
    }

    @Test
    void anImportCannotRecordApprovalsTheRulesForbid() {
        Agreement.PastVersion first = version(1, START, terms("PT2H"));
        Agreement.PastVersion selfApproved = new Agreement.PastVersion(2, LocalDate.of(2025, 7, 1), terms("PT3H"),
                null, MADE, "anna", new AmendmentRecord(AmendmentStatus.APPROVED, "Anna", MADE, null, null));
        assertEquals(List.of("versions[1].approvedBy"), fields(assertThrows(InvalidInputException.class,
                () -> imported(List.of(first, selfApproved), 2, AgreementStatus.ACTIVE))));
        Agreement.PastVersion customerApproved = new Agreement.PastVersion(2, LocalDate.of(2025, 7, 1), terms("PT3H"),
                null, MADE, "anna", new AmendmentRecord(AmendmentStatus.APPROVED, "erik", MADE, "acme-buyer", MADE));
        assertEquals(List.of("versions[1].customerApprovedBy"), fields(assertThrows(InvalidInputException.class,
                () -> imported(List.of(first, customerApproved), 2, AgreementStatus.ACTIVE))),
                "the provider approves this agreement's amendments alone");
    }

    @Test
    void aDraftMaySharesItsDayWithTheVersionBeforeIt() {
        Agreement.PastVersion first = version(1, START, terms("PT2H"));
        Agreement.PastVersion sameDay = new Agreement.PastVersion(2, START.plusYears(2), terms("PT3H"), null, MADE, "anna");
        Agreement.PastVersion draft = new Agreement.PastVersion(3, START.plusYears(2), terms("PT1H"), null, MADE, "anna",
                new AmendmentRecord(AmendmentStatus.DRAFT, null, null, null, null));
        Agreement a = imported(List.of(first, sameDay, draft), 3, AgreementStatus.ACTIVE);
        assertEquals(2, a.versionOn(START.plusYears(2)).orElseThrow().number());
        assertEquals(List.of(1, 2, 3), a.versions().stream().map(AgreementVersion::number).toList());
    }

    @Test
    void aDayHasOneDraftAmendmentAtMost() {
        Agreement.PastVersion first = version(1, START, terms("PT2H"));
        Agreement.PastVersion draft = new Agreement.PastVersion(2, START.plusYears(2), terms("PT3H"), null, MADE, "anna",
                new AmendmentRecord(AmendmentStatus.DRAFT, null, null, null, null));
        Agreement.PastVersion another = new Agreement.PastVersion(3, START.plusYears(2), terms("PT1H"), null, MADE,
                "erik", new AmendmentRecord(AmendmentStatus.DRAFT, null, null, null, null));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> imported(List.of(first, draft, another), 3, AgreementStatus.ACTIVE));
        assertEquals(List.of("versions[2].effectiveFrom"), fields(e),
                "an edit of that day changes its draft; the import cannot bring a second one");
    }

    @Test
    void theFirstVersionIsNeverADraft() {
        Agreement.PastVersion first = new Agreement.PastVersion(1, START, terms("PT2H"), "first", MADE, "anna",
                new AmendmentRecord(AmendmentStatus.DRAFT, null, null, null, null));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> imported(List.of(first), 1, AgreementStatus.ACTIVE));
        assertEquals(List.of("versions[0].status"), fields(e));
    }
}
