package org.servicelevel.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.servicelevel.application.identity.PasswordHasher;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a random salt, in the
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash} format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}, so hashes stay readable by a standard identity store.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final Base64.Encoder ENCODER = Base64.getEncoder();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    private volatile String decoy;

    @Override
    public String hash(char[] password) {
        if (password == null || password.length < 4) {
            throw new IllegalArgumentException("A password needs at least 4 characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS, KEY_BITS);
        return ALGORITHM + ":" + ITERATIONS + ":" + ENCODER.encodeToString(salt) + ":" + ENCODER.encodeToString(key);
    }

    /**
     * A hash of a random password, checked when a username does not exist so that the answer takes
     * as long as for a wrong password: response times do not reveal which usernames exist.
     */
    @Override
    public String decoy() {
        String current = decoy;
        if (current == null) {
            char[] random = java.util.UUID.randomUUID().toString().toCharArray();
            current = hash(random);
            decoy = current;
        }
        return current;
    }

    /** Compares in constant time; a malformed stored hash never matches. */
    @Override
    public boolean matches(char[] password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = DECODER.decode(parts[2]);
            byte[] expected = DECODER.decode(parts[3]);
            byte[] actual = derive(password, salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
