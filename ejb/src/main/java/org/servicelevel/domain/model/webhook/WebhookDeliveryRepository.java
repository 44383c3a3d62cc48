package org.servicelevel.domain.model.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of webhook deliveries. */
public interface WebhookDeliveryRepository {

    /** One page of a subscription's deliveries, newest first. */
    record Page(List<WebhookDelivery> deliveries, long total) {
    }

    void store(WebhookDelivery delivery);

    Optional<WebhookDelivery> findById(long id);

    Page findOf(long subscriptionId, int offset, int limit);

    /** The subscriptions that have a delivery whose next attempt is due and not claimed. */
    List<Long> findDueSubscriptions(Instant now);

    /** Ids of a subscription's deliveries whose next attempt is due and not claimed, the earliest first. */
    List<Long> findDueOf(long subscriptionId, Instant now, int max);

    /**
     * Claims the next attempt of a due, unclaimed delivery until {@code until}, counting the attempt:
     * whether this caller got it. A conditional update, so of any number of racing callers exactly one
     * does; a claim outlives a crash only until {@code until}.
     */
    boolean claim(long id, Instant now, Instant until);
}
