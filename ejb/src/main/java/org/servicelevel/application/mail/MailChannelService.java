package org.servicelevel.application.mail;

import java.time.Instant;
import java.util.List;

/**
 * The mail channel: customers open tickets and comment on them by e-mail. Each unseen message of the
 * configured IMAP mailbox is processed once, in its own transaction: a subject naming a ticket in
 * brackets ({@code [T-000123]}) makes it a comment on that ticket, any other message a new ticket of the
 * sender's organisation with channel EMAIL. What cannot be either is kept as a rejection for
 * administrators.
 */
public interface MailChannelService {

    /**
     * What one look into the mailbox did: whether a mailbox is configured, how many messages it handled,
     * and the error that stopped it.
     */
    record Poll(boolean configured, int processed, String error) {
    }

    /** A message that became neither a ticket nor a comment, with its text and the reason. */
    record RejectedMail(long id, String messageId, String sender, String subject, String text, String ticket,
                        Instant receivedAt, Instant rejectedAt, String reason) {
    }

    /** Processes the unseen messages of the mailbox; a mailbox that cannot be reached is reported, not thrown. */
    Poll pollMailbox();

    /** The latest rejected messages, newest first. */
    List<RejectedMail> rejections(int max);

    /**
     * Deletes one rejected message, once an administrator has dealt with it.
     *
     * @throws org.servicelevel.domain.NotFoundException if there is no rejected message with that id
     */
    void dismissRejection(long id);

    /** Deletes the rejected messages recorded before the instant; returns how many. */
    int purgeRejections(Instant before);

    /**
     * Deletes the rejected messages older than {@code servicelevel.mail.rejection-retention-days} (default
     * 30; 0 or less keeps them all), as a help desk's spam folder empties itself; returns how many.
     */
    int purgeExpiredRejections();
}
