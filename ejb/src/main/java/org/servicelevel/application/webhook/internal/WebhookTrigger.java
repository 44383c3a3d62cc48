package org.servicelevel.application.webhook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.servicelevel.application.webhook.WebhookOutbox;

/** Starts delivery of queued webhook events in the background once the transaction that queued them commits. */
@ApplicationScoped
public class WebhookTrigger {

    @Inject
    private WebhookDispatcher dispatcher;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookOutbox.Queued queued) {
        dispatcher.deliverDueSoon();
    }
}
