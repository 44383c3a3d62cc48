package org.servicelevel.application.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.servicelevel.application.notification.NotificationOutbox;

/** Starts delivery of queued notifications in the background once the transaction that queued them commits. */
@ApplicationScoped
public class DeliveryTrigger {

    @Inject
    private NotificationDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationOutbox.Queued queued) {
        delivery.deliverSoon();
    }
}
