package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.SECOND_LINE;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;
import static org.servicelevel.domain.model.ticket.TicketFixture.defaultModel;
import static org.servicelevel.domain.model.ticket.TicketFixture.ticket;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.clock.StatusCategory;

/**
 * The first response stops the response clock: the first move out of a NEW status or the first
 * comment visible to the customer, either by support staff.
 */
class TicketFirstResponseTest {

    private final StatusModel model = defaultModel();

    @Test
    void aNewTicketHasNoFirstResponse() {
        assertTrue(ticket().firstResponseAt().isEmpty());
        assertTrue(ticket(REGISTERED, true).firstResponseAt().isEmpty(), "nor when the customer registered it");
    }

    @Test
    void aPublicCommentByStaffIsTheFirstResponse() {
        Ticket t = ticket(REGISTERED, true);

        t.comment("We are on it", true, at("2026-03-02T09:12:30.400"), "anna", false);

        assertEquals(at("2026-03-02T09:12:30"), t.firstResponseAt().orElseThrow(), "to the second");
        assertEquals("NEW", t.status(), "a comment does not move the ticket");
    }

    @Test
    void aStaffMoveOutOfNewIsTheFirstResponse() {
        Ticket t = ticket();

        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:20"), "anna", false, null, false);

        assertEquals(at("2026-03-02T09:20"), t.firstResponseAt().orElseThrow());
    }

    @Test
    void askingTheCustomerStraightAwayIsTheFirstResponse() {
        Ticket t = ticket();

        t.transition(model, "CLARIFICATION_WITH_CUSTOMER", at("2026-03-02T09:05"), "anna", false, "Which floor?",
                false);

        assertEquals(at("2026-03-02T09:05"), t.firstResponseAt().orElseThrow());
    }

    @Test
    void resolvingANewTicketStraightAwayIsTheFirstResponse() {
        Ticket t = ticket();

        t.transition(model, "RESOLVED", at("2026-03-02T09:05"), "anna", false, "Duplicate of T-000000", true);

        assertEquals(at("2026-03-02T09:05"), t.firstResponseAt().orElseThrow());
        assertEquals(at("2026-03-02T09:05"), t.resolvedAt().orElseThrow());
    }

    @Test
    void anInternalNoteIsNotAResponse() {
        Ticket t = ticket();

        t.comment("Probably the fuser again", false, at("2026-03-02T09:10"), "anna", false);

        assertTrue(t.firstResponseAt().isEmpty());
    }

    @Test
    void aCustomerCommentIsNotAResponse() {
        Ticket t = ticket(REGISTERED, true);

        t.comment("Any news?", true, at("2026-03-02T09:10"), "carla", true);

        assertTrue(t.firstResponseAt().isEmpty());
    }

    @Test
    void aCustomerCancellingANewTicketIsNotAResponse() {
        Ticket t = ticket(REGISTERED, true);

        t.transition(model, "CANCELLED", at("2026-03-02T09:10"), "carla", true, "Found the paper tray", false);

        assertEquals("CANCELLED", t.status());
        assertTrue(t.firstResponseAt().isEmpty());
    }

    @Test
    void priorityAndAssignmentChangesAreNotAResponse() {
        Ticket t = ticket();

        t.changePriority(2, TERMS, at("2026-03-02T09:05"), "anna", "VIP");
        t.assign("ben", SECOND_LINE, at("2026-03-02T09:06"), "anna");

        assertTrue(t.firstResponseAt().isEmpty());
    }

    @Test
    void onlyTheFirstResponseCounts() {
        Ticket t = ticket();
        t.comment("Probably the fuser again", false, at("2026-03-02T09:10"), "anna", false);
        t.comment("We are on it", true, at("2026-03-02T09:15"), "anna", false);

        t.transition(model, "IN_PROGRESS", at("2026-03-02T09:30"), "ben", false, null, false);
        t.comment("Fuser ordered", true, at("2026-03-02T09:40"), "ben", false);

        assertEquals(at("2026-03-02T09:15"), t.firstResponseAt().orElseThrow());
    }

    @Test
    void aResponseAfterACustomerMoveStillCounts() {
        StatusModel withCustomerTriage = new StatusModel(List.of(
                new TicketStatus("NEW", "New", StatusCategory.NEW, 10, true),
                new TicketStatus("MORE_INFO", "More information given", StatusCategory.IN_PROGRESS, 20, false),
                new TicketStatus("IN_PROGRESS", "In progress", StatusCategory.IN_PROGRESS, 30, false)), List.of(
                new StatusTransition("NEW", "MORE_INFO", "Add information", true),
                new StatusTransition("MORE_INFO", "IN_PROGRESS", "Start work", false)));
        Ticket t = new Ticket("T-000009", TicketFixture.registration(null, null), withCustomerTriage.initial(),
                REGISTERED, "carla", true);

        t.transition(withCustomerTriage, "MORE_INFO", at("2026-03-02T09:05"), "carla", true, "Model HP 4050", false);
        assertTrue(t.firstResponseAt().isEmpty(), "the customer leaving NEW is no response");

        t.comment("Thanks, on it", true, at("2026-03-02T09:20"), "anna", false);
        assertEquals(at("2026-03-02T09:20"), t.firstResponseAt().orElseThrow());
    }
}
