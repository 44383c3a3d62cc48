package org.servicelevel.application.notification;

import java.time.Instant;
import java.util.List;

/**
 * The outbox of e-mail notifications: what was queued, what was delivered, and delivery itself. A
 * queued notification is delivered right after the transaction that queued it commits, and a
 * minute timer retries failed deliveries with growing pauses.
 */
public interface NotificationService {

    /** One notification as the outbox keeps it. */
    record NotificationDetails(long id, String kind, String reference, String recipient, String subject, String body,
                               Instant createdAt, Instant sentAt, int attempts, String lastError, Instant nextTryAt) {
    }

    /** What one delivery run did. */
    record DeliveryRun(int delivered, int failed, boolean mailConfigured) {
    }

    /** The latest notifications, newest first. */
    List<NotificationDetails> recent(int max);

    /** Delivers every notification whose next try is due. */
    DeliveryRun deliverDue();
}
