package org.servicelevel.domain;

/**
 * The request is well-formed but conflicts with the current state of a record, e.g. activating an
 * agreement that is already active or deleting one that is in force. The message says why and what
 * to do instead.
 */
public non-sealed class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
