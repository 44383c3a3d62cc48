package org.servicelevel.domain;

/**
 * The record asked for does not exist, or the caller may not know that it does (another customer's
 * ticket answers the same as a missing one). The message names what was looked for.
 */
public final class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
