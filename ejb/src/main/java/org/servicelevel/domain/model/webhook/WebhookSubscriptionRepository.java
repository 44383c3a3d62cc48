package org.servicelevel.domain.model.webhook;

import java.util.List;
import java.util.Optional;

/** Stores and finds webhook subscriptions. */
public interface WebhookSubscriptionRepository {

    Optional<WebhookSubscription> findById(long id);

    List<WebhookSubscription> findAll();

    /**
     * The active subscriptions to {@code type} that take events of {@code customerCode}'s tickets (or, if
     * null, of no customer's), as stored: the transaction publishing an event does not change
     * subscriptions, so nothing it has not written yet is flushed for the lookup.
     */
    List<WebhookSubscription> findActiveFor(String type, String customerCode);

    WebhookSubscription store(WebhookSubscription subscription);

    /** Removes the subscription with its deliveries. */
    void remove(WebhookSubscription subscription);
}
