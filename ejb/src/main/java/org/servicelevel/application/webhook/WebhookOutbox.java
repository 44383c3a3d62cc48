package org.servicelevel.application.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.servicelevel.domain.model.webhook.WebhookDelivery;
import org.servicelevel.domain.model.webhook.WebhookDeliveryRepository;
import org.servicelevel.domain.model.webhook.WebhookEventType;
import org.servicelevel.domain.model.webhook.WebhookSubscription;
import org.servicelevel.domain.model.webhook.WebhookSubscriptionRepository;

/**
 * Publishes events to webhooks from inside the publishing service's transaction: each event becomes
 * one delivery per active subscription to its type (and customer), stored in that transaction, so a
 * delivery exists exactly when the change it reports does. Delivery starts after the transaction
 * commits, on other threads: a slow or dead receiver never holds up the change. The types are the
 * constants of {@link WebhookEventType}.
 */
@Dependent
public class WebhookOutbox {

    /** Fired once per transaction that queued deliveries; delivery starts after it commits. */
    public record Queued(String type, String subject) {
    }

    @Inject
    private WebhookSubscriptionRepository subscriptions;

    @Inject
    private WebhookDeliveryRepository deliveries;

    @Inject
    private Event<Queued> queued;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    /**
     * Queues the event for every active subscription to its type (and customer); delivery starts after commit.
     *
     * @param type         one of {@link WebhookEventType#ALL}, e.g. {@code ticket.created}
     * @param subject      what the event is about, e.g. the ticket number (the CloudEvents {@code subject})
     * @param customerCode the customer whose ticket it is; {@code null} reaches only subscriptions without a customer
     * @param data         the event's {@code data}
     */
    public void publish(String type, String subject, String customerCode, JsonObject data) {
        publish(type, subject, customerCode, () -> data);
    }

    /**
     * As {@link #publish(String, String, String, JsonObject)}, building the event's {@code data} only
     * when some subscription is to receive it.
     */
    public void publish(String type, String subject, String customerCode, Supplier<JsonObject> data) {
        if (!WebhookEventType.isKnown(type)) {
            throw new IllegalArgumentException("'" + type + "' is not a webhook event type of " + WebhookEventType.ALL);
        }
        List<WebhookSubscription> targets = subscribers(type, customerCode);
        if (targets.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        String event = CloudEvents.structured(id, WebhookSettings.source(), type, subject, now, data.get());
        for (WebhookSubscription target : targets) {
            deliveries.store(new WebhookDelivery(target.id(), id, type, subject, event, now));
        }
        if (transaction.getResource(Queued.class) == null) {
            transaction.putResource(Queued.class, Boolean.TRUE);
            queued.fire(new Queued(type, subject));
        }
    }

    /**
     * The active subscriptions to the type (and customer), read once per transaction for each: a
     * transaction that fires many escalation steps publishes many events of one type.
     */
    private List<WebhookSubscription> subscribers(String type, String customerCode) {
        @SuppressWarnings("unchecked")
        Map<List<String>, List<WebhookSubscription>> known =
                (Map<List<String>, List<WebhookSubscription>>) transaction.getResource(KnownSubscribers.class);
        if (known == null) {
            known = new HashMap<>();
            transaction.putResource(KnownSubscribers.class, known);
        }
        return known.computeIfAbsent(Arrays.asList(type, customerCode),
                key -> subscriptions.findActiveFor(type, customerCode));
    }

    /** The key of the transaction's subscriptions read so far. */
    private static final class KnownSubscribers {
    }
}
