package org.servicelevel.application.webhook.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.application.webhook.WebhookSender;
import org.servicelevel.domain.model.webhook.WebhookSignature;
import org.servicelevel.domain.model.webhook.WebhookSubscription;

/**
 * Runs deliveries on this member, after the transactions that queued them commit and when the timer
 * finds due ones. Each subscription has one lane: a task that makes the subscription's due attempts
 * one after another, so a receiver that hangs until the read timeout holds up its own deliveries and
 * no other receiver's; an attempt that got no answer ends the lane, leaving the receiver's other due
 * deliveries for its retry, so a dead receiver with a backlog costs one timeout a round, not one per
 * delivery. A failed attempt schedules its subscription's lane again for when the next
 * attempt is due; the timer catches whatever this member did not (a restart, another member's work).
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** The header naming the delivery, the same on every attempt of it. */
    public static final String DELIVERY_HEADER = "X-ServiceLevel-Delivery";
    private static final int BATCH = 20;

    @Resource(lookup = WebhookDispatch.EXECUTOR)
    private ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private WebhookDispatch dispatch;

    @Inject
    private WebhookSender sender;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    /** Subscriptions whose lane is running on this member. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    /** Subscriptions asked for while their lane was running: the lane looks again before it ends. */
    private final Set<Long> askedAgain = ConcurrentHashMap.newKeySet();

    /** Starts, in the background, the lanes of every subscription with due deliveries. */
    public void deliverDueSoon() {
        try {
            executor.execute(this::deliverDue);
        } catch (RejectedExecutionException e) {
            log.warning(() -> "Webhook delivery not started now (" + e.getMessage() + "); the timer will");
        }
    }

    /** Starts the lanes of every subscription with due deliveries. */
    public void deliverDue() {
        for (long subscription : dispatch.dueSubscriptions()) {
            start(subscription);
        }
    }

    private void start(long subscription) {
        if (!running.add(subscription)) {
            askedAgain.add(subscription);
            return;
        }
        try {
            executor.execute(() -> lane(subscription));
        } catch (RejectedExecutionException e) {
            running.remove(subscription);
            log.warning(() -> "Webhook deliveries of subscription " + subscription + " not started now ("
                    + e.getMessage() + "); the timer will");
        }
    }

    private void lane(long subscription) {
        try {
            List<Long> due;
            do {
                askedAgain.remove(subscription);
                due = dispatch.dueOf(subscription, BATCH);
                for (long delivery : due) {
                    if (!attempt(subscription, delivery)) {
                        // no answer (refused, timed out): its other due deliveries wait for its retry, so a
                        // dead receiver with a backlog holds a thread for one timeout, not one per delivery
                        return;
                    }
                }
            } while (!due.isEmpty() || askedAgain.contains(subscription));
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Webhook deliveries of subscription " + subscription + " stopped; the timer resumes them", e);
        } finally {
            running.remove(subscription);
        }
        if (askedAgain.remove(subscription)) {
            start(subscription);
        }
    }

    /** Makes one attempt of the delivery, if it is still due; false when the receiver gave no answer. */
    private boolean attempt(long subscription, long delivery) {
        Optional<WebhookDispatch.Attempt> claimed = dispatch.claim(delivery);
        if (claimed.isEmpty()) {
            return true;
        }
        WebhookDispatch.Attempt attempt = claimed.get();
        Integer status = null;
        String error = null;
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(WebhookSignature.HEADER, WebhookSignature.header(attempt.secret(), clock.instant(), attempt.payload()));
            headers.put(DELIVERY_HEADER, Long.toString(attempt.deliveryId()));
            status = sender.post(URI.create(attempt.url()), attempt.payload(), headers);
        } catch (WebhookSender.SendFailure e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Webhook delivery " + delivery + " to "
                    + WebhookSubscription.receiverOf(attempt.url()) + " failed", e);
            error = "The delivery failed inside ServiceLevel; see the server log at " + clock.instant();
        }
        Optional<Instant> retry = dispatch.record(attempt, status, error);
        retry.ifPresent(next -> retryAt(subscription, next));
        return status != null;
    }

    private void retryAt(long subscription, Instant next) {
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis()) + 50;
        try {
            scheduler.schedule(() -> start(subscription), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.fine(() -> "Retry of subscription " + subscription + " left to the timer: " + e.getMessage());
        }
    }
}
