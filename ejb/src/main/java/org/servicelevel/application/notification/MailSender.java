package org.servicelevel.application.notification;

/** Sends plain-text e-mail; implemented in {@code infrastructure.mail} over SMTP. */
public interface MailSender {

    /** The mail server refused or could not be reached; the message says why, for the outbox. */
    final class SendFailure extends Exception {

        public SendFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether a mail server is configured; without one, notifications wait in the outbox. */
    boolean configured();

    void send(String to, String subject, String body) throws SendFailure;
}
