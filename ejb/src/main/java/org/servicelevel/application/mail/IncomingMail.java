package org.servicelevel.application.mail;

import java.time.Instant;

/**
 * An e-mail as the mailbox hands it to the mail channel: its Message-ID (derived from its content when
 * it has none), the sender's address and name, the subject, the plain text, when the mailbox received
 * it, and, when its text could not be read, why ({@code unreadable}, otherwise null).
 */
public record IncomingMail(String messageId, String from, String fromName, String subject, String text,
                           Instant receivedAt, String unreadable) {
}
