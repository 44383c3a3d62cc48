package org.servicelevel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"), hash);
        assertTrue(hasher.matches("correct horse".toCharArray(), hash));
        assertFalse(hasher.matches("correct horsE".toCharArray(), hash));
        assertNotEquals(hash, hasher.hash("correct horse".toCharArray()), "every hash has its own salt");
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        assertFalse(hasher.matches("x".toCharArray(), "not a hash"));
        assertFalse(hasher.matches("x".toCharArray(), "PBKDF2WithHmacSHA256:1:%%%:%%%"));
        assertFalse(hasher.matches("x".toCharArray(), null));
        assertFalse(hasher.matches(null, hasher.decoy()));
    }

    @Test
    void theDecoyMatchesNoGuessAndShortPasswordsAreRefused() {
        assertFalse(hasher.matches("admin".toCharArray(), hasher.decoy()));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash("abc".toCharArray()));
    }
}
