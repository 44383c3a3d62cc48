package org.servicelevel.application.identity;

/**
 * Turns passwords into salted one-way hashes and checks a password against one; implemented in
 * {@code infrastructure.security}. A hash never gives back its password.
 */
public interface PasswordHasher {

    /** A new salted hash of {@code password}. */
    String hash(char[] password);

    /**
     * A hash of a random password, checked when a username does not exist so that the answer takes
     * as long as for a wrong password: response times do not reveal which usernames exist.
     */
    String decoy();

    /** Whether {@code password} is the one {@code storedHash} was made from; compares in constant time. */
    boolean matches(char[] password, String storedHash);
}
