package org.servicelevel.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail the mail channel processed, and what it became. Its Message-ID is unique and the record is
 * written in the transaction of the ticket or comment the message produced: a message read again (a
 * second copy, a crash before it was marked seen, two cluster members polling one mailbox) finds the
 * record, or collides with it, and changes nothing.
 *
 * <p>A rejected message (unknown sender, another organisation's ticket, no agreement for it) keeps its
 * text and the reason, so nothing a customer wrote is lost and an administrator can act on it.
 */
@Entity
@Table(name = "inbound_mail")
@NamedQuery(name = "InboundMail.findByMessageId", query = "SELECT m FROM InboundMail m WHERE m.messageId = :messageId")
@NamedQuery(name = "InboundMail.findByOutcome", query = "SELECT m FROM InboundMail m WHERE m.outcome = :outcome"
        + " ORDER BY m.processedAt DESC, m.id DESC")
@NamedQuery(name = "InboundMail.deleteByOutcomeProcessedBefore",
        query = "DELETE FROM InboundMail m WHERE m.outcome = :outcome AND m.processedAt < :before")
public class InboundMail {

    /** What a message became. */
    public enum Outcome {
        TICKET_CREATED, COMMENTED, REJECTED
    }

    private static final int MAX_TEXT = 8000;

    @Id
    @SequenceGenerator(name = "inbound_mail_seq", sequenceName = "inbound_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "message_id", nullable = false, unique = true, length = 998)
    private String messageId;

    @Column(nullable = false, length = 320)
    private String sender;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(length = 100)
    private String actor;

    @Column(length = 1000)
    private String reason;

    @Column(length = MAX_TEXT)
    private String text;

    protected InboundMail() {
    }

    private InboundMail(String messageId, String sender, String subject, Instant receivedAt, Instant processedAt,
                        Outcome outcome) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        if (messageId.isBlank() || messageId.length() > 998) {
            throw new IllegalArgumentException("A Message-ID has 1 to 998 characters");
        }
        this.sender = shortened(sender == null ? "" : sender.strip(), 320);
        this.subject = shortened(subject == null ? "" : subject.strip(), 300);
        this.receivedAt = receivedAt;
        this.processedAt = Objects.requireNonNull(processedAt, "processedAt");
        this.outcome = outcome;
    }

    /** A message that became ticket {@code ticketNumber}, registered by {@code actor}. */
    public static InboundMail ticketCreated(String messageId, String sender, String subject, Instant receivedAt,
                                            Instant processedAt, String ticketNumber, String actor) {
        InboundMail mail = new InboundMail(messageId, sender, subject, receivedAt, processedAt, Outcome.TICKET_CREATED);
        mail.ticketNumber = Objects.requireNonNull(ticketNumber, "ticketNumber");
        mail.actor = actor;
        return mail;
    }

    /** A reply that became a comment by {@code actor} on ticket {@code ticketNumber}. */
    public static InboundMail commented(String messageId, String sender, String subject, Instant receivedAt,
                                        Instant processedAt, String ticketNumber, String actor) {
        InboundMail mail = new InboundMail(messageId, sender, subject, receivedAt, processedAt, Outcome.COMMENTED);
        mail.ticketNumber = Objects.requireNonNull(ticketNumber, "ticketNumber");
        mail.actor = actor;
        return mail;
    }

    /**
     * A message that became neither: kept with its text and the reason, and the ticket it named if it
     * was a reply.
     */
    public static InboundMail rejected(String messageId, String sender, String subject, Instant receivedAt,
                                       Instant processedAt, String text, String reason, String ticketNumber) {
        InboundMail mail = new InboundMail(messageId, sender, subject, receivedAt, processedAt, Outcome.REJECTED);
        mail.reason = shortened(Objects.requireNonNull(reason, "reason"), 1000);
        mail.text = text == null ? null : shortened(text, MAX_TEXT);
        mail.ticketNumber = ticketNumber;
        return mail;
    }

    private static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public Optional<Instant> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    public Instant processedAt() {
        return processedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<String> ticketNumber() {
        return Optional.ofNullable(ticketNumber);
    }

    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundMail other && messageId.equals(other.messageId);
    }

    @Override
    public int hashCode() {
        return messageId.hashCode();
    }

    @Override
    public String toString() {
        return "mail " + messageId + " from " + sender;
    }
}
