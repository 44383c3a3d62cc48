package org.servicelevel.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail to send: what it is about ({@code kind} and {@code reference}, e.g. a review reminder of
 * agreement SLA-ACME-2026), to whom, and its text. It is written in the transaction of the event it
 * reports, so it exists exactly when the event does, and delivered afterwards. A failed delivery is
 * retried with growing pauses (1, 2, 4 ... minutes, at most an hour); the last error is kept.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.findDue", query = "SELECT n.id FROM Notification n WHERE n.sentAt IS NULL"
        + " AND (n.nextTryAt IS NULL OR n.nextTryAt <= :now) ORDER BY n.createdAt")
@NamedQuery(name = "Notification.findRecent", query = "SELECT n FROM Notification n ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notification.findByReference", query = "SELECT n FROM Notification n WHERE n.kind = :kind"
        + " AND n.reference = :reference ORDER BY n.createdAt")
public class Notification {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 200)
    private String reference;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_try_at")
    private Instant nextTryAt;

    protected Notification() {
    }

    public Notification(String kind, String reference, String recipient, String subject, String body, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reference = Objects.requireNonNull(reference, "reference");
        if (recipient == null || !ADDRESS.matcher(recipient.strip()).matches()) {
            throw new IllegalArgumentException("'" + recipient + "' is not an e-mail address");
        }
        this.recipient = recipient.strip();
        this.subject = subject.length() > 300 ? subject.substring(0, 297) + "..." : subject;
        this.body = body.length() > 8000 ? body.substring(0, 7997) + "..." : body;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Records a successful delivery. */
    public void delivered(Instant at) {
        sentAt = at;
        attempts++;
        lastError = null;
        nextTryAt = null;
    }

    /** Records a failed delivery and when to try again. */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 997) + "..." : error;
        long minutes = 1L << Math.min(attempts - 1, 6);
        Duration pause = Duration.ofMinutes(minutes);
        nextTryAt = at.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> nextTryAt() {
        return Optional.ofNullable(nextTryAt);
    }
}
