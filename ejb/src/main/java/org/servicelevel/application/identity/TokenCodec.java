package org.servicelevel.application.identity;

/**
 * Makes API token secrets and the hashes they are stored as; implemented in
 * {@code infrastructure.security}. The secret is shown once, when the token is issued.
 */
public interface TokenCodec {

    /** A new random secret. */
    String newSecret();

    /** The part of the secret shown in token lists, enough to tell tokens apart. */
    String displayPrefix(String secret);

    /** The hash a secret is stored and looked up as. */
    String hash(String secret);

    /** Whether {@code candidate} has the form of a secret this codec makes (cheap, before any lookup). */
    boolean looksLikeToken(String candidate);
}
