package org.servicelevel.application.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.notification.NotificationRepository;

/**
 * Queues notifications in the caller's transaction and asks for their delivery once it commits: a
 * notification exists exactly when the event it reports does. However many a transaction queues,
 * delivery is asked for once.
 */
@Dependent
public class NotificationOutbox {

    /** Fired when a notification was queued; delivery starts after the transaction commits. */
    public record Queued(String kind, String reference) {
    }

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Event<Queued> queued;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    public void queue(Notification notification) {
        notifications.store(notification);
        if (transaction.getResource(Queued.class) == null) {
            transaction.putResource(Queued.class, Boolean.TRUE);
            queued.fire(new Queued(notification.kind(), notification.reference()));
        }
    }
}
