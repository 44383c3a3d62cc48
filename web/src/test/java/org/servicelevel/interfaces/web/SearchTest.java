package org.servicelevel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTest {

    @Test
    void aBlankSearchFindsEverything() {
        assertTrue(Search.matches(null, "ACME"));
        assertTrue(Search.matches("  ", "ACME"));
    }

    @Test
    void everyWordMustOccurInSomeTextWithoutRegardToCase() {
        assertTrue(Search.matches("acme anna", "ACME", "Acme Ltd", "Anna Berg"));
        assertTrue(Search.matches("Ltd", "ACME", "Acme Ltd", null));
        assertFalse(Search.matches("acme boris", "ACME", "Acme Ltd", "Anna Berg"));
    }

    @Test
    void cyrillicIsFoundWithoutRegardToCase() {
        assertTrue(Search.matches("ромашка", "ROM", "ООО «Ромашка»"));
    }
}
