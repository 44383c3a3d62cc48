package org.servicelevel.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.servicelevel.application.identity.TokenCodec;

/**
 * Makes API token secrets and their stored hashes. A secret is {@value #PREFIX} followed by 256
 * random bits in URL-safe Base64; being random, it is stored as a plain SHA-256 hash.
 */
@ApplicationScoped
public class RandomTokenCodec implements TokenCodec {

    static final String PREFIX = "slm_";
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The part of the secret shown in token lists, e.g. {@code slm_Ab3dE6gh}. */
    @Override
    public String displayPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 8));
    }

    @Override
    public String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() > PREFIX.length() + 20;
    }
}
