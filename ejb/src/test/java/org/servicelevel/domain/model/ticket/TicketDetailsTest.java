package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.servicelevel.domain.model.ticket.TicketFixture.at;
import static org.servicelevel.domain.model.ticket.TicketFixture.ticket;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

class TicketDetailsTest {

    private static TicketEvent last(Ticket t) {
        return t.events().get(t.events().size() - 1);
    }

    @Test
    void aDetailsChangeListsTheFieldsThatChanged() {
        Ticket t = ticket();

        t.changeDetails("Printer jams on floor 2", t.description(), t.requestType(), Set.of("printer", "Floor-2"),
                t.region(), at("2026-03-02T09:30"), "anna");

        assertEquals("Printer jams on floor 2", t.title());
        assertEquals(Set.of("printer", "floor-2"), t.tags());
        assertEquals(TicketEventType.DETAILS, last(t).type());
        assertEquals("title, tags", last(t).toValue());
    }

    @Test
    void aDetailsChangeWithoutATitleIsRefused() {
        Ticket t = ticket();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.changeDetails(" ",
                t.description(), t.requestType(), t.tags(), t.region(), at("2026-03-02T09:30"), "anna"));

        assertEquals("title", e.errors().stream().map(InvalidFieldException::field).findFirst().orElseThrow());
        assertEquals(1, t.events().size());
    }

    @Test
    void aRefusedDetailsChangeLeavesTheTicketAsItWas() {
        Ticket t = ticket();

        assertThrows(InvalidInputException.class, () -> t.changeDetails(" ", "New description", "change",
                Set.of("x"), "US", at("2026-03-02T09:30"), "anna"));

        assertEquals("Printer jams", t.title());
        assertEquals("The printer on floor 2 jams on every page", t.description());
        assertEquals("incident", t.requestType());
        assertEquals(Set.of("printer"), t.tags());
        assertEquals("EU", t.region());
    }
}
