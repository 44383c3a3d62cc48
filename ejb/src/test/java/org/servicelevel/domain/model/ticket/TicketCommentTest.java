package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;
import static org.servicelevel.domain.model.ticket.TicketFixture.ticket;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

class TicketCommentTest {

    private static TicketEvent last(Ticket t) {
        return t.events().get(t.events().size() - 1);
    }

    @Test
    void aPublicStaffCommentIsVisibleToTheCustomer() {
        Ticket t = ticket();

        t.comment("We ordered a new fuser", true, at("2026-03-02T09:30"), "anna", false);

        TicketEvent c = last(t);
        assertEquals(TicketEventType.COMMENT, c.type());
        assertEquals("We ordered a new fuser", c.text());
        assertTrue(c.isPublic());
        assertFalse(c.byCustomer());
        assertEquals("anna", c.actor());
        assertNull(c.fromValue());
        assertNull(c.toValue());
    }

    @Test
    void anInternalNoteIsHiddenFromTheCustomer() {
        Ticket t = ticket();

        t.comment("Fuser is out of warranty", false, at("2026-03-02T09:30"), "anna", false);

        assertFalse(last(t).isPublic());
    }

    @Test
    void aCustomersCommentIsAlwaysVisibleToTheCustomer() {
        Ticket t = ticket(REGISTERED, true);

        t.comment("It happens on floor 3 as well", false, at("2026-03-02T09:30"), "carla", true);

        TicketEvent c = last(t);
        assertTrue(c.isPublic(), "a customer cannot write an internal note");
        assertTrue(c.byCustomer());
        assertEquals("carla", c.actor());
    }

    @Test
    void theCustomerSeesThePublicCommentsOnly() {
        Ticket t = ticket(REGISTERED, true);
        t.comment("Fuser is out of warranty", false, at("2026-03-02T09:10"), "anna", false);
        t.comment("We ordered a new fuser", true, at("2026-03-02T09:20"), "anna", false);
        t.comment("Thanks!", true, at("2026-03-02T09:30"), "carla", true);

        List<String> visible = t.events().stream()
                .filter(e -> e.type() == TicketEventType.COMMENT && e.isPublic()).map(TicketEvent::text).toList();

        assertEquals(List.of("We ordered a new fuser", "Thanks!"), visible);
    }

    @Test
    void aCommentChangesNeitherStatusNorPriorityNorGroup() {
        Ticket t = ticket();

        t.comment("Noted", true, at("2026-03-02T09:30"), "anna", false);

        assertEquals("NEW", t.status());
        assertEquals("NEW", last(t).status());
        assertEquals(3, last(t).priority());
        assertNull(last(t).group());
    }

    @Test
    void aCommentIsKeptWithoutSurroundingSpace() {
        Ticket t = ticket();

        t.comment("  Fuser replaced \n", true, at("2026-03-02T09:30"), "anna", false);

        assertEquals("Fuser replaced", last(t).text());
    }

    @Test
    void aCommentWithoutTextIsRefused() {
        Ticket t = ticket();

        for (String empty : new String[] {null, "", "   \n\t"}) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class,
                    () -> t.comment(empty, true, at("2026-03-02T09:30"), "anna", false), "text " + empty);
            assertEquals("text", e.field());
        }
        assertEquals(1, t.events().size());
        assertTrue(t.firstResponseAt().isEmpty(), "a refused comment is no response");
    }

    @Test
    void aCommentHasAtMost8000Characters() {
        Ticket t = ticket();

        t.comment("x".repeat(8000), true, at("2026-03-02T09:30"), "anna", false);
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> t.comment("y".repeat(8001), true, at("2026-03-02T09:31"), "anna", false));

        assertEquals("text", e.field());
        assertEquals(2, t.events().size());
        assertEquals(8000, last(t).text().length(), "the longest comment is kept whole");
    }

    @Test
    void surroundingSpaceDoesNotCountTowardsTheLimit() {
        Ticket t = ticket();

        t.comment("x".repeat(7999) + "\n\n", true, at("2026-03-02T09:30"), "anna", false);

        assertEquals("x".repeat(7999), last(t).text());
    }

    @Test
    void aCommentWithoutAnActorIsTheSystems() {
        Ticket t = ticket();

        t.comment("Reminder sent", false, at("2026-03-02T09:30"), null, false);

        assertEquals("system", last(t).actor());
    }
}
