package org.servicelevel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void codesAreCheckedAsTheDomainChecksThem() {
        assertTrue(Codes.wellFormed("ACME"));
        assertTrue(Codes.wellFormed("l2-net"));
        assertTrue(Codes.wellFormed(" L2_NET "));
        assertFalse(Codes.wellFormed("A"), "at least two characters");
        assertFalse(Codes.wellFormed("-AB"), "starts with a letter or digit");
        assertFalse(Codes.wellFormed("A B"));
        assertFalse(Codes.wellFormed("АБВ"), "Latin letters only");
        assertFalse(Codes.wellFormed("A".repeat(41)));
        assertFalse(Codes.wellFormed(null));
    }

    @Test
    void aTypedCodeLosesItsSurroundingSpaces() {
        assertEquals("ACME", Codes.stripped("  ACME "));
        assertNull(Codes.stripped(null));
    }
}
