package org.servicelevel.application.webhook;

import java.time.Instant;
import java.util.List;
import org.servicelevel.application.AuditRecord;

/**
 * Webhook subscriptions and their delivery logs. Administrators, managers and integrations (whose own
 * callbacks they are) manage them; customers' users do not see them.
 */
public interface WebhookService {

    /** A new subscription or the whole of a changed one; {@code secret} may be left out of a change to keep it. */
    record WebhookChange(String url, List<String> eventTypes, String secret, Boolean active, String customer,
                         String description) {
    }

    /** A subscription as read: never its secret, only that it has one. */
    record WebhookDetails(long id, long version, String url, List<String> eventTypes, boolean secretSet, boolean active,
                          String customer, String description, Instant createdAt) {
    }

    /** One delivery of one event to the subscription: PENDING, DELIVERED, FAILED (to be retried) or DEAD. */
    record DeliveryDetails(long id, String eventId, String type, String subject, String state, int attempts,
                           Integer lastStatus, String lastError, Instant nextAttemptAt, Instant createdAt,
                           Instant deliveredAt) {
    }

    /** A page of a subscription's deliveries, newest first, and how many there are in all. */
    record DeliveryPage(List<DeliveryDetails> items, long total) {
    }

    List<WebhookDetails> list();

    WebhookDetails find(long id);

    WebhookDetails create(WebhookChange change);

    WebhookDetails update(long id, long expectedVersion, WebhookChange change);

    /** Deletes the subscription with its delivery log; queued deliveries are not sent. */
    void delete(long id, long expectedVersion);

    DeliveryPage deliveries(long id, int offset, int limit);

    /** Queues a delivered or dead delivery again: a new series of attempts of the same event (same id). */
    DeliveryDetails redeliver(long id, long deliveryId);

    List<AuditRecord> audit(long id);

    /** Starts delivering, in the background, every delivery whose next attempt is due (the timer's work). */
    void deliverDue();
}
