package org.servicelevel.application.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.webhook.WebhookSender;

/**
 * "A slow or dead receiver never holds up another receiver": each subscription has its own lane on the
 * webhook executor, and an attempt that gets no answer ends its lane, so eight dead receivers with a
 * backlog of ten events each make one attempt each in a round (one timeout), not ten, while a healthy
 * ninth receiver gets its event and a receiver answering 500 goes on with its next delivery.
 */
class WebhookIsolationTest {

    private static final int DEAD = 8;
    private static final int BACKLOG = 10;

    private static void set(Object target, String name, Object value) throws Exception {
        Field f = WebhookDispatcher.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void aDeadReceiverMakesOneAttemptARoundAndTheOthersAreServed() throws Exception {
        // deliveries: subscription s (1..8 dead, 9 healthy, 10 answering 500) has ids s*100 + i
        Map<Long, Long> due = new ConcurrentHashMap<>();
        for (long s = 1; s <= DEAD; s++) {
            for (int i = 0; i < BACKLOG; i++) {
                due.put(s * 100 + i, s);
            }
        }
        due.put(900L, 9L);
        due.put(1000L, 10L);
        due.put(1001L, 10L);
        WebhookDispatch dispatch = new WebhookDispatch() {
            @Override
            public List<Long> dueSubscriptions() {
                return due.values().stream().distinct().sorted().toList();
            }

            @Override
            public List<Long> dueOf(long subscriptionId, int max) {
                return due.entrySet().stream().filter(e -> e.getValue() == subscriptionId).map(Map.Entry::getKey)
                        .sorted().limit(max).toList();
            }

            @Override
            public Optional<Attempt> claim(long deliveryId) {
                Long s = due.get(deliveryId);
                return s == null ? Optional.empty() : Optional.of(new Attempt(deliveryId, s,
                        "https://receiver-" + s + ".example.com/hook", "0123456789abcdef", "{}", 1, "ticket.created"));
            }

            @Override
            public Optional<Instant> record(Attempt attempt, Integer status, String error) {
                // a failed attempt is due again in 30 s: out of this round
                due.remove(attempt.deliveryId());
                return status != null && status / 100 == 2 ? Optional.empty() : Optional.of(Instant.now().plusSeconds(30));
            }
        };
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        WebhookSender sender = (url, body, headers) -> {
            attempts.computeIfAbsent(url.getHost(), h -> new AtomicInteger()).incrementAndGet();
            if (url.getHost().equals("receiver-9.example.com")) {
                return 204;
            }
            if (url.getHost().equals("receiver-10.example.com")) {
                return 500;
            }
            throw new WebhookSender.SendFailure("No connection within the connect timeout of 5 s", null);
        };
        ExecutorService pool = Executors.newFixedThreadPool(WebhookDispatch.THREADS);
        ManagedExecutorService executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (p, m, a) -> {
                    if (m.getName().equals("execute")) {
                        pool.execute((Runnable) a[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        ManagedScheduledExecutorService scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedScheduledExecutorService.class}, (p, m, a) -> null);
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        set(dispatcher, "executor", executor);
        set(dispatcher, "scheduler", scheduler);
        set(dispatcher, "dispatch", dispatch);
        set(dispatcher, "sender", sender);
        set(dispatcher, "clock", Clock.systemUTC());
        set(dispatcher, "log", Logger.getLogger("webhooks"));
        try {
            dispatcher.deliverDue();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the round ended");
        }
        for (long s = 1; s <= DEAD; s++) {
            assertEquals(1, attempts.get("receiver-" + s + ".example.com").get(), "dead receiver " + s);
            long left = s;
            assertEquals(BACKLOG - 1, due.values().stream().filter(v -> v == left).count(), "left for its retry");
        }
        assertEquals(1, attempts.get("receiver-9.example.com").get(), "the healthy receiver got its event");
        assertEquals(2, attempts.get("receiver-10.example.com").get(), "an answer, even 500, does not hold a thread");
    }
}
