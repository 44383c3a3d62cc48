package org.servicelevel.application.mail;

import java.time.Duration;
import java.util.function.Function;

/**
 * The mail channel's mailbox; implemented in {@code infrastructure.mail} over IMAP. It hands each
 * unseen message to a handler and keeps, marks or moves it after what the handler says.
 */
public interface Mailbox {

    /** What became of a message, so the mailbox knows whether to keep it for another try. */
    enum Handling {
        /** Processed (a ticket, a comment or an earlier duplicate): marked seen. */
        PROCESSED,
        /** Kept as a rejection: marked seen and flagged, so people reading the mailbox notice it. */
        REJECTED,
        /** Not processed this time (e.g. a failure of the database): left unseen for the next poll. */
        RETRY
    }

    /** The mailbox could not be opened or read; the message says why. */
    final class Unavailable extends Exception {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether a mailbox is configured. */
    boolean configured();

    /** How often the mailbox is polled. */
    Duration pollInterval();

    /** The mailbox for logs and answers, without its password. */
    String describe();

    /** Hands at most {@code max} unseen messages to {@code handler}; answers how many it handled. */
    int process(int max, Function<IncomingMail, Handling> handler) throws Unavailable;
}
