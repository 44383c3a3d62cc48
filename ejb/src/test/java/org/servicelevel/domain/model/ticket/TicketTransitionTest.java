package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;
import static org.servicelevel.domain.model.ticket.TicketFixture.defaultModel;
import static org.servicelevel.domain.model.ticket.TicketFixture.ticket;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.clock.StatusCategory;

class TicketTransitionTest {

    private final StatusModel model = defaultModel();

    /** A ticket that staff started at 09:10 and resolved at 11:00. */
    private Ticket resolvedTicket() {
        Ticket t = ticket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);
        t.transition(model, "RESOLVED", at("2026-03-02T11:00"), "anna", false, "Fuser replaced", true);
        return t;
    }

    private static TicketEvent last(Ticket t) {
        return t.events().get(t.events().size() - 1);
    }

    @Test
    void aMoveIsRecordedWithTheStatusItLeftAndTheStatusItReached() {
        Ticket t = ticket();

        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);

        assertEquals("IN_PROGRESS", t.status());
        assertEquals(StatusCategory.IN_PROGRESS, t.statusCategory());
        TicketEvent moved = last(t);
        assertEquals(TicketEventType.STATUS, moved.type());
        assertEquals("NEW", moved.fromValue());
        assertEquals("IN_PROGRESS", moved.toValue());
        assertEquals("IN_PROGRESS", moved.status());
        assertEquals(StatusCategory.IN_PROGRESS, moved.category());
        assertEquals("anna", moved.actor());
        assertFalse(moved.byCustomer());
    }

    @Test
    void aMoveTheModelDoesNotHaveIsAConflict() {
        Ticket t = ticket();

        ConflictException e = assertThrows(ConflictException.class,
                () -> t.transition(model, "CLOSED", at("2026-03-02T09:10"), "anna", false, null, false));

        assertTrue(e.getMessage().contains("IN_PROGRESS"), "the message names the moves possible: " + e.getMessage());
        assertEquals("NEW", t.status());
        assertEquals(1, t.events().size());
    }

    @Test
    void aMoveToTheCurrentStatusIsAConflict() {
        Ticket t = ticket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);

        assertThrows(ConflictException.class,
                () -> t.transition(model, "IN_PROGRESS", at("2026-03-02T09:20"), "anna", false, "again", true));
        assertEquals(2, t.events().size());
    }

    @Test
    void anUnknownTargetStatusIsAnInvalidField() {
        Ticket t = ticket();

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.transition(model, "ON_HOLD", at("2026-03-02T09:10"), "anna", false, null, false));

        assertEquals("to", e.field());
        assertEquals("NEW", t.status());
        assertEquals(1, t.events().size());
    }

    @Test
    void aMissingTargetStatusIsAnInvalidField() {
        Ticket t = ticket();

        assertEquals("to", assertThrows(InvalidFieldException.class,
                () -> t.transition(model, null, at("2026-03-02T09:10"), "anna", false, null, false)).field());
    }

    @Test
    void anUnknownTargetStatusIsAnInvalidFieldForCustomersToo() {
        Ticket t = ticket(REGISTERED, true);

        assertEquals("to", assertThrows(InvalidFieldException.class,
                () -> t.transition(model, "ON_HOLD", at("2026-03-02T09:10"), "carla", true, null, false)).field());
    }

    @Test
    void aCustomerMayCancelTheirNewTicket() {
        Ticket t = ticket(REGISTERED, true);

        t.transition(model, "CANCELLED", at("2026-03-02T09:10"), "carla", true, null, false);

        assertEquals("CANCELLED", t.status());
        assertEquals(at("2026-03-02T09:10"), t.closedAt().orElseThrow());
        assertTrue(t.resolvedAt().isEmpty());
        assertTrue(last(t).byCustomer());
    }

    @Test
    void aCustomerMayAnswerAClarification() {
        Ticket t = ticket(REGISTERED, true);
        t.transition(model, "CLARIFICATION_WITH_CUSTOMER", at("2026-03-02T09:10"), "anna", false, "Which floor?", true);

        t.transition(model, "IN_PROGRESS", at("2026-03-02T10:00"), "carla", true, "Floor 2", false);

        assertEquals("IN_PROGRESS", t.status());
        assertEquals("Floor 2", last(t).text());
    }

    @Test
    void aCustomerMayPassOrFailATest() {
        Ticket passed = ticket(REGISTERED, true);
        passed.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);
        passed.transition(model, "CUSTOMER_TESTING", at("2026-03-02T10:00"), "anna", false, null, false);
        Ticket failed = ticket(REGISTERED, true);
        failed.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);
        failed.transition(model, "CUSTOMER_TESTING", at("2026-03-02T10:00"), "anna", false, null, false);

        passed.transition(model, "RESOLVED", at("2026-03-02T11:00"), "carla", true, null, false);
        failed.transition(model, "IN_PROGRESS", at("2026-03-02T11:00"), "carla", true, "Still jams", false);

        assertEquals("RESOLVED", passed.status());
        assertEquals(at("2026-03-02T11:00"), passed.resolvedAt().orElseThrow());
        assertEquals("IN_PROGRESS", failed.status());
    }

    @Test
    void aCustomerCannotStartWorkOnTheirTicket() {
        Ticket t = ticket(REGISTERED, true);

        assertThrows(NotPermittedException.class,
                () -> t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "carla", true, null, false));

        assertEquals("NEW", t.status());
        assertEquals(1, t.events().size());
        assertTrue(t.firstResponseAt().isEmpty());
    }

    @Test
    void aCustomerCannotResolveOrHandOverATicket() {
        Ticket t = ticket(REGISTERED, true);
        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, false);

        assertThrows(NotPermittedException.class,
                () -> t.transition(model, "RESOLVED", at("2026-03-02T09:20"), "carla", true, null, false));
        assertThrows(NotPermittedException.class,
                () -> t.transition(model, "PASSED_TO_THIRD_PARTY", at("2026-03-02T09:20"), "carla", true, null,
                        false));
        assertThrows(NotPermittedException.class,
                () -> t.transition(model, "CANCELLED", at("2026-03-02T09:20"), "carla", true, null, false),
                "once work started, only staff cancel");

        assertEquals("IN_PROGRESS", t.status());
        assertEquals(2, t.events().size());
    }

    @Test
    void aMoveTheModelDoesNotHaveIsAConflictForCustomersToo() {
        Ticket t = ticket(REGISTERED, true);

        assertThrows(ConflictException.class,
                () -> t.transition(model, "CLOSED", at("2026-03-02T09:10"), "carla", true, null, false));
    }

    @Test
    void resolvingRecordsWhenAndClosingKeepsIt() {
        Ticket t = resolvedTicket();

        assertEquals(at("2026-03-02T11:00"), t.resolvedAt().orElseThrow());
        assertTrue(t.closedAt().isEmpty());
        assertFalse(t.statusCategory().open());

        t.transition(model, "CLOSED", at("2026-03-03T11:00"), "carla", true, null, false);

        assertEquals("CLOSED", t.status());
        assertEquals(at("2026-03-02T11:00"), t.resolvedAt().orElseThrow());
        assertEquals(at("2026-03-03T11:00"), t.closedAt().orElseThrow());
    }

    @Test
    void reopeningAResolvedTicketMakesItOpenAgainAndClearsTheResolution() {
        Ticket t = resolvedTicket();

        t.transition(model, "IN_PROGRESS", at("2026-03-02T14:00"), "carla", true, "Jams again", false);

        assertEquals("IN_PROGRESS", t.status());
        assertTrue(t.statusCategory().open());
        assertTrue(t.resolvedAt().isEmpty());
        assertTrue(t.closedAt().isEmpty());
        assertEquals(at("2026-03-02T09:10"), t.firstResponseAt().orElseThrow(), "the first response stays");
    }

    @Test
    void reopeningKeepsTheWholeHistory() {
        Ticket t = resolvedTicket();

        t.transition(model, "IN_PROGRESS", at("2026-03-02T14:00"), "carla", true, "Jams again", false);

        assertEquals(List.of("NEW", "IN_PROGRESS", "RESOLVED", "IN_PROGRESS"),
                t.events().stream().map(TicketEvent::status).toList());
        TicketEvent reopened = last(t);
        assertEquals("RESOLVED", reopened.fromValue());
        assertEquals("IN_PROGRESS", reopened.toValue());
        assertTrue(reopened.byCustomer());
        assertEquals(List.of("NEW", "IN_PROGRESS", "RESOLVED", "IN_PROGRESS"),
                t.historyAsOf(at("2026-03-02T15:00")).phases().stream().map(Phase::status).toList(),
                "the clocks see the stretch in RESOLVED and run on after it");
    }

    @Test
    void resolvingAgainAfterReopeningRecordsTheLaterResolution() {
        Ticket t = resolvedTicket();
        t.transition(model, "IN_PROGRESS", at("2026-03-02T14:00"), "carla", true, "Jams again", false);

        t.transition(model, "RESOLVED", at("2026-03-02T16:00"), "anna", false, null, false);

        assertEquals(at("2026-03-02T16:00"), t.resolvedAt().orElseThrow());
    }

    @Test
    void aClosedTicketCannotBeReopenedInTheDefaultModel() {
        Ticket t = resolvedTicket();
        t.transition(model, "CLOSED", at("2026-03-03T11:00"), "anna", false, null, false);

        assertThrows(ConflictException.class,
                () -> t.transition(model, "IN_PROGRESS", at("2026-03-04T09:00"), "anna", false, null, false));
        assertThrows(ConflictException.class,
                () -> t.transition(model, "RESOLVED", at("2026-03-04T09:00"), "anna", false, null, false));

        assertEquals("CLOSED", t.status());
    }

    @Test
    void reopeningAClosedTicketWhereTheModelAllowsItClearsBothInstants() {
        List<TicketStatus> statuses = model.statuses();
        List<StatusTransition> transitions = new ArrayList<>(model.transitions());
        transitions.add(new StatusTransition("CLOSED", "IN_PROGRESS", "Reopen", false));
        StatusModel reopenable = new StatusModel(statuses, transitions);
        Ticket t = resolvedTicket();
        t.transition(reopenable, "CLOSED", at("2026-03-03T11:00"), "anna", false, null, false);

        assertThrows(NotPermittedException.class,
                () -> t.transition(reopenable, "IN_PROGRESS", at("2026-03-04T09:00"), "carla", true, null, false));
        t.transition(reopenable, "IN_PROGRESS", at("2026-03-04T09:00"), "anna", false, "Customer called", false);

        assertEquals("IN_PROGRESS", t.status());
        assertTrue(t.resolvedAt().isEmpty());
        assertTrue(t.closedAt().isEmpty());
    }

    @Test
    void aStaffNoteOnAMoveIsInternalUnlessMadeVisible() {
        Ticket t = ticket();

        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, "Fuser suspected", false);
        TicketEvent internal = last(t);
        t.transition(model, "CLARIFICATION_WITH_CUSTOMER", at("2026-03-02T09:20"), "anna", false, "Which floor?", true);
        TicketEvent visible = last(t);

        assertEquals("Fuser suspected", internal.text());
        assertFalse(internal.isPublic());
        assertEquals("Which floor?", visible.text());
        assertTrue(visible.isPublic());
    }

    @Test
    void aCustomersNoteOnAMoveIsAlwaysVisibleToTheCustomer() {
        Ticket t = ticket(REGISTERED, true);

        t.transition(model, "CANCELLED", at("2026-03-02T09:10"), "carla", true, "Found the paper tray", false);

        assertTrue(last(t).isPublic());
    }

    @Test
    void aMoveWithoutANoteHasNoText() {
        Ticket t = ticket();

        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:10"), "anna", false, null, true);

        assertNull(last(t).text());
        assertFalse(last(t).isPublic());
    }

    @Test
    void theTargetStatusIsMatchedIgnoringCase() {
        Ticket t = ticket();

        t.transition(model, "in_progress", at("2026-03-02T09:10"), "anna", false, null, false);

        assertEquals("IN_PROGRESS", t.status());
    }

    @Test
    void aResolvedTicketKeepsItsPriority() {
        Ticket t = resolvedTicket();

        assertThrows(ConflictException.class, () -> t.changePriority(1, TERMS, at("2026-03-02T12:00"), "anna", "VIP"));
        assertEquals(3, t.priority());
    }
}
