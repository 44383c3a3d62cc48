package org.servicelevel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

class FieldPlacesTest {

    private final List<String> sent = List.of("anna", "boris");
    private final FieldPlaces places = new FieldPlaces("groupForm")
            .field("name", "name", () -> "Enter the name.")
            .list("members", "members", i -> i >= 0 ? sent.get(i) + " cannot be a member." : "Too many members.");

    @Test
    void aRefusedFieldGoesBesideItsInputWithTheFormsText() {
        FieldPlaces.Placement placed = places.place(new InvalidFieldException("name", "A support group needs a name"))
                .orElseThrow();
        assertEquals("groupForm:name", placed.clientId());
        assertEquals("Enter the name.", placed.text());
    }

    @Test
    void anEntryOfAListIsNamedByItsPlaceInWhatWasSent() {
        FieldPlaces.Placement placed = places.place(new InvalidFieldException("members[1]", "There is no user boris"))
                .orElseThrow();
        assertEquals("groupForm:members", placed.clientId());
        assertEquals("boris cannot be a member.", placed.text());
    }

    @Test
    void theWholeListIsNamedWithoutAPlace() {
        assertEquals("Too many members.", places.place(new InvalidFieldException("members", "at most 500"))
                .orElseThrow().text());
    }

    @Test
    void aFieldTheFormHasNoInputForIsLeftToTheGeneralMessages() {
        assertTrue(places.place(new InvalidFieldException("body", "Send a body")).isEmpty());
        assertTrue(places.place(new InvalidFieldException(null, "?")).isEmpty());
    }
}
