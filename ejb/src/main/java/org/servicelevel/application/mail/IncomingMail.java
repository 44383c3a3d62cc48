package org.servicelevel.application.mail;

import java.time.Instant;
import java.util.Locale;

/**
 * An e-mail as the mailbox hands it to the mail channel: its Message-ID (derived from its content when
 * it has none), the sender's address and name, the subject, the plain text, when the mailbox received
 * it, when its text could not be read, why ({@code unreadable}, otherwise null), and, when a program
 * rather than a person sent it (an out-of-office reply, a bounce), the header that says so ({@code
 * automatic}, otherwise null).
 */
public record IncomingMail(String messageId, String from, String fromName, String subject, String text,
                           Instant receivedAt, String unreadable, String automatic) {

    /**
     * Whether a program sent it in answer to another message or in bulk (an out-of-office reply, another
     * help desk's acknowledgement, a bounce, mass mail): every automatic message except one a program
     * generated on its own, such as a monitoring system's alert ({@code Auto-Submitted: auto-generated}),
     * which may open a ticket like a person's message.
     */
    public boolean automaticAnswer() {
        return automatic != null && !automatic.toLowerCase(Locale.ROOT).startsWith("auto-submitted: auto-generated");
    }
}
