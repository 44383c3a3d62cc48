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
        assertEquals(0, Preconditions.requireVersion("\"0\""));
    }

    @Test
    void aWeakTagAnUnquotedTagOrAStarNeverMatch() {
        assertEquals(412, status("W/\"7\""));
        assertEquals(412, status("7"));
        assertEquals(412, status("*"));
        assertEquals(412, status("\"7\", \"8\""));
        assertEquals(412, status("\"seven\""));
        assertEquals(412, status("\"99999999999999999999\""));
        // strong comparison is character by character: "07" is not the ETag "7" answered by GET
        assertEquals(412, status("\"07\""));
        assertEquals(412, status("\"00\""));
    }

    @Test
    void aMissingIfMatchIsRequired() {
        assertEquals(428, status(null));
        assertEquals(428, status(" "));
    }
}
