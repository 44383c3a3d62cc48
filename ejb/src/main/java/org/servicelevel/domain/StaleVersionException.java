package org.servicelevel.domain;

/** The caller edited a record based on a version that is no longer the current one. */
public final class StaleVersionException extends DomainException {

    private final long currentVersion;

    public StaleVersionException(String what, long expected, long current) {
        super(what + " was changed by someone else: you sent version " + expected + ", the current version is "
                + current + ". Read it again and reapply your change.");
        this.currentVersion = current;
    }

    /** A stale edit of a record that has no version number; the message says what to do. */
    public StaleVersionException(String message) {
        super(message);
        this.currentVersion = -1;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
