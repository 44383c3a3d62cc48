package org.servicelevel.domain.model.webhook;

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
import java.util.regex.Pattern;
import org.servicelevel.domain.ConflictException;

/**
 * One event on its way to one subscription: the CloudEvent as it is sent on every attempt (same
 * event id each time), and how its attempts went. It is written in the transaction of the event, so
 * it exists exactly when the event does. An attempt is claimed before it is made (attempts counted,
 * {@code claimed_until} set by a conditional update), so it is made once however many members or
 * triggers race for it; its outcome then moves the delivery on: a 2xx delivers it, anything else
 * schedules the next attempt after a growing pause, until the last attempt makes it dead.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = "WebhookDelivery.findDueSubscriptions", query = "SELECT DISTINCT d.subscriptionId FROM WebhookDelivery d"
        + " WHERE d.state IN :queued AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
@NamedQuery(name = "WebhookDelivery.findDueOf", query = "SELECT d.id FROM WebhookDelivery d WHERE d.subscriptionId = :subscription"
        + " AND d.state IN :queued AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)"
        + " ORDER BY d.nextAttemptAt, d.id")
@NamedQuery(name = "WebhookDelivery.findOf", query = "SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :subscription"
        + " ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = "WebhookDelivery.countOf", query = "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.subscriptionId = :subscription")
@NamedQuery(name = "WebhookDelivery.deleteOf", query = "DELETE FROM WebhookDelivery d WHERE d.subscriptionId = :subscription")
public class WebhookDelivery {

    /** Java type names (java.net.ConnectException) are not for receivers' operators. */
    private static final Pattern JAVA_TYPE = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)?:?\\s*");
    private static final int MAX_ERROR = 1000;

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false, length = 60)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 60)
    private String eventType;

    @Column(length = 200)
    private String subject;

    @Column(nullable = false, length = 60000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    /** A delivery of the event {@code eventId} (its CloudEvent JSON is {@code payload}), due at once. */
    public WebhookDelivery(long subscriptionId, String eventId, String eventType, String subject, String payload,
                           Instant createdAt) {
        this.subscriptionId = subscriptionId;
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.subject = subject == null || subject.length() <= 200 ? subject : subject.substring(0, 197) + "...";
        this.payload = Objects.requireNonNull(payload, "payload");
        if (payload.length() > 60000) {
            throw new IllegalArgumentException("An event of " + payload.length() + " characters is over 60000");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = createdAt;
    }

    /** Records that the attempt just made was answered with the 2xx {@code status}. */
    public void delivered(int status, Instant at) {
        state = DeliveryState.DELIVERED;
        lastStatus = status;
        lastError = null;
        deliveredAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /**
     * Records that the attempt just made failed, answered with {@code status} (null when there was no
     * answer) or with {@code error}: it is tried again after the policy's pause, or is dead when it had
     * its last attempt.
     */
    public void failed(Integer status, String error, Instant at, RetryPolicy policy) {
        lastStatus = status;
        lastError = readable(error);
        claimedUntil = null;
        if (policy.exhausted(attempts)) {
            state = DeliveryState.DEAD;
            nextAttemptAt = null;
        } else {
            state = DeliveryState.FAILED;
            nextAttemptAt = at.plus(policy.pauseAfter(attempts));
        }
    }

    /** Queues the delivery again, as a new series of attempts of the same event; only one that is not queued. */
    public void redeliver(Instant at) {
        if (state.queued()) {
            throw new ConflictException("Delivery " + id + " is " + state + " and will be attempted"
                    + (nextAttemptAt == null ? "" : " at " + nextAttemptAt) + "; redeliver it once it is delivered or dead");
        }
        state = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = at;
        claimedUntil = null;
        deliveredAt = null;
    }

    /** An error text for people: without Java type names, at most 1000 characters. */
    static String readable(String error) {
        String text = error == null || error.isBlank() ? null : JAVA_TYPE.matcher(error).replaceAll("").strip();
        if (text == null || text.isEmpty()) {
            return error == null || error.isBlank() ? null : "The receiver could not be reached";
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR - 3) + "..." : text;
    }

    public Long id() {
        return id;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String subject() {
        return subject;
    }

    public String payload() {
        return payload;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Integer> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }
}
