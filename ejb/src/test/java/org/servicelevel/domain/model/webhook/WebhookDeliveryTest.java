package org.servicelevel.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);

    private static WebhookDelivery delivery() {
        return new WebhookDelivery(7, "e-1", "ticket.created", "T-1", "{}", NOW);
    }

    /** What the claim's conditional update does in the database: count the attempt. */
    private static void claim(WebhookDelivery d) throws ReflectiveOperationException {
        Field attempts = WebhookDelivery.class.getDeclaredField("attempts");
        attempts.setAccessible(true);
        attempts.setInt(d, d.attempts() + 1);
    }

    @Test
    void aNewDeliveryIsPendingAndDueAtOnce() {
        WebhookDelivery d = delivery();
        assertEquals(DeliveryState.PENDING, d.state());
        assertEquals(Optional.of(NOW), d.nextAttemptAt());
    }

    @Test
    void failedAttemptsAreRetriedAfterGrowingPausesUntilTheLastMakesItDead() throws Exception {
        WebhookDelivery d = delivery();
        claim(d);
        d.failed(500, null, NOW, policy);
        assertEquals(DeliveryState.FAILED, d.state());
        assertEquals(Optional.of(NOW.plusSeconds(30)), d.nextAttemptAt());
        claim(d);
        d.failed(null, "Connection refused by 127.0.0.1:9", NOW, policy);
        assertEquals(Optional.of(NOW.plusSeconds(60)), d.nextAttemptAt());
        assertEquals(Optional.empty(), d.lastStatus());
        claim(d);
        d.failed(503, null, NOW, policy);
        assertEquals(DeliveryState.DEAD, d.state());
        assertEquals(Optional.empty(), d.nextAttemptAt());
        assertEquals(3, d.attempts());
    }

    @Test
    void aDeliveredOrDeadDeliveryIsQueuedAgainAsANewSeriesAndAQueuedOneIsNot() throws Exception {
        WebhookDelivery d = delivery();
        assertThrows(ConflictException.class, () -> d.redeliver(NOW));
        claim(d);
        d.delivered(204, NOW);
        assertEquals(DeliveryState.DELIVERED, d.state());
        d.redeliver(NOW.plusSeconds(5));
        assertEquals(DeliveryState.PENDING, d.state());
        assertEquals(0, d.attempts());
        assertEquals("e-1", d.eventId());
        assertEquals(Optional.empty(), d.deliveredAt());
    }

    @Test
    void errorTextsNameNoJavaTypes() {
        assertEquals("Connection refused", WebhookDelivery.readable("java.net.ConnectException: Connection refused"));
        assertEquals("No answer within the read timeout of 10 s",
                WebhookDelivery.readable("No answer within the read timeout of 10 s"));
        assertTrue(WebhookDelivery.readable("x".repeat(5000)).length() <= 1000);
        assertEquals("The receiver could not be reached", WebhookDelivery.readable("javax.net.ssl.SSLHandshakeException"));
    }
}
