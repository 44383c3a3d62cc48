package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.ACME;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;
import static org.servicelevel.domain.model.ticket.TicketFixture.defaultModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.selection.Channel;

/**
 * A ticket no selection rule found an agreement for: registered without one, it has no priority of an
 * agreement, and is later put under one of its customer's SLAs, which then governs it from registration.
 */
class TicketWithoutAgreementTest {

    private static final Organisation GLOBEX = new Organisation("GLOBEX", "Globex", REGISTERED);

    /** A ticket of ACME for service WS, registered at 09:00 without an agreement, with a plain priority or none. */
    private static Ticket withoutAgreement(Integer priority, String requestType) {
        Ticket t = new Ticket("T-000009", new Ticket.Registration(ACME, null, null, null, "Scanner offline", null, "WS",
                null, null, priority, null, null, requestType, Set.of(), Channel.API, null, null, null, null),
                defaultModel().initial(), REGISTERED, "anna", false);
        t.recordWithoutAgreement("No agreement applies: rule 'ACME network': no, service WS is not NET");
        return t;
    }

    private static Agreement activeSla(Organisation customer, LocalDate validFrom) {
        Agreement sla = new Agreement("SLA-" + customer.code(), AgreementType.SLA, new Agreement.Header("Support",
                customer, null, null, null, "Europe/Berlin", validFrom, null, null, "max"), TERMS, REGISTERED, "max");
        sla.activate(REGISTERED);
        return sla;
    }

    @Test
    void aTicketRegisteredWithoutAnAgreementSaysWhyInItsHistory() {
        Ticket t = withoutAgreement(null, null);

        assertTrue(t.agreement().isEmpty());
        assertNull(t.agreementVersion());
        assertNull(t.priority());
        assertEquals(List.of(TicketEventType.REGISTERED, TicketEventType.AGREEMENT),
                t.events().stream().map(TicketEvent::type).toList());
        TicketEvent why = t.events().get(1);
        assertEquals(REGISTERED, why.occurredAt());
        assertNull(why.toValue());
        assertTrue(why.text().contains("rule 'ACME network'"), why.text());
        assertTrue(!why.isPublic(), "the selection trace is for staff");
        assertNull(why.priority());
    }

    @Test
    void aPriorityCannotBeChangedBeforeAnAgreementIsAssigned() {
        Ticket t = withoutAgreement(2, null);

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.changePriority(1, null, at("2026-03-02T09:30"), "anna", null));

        assertEquals("priority", e.field());
        assertEquals(2, t.priority(), "the plain number the caller gave is kept");
    }

    @Test
    void theAssignedAgreementGovernsFromRegistrationWithItsVersionOfThatDay() {
        Ticket t = withoutAgreement(null, null);
        t.transition(defaultModel(), "IN_PROGRESS", at("2026-03-02T10:00"), "anna", false, null, false);
        Agreement sla = activeSla(ACME, LocalDate.of(2026, 1, 1));

        t.assignAgreement(sla, 1, at("2026-03-02T11:00"), "max");

        assertEquals(sla, t.agreement().orElseThrow());
        assertEquals(1, t.agreementVersion());
        assertEquals(1, t.priority());
        TicketEvent assigned = t.events().get(t.events().size() - 1);
        assertEquals(TicketEventType.AGREEMENT, assigned.type());
        assertEquals("SLA-ACME v1, priority 1", assigned.toValue());
        assertEquals("max", assigned.actor());
        List<Phase> phases = t.historyAsOf(at("2026-03-02T12:00")).phases();
        assertEquals(REGISTERED, phases.get(0).from(), "the clocks count from registration");
        assertTrue(phases.stream().allMatch(p -> p.priority() == 1), "with the priority assigned, from the start: "
                + phases);
    }

    @Test
    void withoutAPriorityTheOneGivenAtRegistrationElseTheAgreementsForTheRequestTypeApplies() {
        Ticket given = withoutAgreement(2, null);
        given.assignAgreement(activeSla(ACME, LocalDate.of(2026, 1, 1)), null, at("2026-03-02T09:30"), "max");
        assertEquals(2, given.priority());

        Ticket none = withoutAgreement(null, "incident");
        none.assignAgreement(activeSla(ACME, LocalDate.of(2026, 1, 1)), null, at("2026-03-02T09:30"), "max");
        assertEquals(3, none.priority(), "the agreement's default priority");

        Ticket unknown = withoutAgreement(7, null);
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> unknown.assignAgreement(
                activeSla(ACME, LocalDate.of(2026, 1, 1)), null, at("2026-03-02T09:30"), "max"));
        assertEquals("priority", e.field());
        assertTrue(unknown.agreement().isEmpty());
    }

    @Test
    void anotherCustomersAFutureOrAnUnactivatedAgreementIsRefusedNamingTheField() {
        Ticket t = withoutAgreement(null, null);

        InvalidFieldException foreign = assertThrows(InvalidFieldException.class,
                () -> t.assignAgreement(activeSla(GLOBEX, LocalDate.of(2026, 1, 1)), null, at("2026-03-02T09:30"), "max"));
        assertEquals("agreement", foreign.field());
        assertTrue(foreign.getMessage().contains("GLOBEX's agreement, not ACME's"), foreign.getMessage());

        InvalidFieldException later = assertThrows(InvalidFieldException.class,
                () -> t.assignAgreement(activeSla(ACME, LocalDate.of(2026, 4, 1)), null, at("2026-03-02T09:30"), "max"));
        assertEquals("agreement", later.field(), "it did not apply on the registration day");

        Agreement draft = new Agreement("SLA-DRAFT", AgreementType.SLA, new Agreement.Header("Support", ACME, null,
                null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"), TERMS, REGISTERED, "max");
        assertEquals("agreement", assertThrows(InvalidFieldException.class,
                () -> t.assignAgreement(draft, null, at("2026-03-02T09:30"), "max")).field());

        Agreement framework = new Agreement("SLA-FRAME", AgreementType.SLA, new Agreement.Header("Frame", null, null,
                null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"), TERMS, REGISTERED, "max");
        framework.activate(REGISTERED);
        assertTrue(assertThrows(InvalidFieldException.class, () -> t.assignAgreement(framework, null,
                at("2026-03-02T09:30"), "max")).getMessage().contains("governs no tickets"));
        assertTrue(t.agreement().isEmpty());
        assertEquals(2, t.events().size(), "nothing was recorded");
    }

    @Test
    void anAgreementNotCoveringTheTicketsServiceIsRefused() {
        Ticket t = new Ticket("T-000010", new Ticket.Registration(ACME, null, null, null, "Router down", null, "NET",
                null, null, null, null, null, null, Set.of(), Channel.API, null, null, null, null), defaultModel().initial(),
                REGISTERED, "anna", false);

        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> t.assignAgreement(
                activeSla(ACME, LocalDate.of(2026, 1, 1)), null, at("2026-03-02T09:30"), "max"));

        assertEquals("agreement", e.field());
        assertTrue(e.getMessage().contains("does not cover service NET"), e.getMessage());
    }

    @Test
    void aTicketThatHasAnAgreementKeepsIt() {
        Ticket t = withoutAgreement(null, null);
        t.assignAgreement(activeSla(ACME, LocalDate.of(2026, 1, 1)), 2, at("2026-03-02T09:30"), "max");

        assertThrows(ConflictException.class, () -> t.assignAgreement(activeSla(ACME, LocalDate.of(2026, 1, 1)), 1,
                at("2026-03-02T09:40"), "max"));
        assertEquals(2, t.priority());
    }
}
