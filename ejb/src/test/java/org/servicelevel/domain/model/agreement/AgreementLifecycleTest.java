package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;

class AgreementLifecycleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-03-02, 10:00 in Berlin. */
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);
    private static final SupportGroup LINE2 = new SupportGroup("L2", "Second line", SupportGroupKind.SUPPORT_LINE, 2,
            null, NOW);
    private static final SupportGroup VENDOR = new SupportGroup("VENDOR", "Hardware vendor", SupportGroupKind.SUPPLIER,
            null, null, NOW);

    private static Agreement.Header header(Organisation customer, SupportGroup provider, Agreement parent,
                                           LocalDate from) {
        return new Agreement.Header("Workplace support", customer, provider, null, parent, "Europe/Berlin", from,
                LocalDate.of(2027, 12, 31), LocalDate.of(2026, 12, 15), "max");
    }

    private static Agreement sla(LocalDate from) {
        return new Agreement("sla-acme-2026", AgreementType.SLA, header(ACME, null, null, from),
                new TermsFixture().build(), NOW, "max");
    }

    private static AgreementTerms withResolution(int priority, String resolution) {
        TermsFixture f = new TermsFixture();
        f.priorities.set(priority - 1, TermsFixture.priority(priority, null, resolution, 20));
        return f.build();
    }

    @Test
    void aDraftIsNotMonitoredAndGoesThroughTheWholeLifecycle() {
        Agreement a = sla(LocalDate.of(2026, 1, 1));
        assertEquals("SLA-ACME-2026", a.number());
        assertEquals(AgreementStatus.DRAFT, a.status());
        assertFalse(a.monitoredOn(LocalDate.of(2026, 3, 2)));

        a.activate(NOW);
        assertEquals(AgreementStatus.ACTIVE, a.status());
        assertTrue(a.monitoredOn(LocalDate.of(2026, 3, 2)));
        assertFalse(a.monitoredOn(LocalDate.of(2025, 12, 31)), "before its start");
        assertFalse(a.monitoredOn(LocalDate.of(2028, 1, 1)), "after its end");

        a.startReview();
        assertEquals(AgreementStatus.UNDER_REVIEW, a.status());
        assertTrue(a.monitoredOn(LocalDate.of(2026, 3, 2)), "still in force during a review");
        assertThrows(InvalidFieldException.class, () -> a.completeReview(LocalDate.of(2026, 3, 2), NOW));
        a.completeReview(LocalDate.of(2027, 3, 1), NOW);
        assertEquals(AgreementStatus.ACTIVE, a.status());
        assertEquals(LocalDate.of(2027, 3, 1), a.reviewDate().orElseThrow());

        assertThrows(InvalidFieldException.class, () -> a.terminate(LocalDate.of(2026, 3, 1), "too late", NOW));
        assertThrows(InvalidFieldException.class, () -> a.terminate(LocalDate.of(2026, 3, 31), " ", NOW));
        a.terminate(LocalDate.of(2026, 3, 31), "customer moved to another provider", NOW);
        assertEquals(AgreementStatus.TERMINATED, a.status());
        assertTrue(a.monitoredOn(LocalDate.of(2026, 3, 31)), "monitored up to and including the last day");
        assertFalse(a.monitoredOn(LocalDate.of(2026, 4, 1)));
        assertThrows(ConflictException.class, () -> TermsFixture.agreed(a, new TermsFixture().build(), null, NOW, "max", null));
    }

    @Test
    void transitionsOutOfOrderAreConflicts() {
        Agreement a = sla(LocalDate.of(2026, 1, 1));
        ConflictException review = assertThrows(ConflictException.class, a::startReview);
        assertTrue(review.getMessage().contains("only an agreement that is ACTIVE"), review.getMessage());
        assertThrows(ConflictException.class, () -> a.completeReview(null, NOW));
        assertThrows(ConflictException.class, () -> a.terminate(null, "no", NOW));
        a.activate(NOW);
        assertThrows(ConflictException.class, () -> a.activate(NOW));
        assertThrows(ConflictException.class, a::requireDeletable);
    }

    @Test
    void activationNeedsTheParties() {
        Agreement framework = new Agreement("SLA-X", AgreementType.SLA, header(null, null, null, LocalDate.of(2026, 1, 1)),
                new TermsFixture().build(), NOW, "max");
        framework.activate(NOW);
        assertEquals(AgreementStatus.ACTIVE, framework.status(), "an SLA without a customer is a framework agreement");

        InvalidInputException wrongKind = assertThrows(InvalidInputException.class, () -> new Agreement("UC-1",
                AgreementType.UC, header(null, LINE2, null, LocalDate.of(2026, 1, 1)),
                new TermsFixture().withoutPenalties().build(), NOW, "max"));
        assertEquals("providerGroup", wrongKind.errors().get(0).field());
        Agreement uc = new Agreement("UC-1", AgreementType.UC, header(null, VENDOR, null, LocalDate.of(2026, 1, 1)),
                new TermsFixture().withoutPenalties().build(), NOW, "max");
        uc.activate(NOW);
        assertEquals(AgreementStatus.ACTIVE, uc.status());
    }

    @Test
    void aDraftIsRevisedInPlace() {
        Agreement a = sla(LocalDate.of(2026, 1, 1));
        AgreementVersion v = TermsFixture.agreed(a, withResolution(2, "PT3H"), LocalDate.of(2030, 1, 1), NOW, "max", "faster");
        assertEquals(1, v.number());
        assertEquals(1, a.versions().size());
        assertEquals(LocalDate.of(2026, 1, 1), v.effectiveFrom(), "a draft's terms apply from its start");
        assertEquals(Duration.ofHours(3), a.latestVersion().terms().priority(2).orElseThrow().resolution().orElseThrow());
    }

    @Test
    void anAgreementInForceGetsVersionsFromTomorrowAndKeepsThePast() {
        Agreement a = sla(LocalDate.of(2026, 1, 1));
        a.activate(NOW);
        InvalidFieldException today = assertThrows(InvalidFieldException.class,
                () -> TermsFixture.agreed(a, withResolution(2, "PT3H"), LocalDate.of(2026, 3, 2), NOW, "max", null));
        assertEquals("effectiveFrom", today.field());

        AgreementVersion v2 = TermsFixture.agreed(a, withResolution(2, "PT3H"), null, NOW, "max", "faster P2");
        assertEquals(2, v2.number());
        assertEquals(LocalDate.of(2026, 3, 3), v2.effectiveFrom(), "by default from tomorrow");
        AgreementVersion v3 = TermsFixture.agreed(a, withResolution(2, "PT2H"), LocalDate.of(2026, 7, 1), NOW, "max", "summer");
        AgreementVersion again = TermsFixture.agreed(a, withResolution(2, "PT90M"), LocalDate.of(2026, 7, 1), NOW, "max", "fix");
        assertEquals(4, again.number(), "a new amendment of the same day, numbered on");
        assertEquals(List.of(1, 2, 4), a.versions().stream().map(AgreementVersion::number).toList(),
                "once approved it supersedes the version not yet in effect on that date");
        assertEquals(v3.effectiveFrom(), again.effectiveFrom());

        assertEquals(1, a.versionOn(LocalDate.of(2026, 3, 2)).orElseThrow().number());
        assertEquals(2, a.versionOn(LocalDate.of(2026, 6, 30)).orElseThrow().number());
        assertEquals(4, a.versionOn(LocalDate.of(2026, 7, 1)).orElseThrow().number());
        assertTrue(a.versionOn(LocalDate.of(2025, 12, 31)).isEmpty());
        assertEquals(Duration.ofMinutes(90),
                a.versionOn(LocalDate.of(2026, 8, 1)).orElseThrow().terms().priority(2).orElseThrow().resolution().orElseThrow());
        assertEquals(Duration.ofHours(4),
                a.versionOn(LocalDate.of(2026, 3, 2)).orElseThrow().terms().priority(2).orElseThrow().resolution().orElseThrow(),
                "the terms that governed a day never change afterwards");
        assertThrows(InvalidFieldException.class,
                () -> TermsFixture.agreed(a, withResolution(2, "PT3H"), LocalDate.of(2028, 1, 1), NOW, "max", null));
    }

    @Test
    void anAgreementThatHasNotStartedCanStillReplaceItsFirstVersion() {
        Agreement a = sla(LocalDate.of(2026, 4, 1));
        a.activate(NOW);
        AgreementVersion v = TermsFixture.agreed(a, withResolution(2, "PT3H"), LocalDate.of(2026, 4, 1), NOW, "max", null);
        assertEquals(2, v.number());
        assertEquals(List.of(v), a.versions(), "the approved amendment supersedes the first version, which never governed a day");
        assertEquals(v, a.versionOn(LocalDate.of(2026, 4, 1)).orElseThrow());
        assertThrows(InvalidFieldException.class,
                () -> TermsFixture.agreed(a, withResolution(2, "PT3H"), LocalDate.of(2026, 3, 20), NOW, "max", null));
    }

    @Test
    void partiesAndStartAreFixedOnceInForce() {
        Agreement a = sla(LocalDate.of(2026, 1, 1));
        a.activate(NOW);
        Organisation other = new Organisation("OTHER", "Other", NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> a.changeHeader(header(other, null, null, LocalDate.of(2025, 1, 1)), NOW));
        assertEquals(List.of("validFrom", "customer"), e.errors().stream().map(InvalidFieldException::field).toList());
        a.changeHeader(new Agreement.Header("Renamed", ACME, null, null, null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), null, "anna"), NOW);
        assertEquals("Renamed", a.title());
        assertEquals(LocalDate.of(2028, 12, 31), a.validTo().orElseThrow());
    }

    @Test
    void aChildHasTheSameTypeAndInheritsItsParentsTerms() {
        Agreement corporate = sla(LocalDate.of(2026, 1, 1));
        TermsFixture own = new TermsFixture().withoutPenalties();
        own.services.clear();
        own.priorities.clear();
        own.priorities.add(TermsFixture.priority(1, null, "PT1H", 10));
        Agreement child = new Agreement("SLA-ACME-WS", AgreementType.SLA, header(ACME, null, corporate,
                LocalDate.of(2026, 1, 1)), own.build(), NOW, "max");
        assertThrows(InvalidInputException.class, () -> child.activate(NOW), "the parent is still a draft");
        corporate.activate(NOW);
        child.activate(NOW);
        AgreementTerms effective = child.effectiveTermsOn(LocalDate.of(2026, 3, 2)).orElseThrow();
        assertEquals(Duration.ofHours(1), effective.priority(1).orElseThrow().resolution().orElseThrow());
        assertEquals(Duration.ofHours(4), effective.priority(2).orElseThrow().resolution().orElseThrow());
        assertEquals(1, effective.services().size());

        InvalidInputException wrongType = assertThrows(InvalidInputException.class, () -> new Agreement("OLA-9",
                AgreementType.OLA, header(null, LINE2, corporate, LocalDate.of(2026, 1, 1)),
                new TermsFixture().withoutPenalties().build(), NOW, "max"));
        assertEquals("parent", wrongType.errors().get(0).field());
    }

    @Test
    void theParentOfAnAgreementInForceAndThePastTermsItInheritedStay() {
        Agreement corporate = sla(LocalDate.of(2026, 1, 1));
        corporate.activate(NOW);
        Agreement child = new Agreement("SLA-ACME-WS", AgreementType.SLA, header(ACME, null, corporate,
                LocalDate.of(2026, 1, 1)), new TermsFixture().build(), NOW, "max");
        child.activate(NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> child.changeHeader(header(ACME, null, null, LocalDate.of(2026, 1, 1)), NOW));
        assertEquals(List.of("parent"), e.errors().stream().map(InvalidFieldException::field).toList());

        Organisation beta = new Organisation("BETA", "Beta", NOW);
        InvalidInputException foreign = assertThrows(InvalidInputException.class, () -> new Agreement("SLA-BETA",
                AgreementType.SLA, header(beta, null, corporate, LocalDate.of(2026, 1, 1)), new TermsFixture().build(),
                NOW, "max"));
        assertEquals("parent", foreign.errors().get(0).field(), "a parent belongs to the same customer");
    }

    @Test
    void anAgreementInForceKeepsAServiceAndAPriority() {
        Agreement a = sla(LocalDate.of(2026, 1, 1));
        a.activate(NOW);
        TermsFixture empty = new TermsFixture().withoutPenalties();
        empty.services.clear();
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> TermsFixture.agreed(a, empty.build(), null, NOW, "max", null));
        assertEquals("terms.services", e.field());
    }

    @Test
    void aChangeOfSomePartsBuildsOnTheTermsInForceWhenItTakesEffect() {
        Agreement a = sla(LocalDate.of(2026, 1, 1));
        a.activate(NOW);
        TermsFixture.agreed(a, withResolution(2, "PT2H"), LocalDate.of(2026, 10, 1), NOW, "max", "planned");
        assertEquals(Duration.ofHours(4), a.termsBeforeChange(null, NOW).priority(2).orElseThrow().resolution()
                .orElseThrow(), "a change from tomorrow builds on today's terms, not the planned ones");
        assertEquals(Duration.ofHours(2), a.termsBeforeChange(LocalDate.of(2026, 11, 1), NOW).priority(2).orElseThrow()
                .resolution().orElseThrow());
    }

    @Test
    void aStartThatHasNotComeMovesLaterOnlyWhileThereIsOneVersion() {
        Agreement a = sla(LocalDate.of(2026, 4, 1));
        a.activate(NOW);
        a.changeHeader(header(ACME, null, null, LocalDate.of(2026, 5, 1)), NOW);
        assertEquals(LocalDate.of(2026, 5, 1), a.versions().get(0).effectiveFrom());
        assertThrows(InvalidInputException.class, () -> a.changeHeader(header(ACME, null, null,
                LocalDate.of(2026, 3, 1)), NOW), "not into the past");
        TermsFixture.agreed(a, withResolution(2, "PT3H"), LocalDate.of(2026, 6, 1), NOW, "max", null);
        assertThrows(InvalidInputException.class, () -> a.changeHeader(header(ACME, null, null,
                LocalDate.of(2026, 7, 1)), NOW), "versions are planned after the start");
    }

    @Test
    void badHeadersNameTheirFields() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Agreement("x", AgreementType.SLA,
                new Agreement.Header(" ", ACME, LINE2, null, null, "GMT+1", LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 4, 1), null, null), new TermsFixture().build(), NOW, "max"));
        assertEquals(List.of("number", "title", "providerGroup", "timeZone", "validTo"),
                e.errors().stream().map(InvalidFieldException::field).toList());
    }
}
