package org.servicelevel.application.webhook.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.webhook.WebhookSettings;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.webhook.DeliveryState;
import org.servicelevel.domain.model.webhook.WebhookDelivery;
import org.servicelevel.domain.model.webhook.WebhookDeliveryRepository;
import org.servicelevel.domain.model.webhook.WebhookSubscription;
import org.servicelevel.domain.model.webhook.WebhookSubscriptionRepository;

/**
 * The transactional steps of delivering a webhook event, each in a transaction of its own and none
 * around the HTTP call: which deliveries are due, claiming one attempt (a conditional update, so an
 * attempt is made once however many threads or members race for it), and recording its outcome.
 * Open to every caller because the after-commit trigger of any caller's transaction and the timer
 * call it; it runs as the system identity. Defines the executor deliveries run on.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
@ManagedExecutorDefinition(name = WebhookDispatch.EXECUTOR, maxAsync = WebhookDispatch.THREADS)
public class WebhookDispatch {

    /** The executor of deliveries: one lane (task) per subscription at a time. */
    static final String EXECUTOR = "java:app/concurrent/webhook-delivery";
    static final int THREADS = 8;

    /** One attempt, claimed: where to send what, signed with which secret (public: it crosses the bean's proxy). */
    public record Attempt(long deliveryId, long subscriptionId, String url, String secret, String payload, int attempt,
                          String eventType) {
    }

    @Inject
    private WebhookDeliveryRepository deliveries;

    @Inject
    private WebhookSubscriptionRepository subscriptions;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    public List<Long> dueSubscriptions() {
        return deliveries.findDueSubscriptions(clock.instant());
    }

    public List<Long> dueOf(long subscriptionId, int max) {
        return deliveries.findDueOf(subscriptionId, clock.instant(), max);
    }

    /** The next attempt of the delivery, if this caller claimed it; empty if it is not due or someone else has it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Attempt> claim(long deliveryId) {
        Instant now = clock.instant();
        Instant until = now.plus(WebhookSettings.connectTimeout()).plus(WebhookSettings.readTimeout()).plusSeconds(60);
        if (!deliveries.claim(deliveryId, now, until)) {
            return Optional.empty();
        }
        WebhookDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
        Optional<WebhookSubscription> subscription = subscriptions.findById(delivery.subscriptionId());
        if (subscription.isEmpty()) {
            return Optional.empty();
        }
        WebhookSubscription s = subscription.get();
        return Optional.of(new Attempt(deliveryId, s.id(), s.url(), s.secret(), delivery.payload(), delivery.attempts(),
                delivery.eventType()));
    }

    /**
     * Records the outcome of the attempt just made: a 2xx {@code status} delivers it, anything else
     * (another status, or no answer and {@code error}) fails it. The instant of the next attempt, if
     * there is one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> record(Attempt attempt, Integer status, String error) {
        WebhookDelivery delivery = deliveries.findById(attempt.deliveryId()).orElse(null);
        if (delivery == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (status != null && status >= 200 && status <= 299) {
            delivery.delivered(status, now);
            log.info(() -> "Webhook event " + delivery.eventId() + " (" + delivery.eventType() + ") delivered to "
                    + WebhookSubscription.receiverOf(attempt.url()) + " at attempt " + delivery.attempts());
            return Optional.empty();
        }
        delivery.failed(status, status != null ? "The receiver answered " + status : error, now,
                WebhookSettings.retryPolicy());
        if (delivery.state() == DeliveryState.DEAD) {
            log.warning(() -> "Webhook event " + delivery.eventId() + " (" + delivery.eventType() + ") to " + attempt.url()
                    + " given up after " + delivery.attempts() + " attempts: " + delivery.lastError().orElse(""));
        } else {
            log.info(() -> "Webhook event " + delivery.eventId() + " to "
                    + WebhookSubscription.receiverOf(attempt.url()) + " failed at attempt "
                    + delivery.attempts() + " (" + delivery.lastError().orElse("") + "); next at "
                    + delivery.nextAttemptAt().orElse(null));
        }
        return delivery.nextAttemptAt();
    }
}
