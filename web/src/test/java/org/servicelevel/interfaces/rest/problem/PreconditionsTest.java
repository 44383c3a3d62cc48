package org.servicelevel.interfaces.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    private static int status(String ifMatch) {
        return assertThrows(WebApplicationException.class, () -> Preconditions.requireVersion(ifMatch)).getResponse()
                .getStatus();
    }

    @Test
    void aStrongETagNamesTheVersion() {
        assertEquals(7, Preconditions.requireVersion("\"7\""));
        assertEquals(7, Preconditions.requireVersion("  \"7\" "));
    }

    @Test
    void aWeakTagAnUnquotedTagOrAStarNeverMatch() {
        assertEquals(412, status("W/\"7\""));
        assertEquals(412, status("7"));
        assertEquals(412, status("*"));
        assertEquals(412, status("\"7\", \"8\""));
        assertEquals(412, status("\"seven\""));
        assertEquals(412, status("\"99999999999999999999\""));
    }

    @Test
    void aMissingIfMatchIsRequired() {
        assertEquals(428, status(null));
        assertEquals(428, status(" "));
    }
}
