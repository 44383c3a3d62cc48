package org.servicelevel.application.mail;

import java.time.Instant;

/**
 * An e-mail as the mailbox hands it to the mail channel: its Message-ID (derived from its content when
 * it has none), the sender's address and name, the subject, the plain text, when the mailbox received
 * it, when its text could not be read, why ({@code unreadable}, otherwise null), and, when a program
 * rather than a person sent it (an out-of-office reply, a bounce), the header that says so ({@code
 * automatic}, otherwise null).
 */
public record IncomingMail(String messageId, String from, String fromName, String subject, String text,
                           Instant receivedAt, String unreadable, String automatic) {
}
