package org.servicelevel.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.notification.NotificationRepository;

/**
 * Queues notifications in the caller's transaction and asks for their delivery once it commits: a
 * notification exists exactly when the event it reports does.
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

    void queue(Notification notification) {
        notifications.store(notification);
        queued.fire(new Queued(notification.kind(), notification.reference()));
    }
}
