package org.servicelevel.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

/** Webhook rules at the domain level against hostile input: event types, URLs, retries, dead letter, signature. */
class WebhookHostileInputTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SECRET = "0123456789abcdef";

    private static WebhookSubscription.Definition definition(String url, List<String> types) {
        return new WebhookSubscription.Definition(url, types, SECRET, true, null, null);
    }

    private static List<String> fieldsOf(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    /** {"eventTypes":["ticket.created", null]} passes StrictJson (null is allowed for a non-primitive). */
    @Test
    void aNullEventTypeIsA400NamingItsIndexNotANullPointer() {
        assertEquals(List.of("eventTypes[1]"), fieldsOf(() -> new WebhookSubscription(
                definition("https://hooks.example.com/x", Arrays.asList("ticket.created", null)), NOW)));
        assertEquals(List.of("eventTypes[0]"), fieldsOf(() -> new WebhookSubscription(
                definition("https://hooks.example.com/x", Arrays.asList((String) null)), NOW)));
    }

    /** A port outside 1..65535 is no URL a delivery can ever reach: it is refused on url. */
    @Test
    void aPortOutOfRangeIsRefusedOnUrl() {
        assertEquals(List.of("url"), fieldsOf(() -> new WebhookSubscription(
                definition("https://hooks.example.com:99999/x", List.of("ticket.created")), NOW)));
    }

    // ---- edges that hold ----

    @Test
    void urlAndTypeErrorsNameTheirField() {
        for (String url : List.of("http://exam_ple.com/", "https://example.com:99999999999/", "http://[::1/",
                "HTTPS:relative", "https:///nohost", " ")) {
            assertEquals(List.of("url"), fieldsOf(() -> new WebhookSubscription(definition(url,
                    List.of("ticket.created")), NOW)), url);
        }
        assertEquals(List.of("eventTypes[0]", "eventTypes[2]"), fieldsOf(() -> new WebhookSubscription(
                definition("https://example.com", List.of("sla.*", "ticket.created", "ticket.statusChanged")), NOW)));
        List<String> secretFields = fieldsOf(() -> new WebhookSubscription(new WebhookSubscription.Definition(
                "https://example.com", List.of("ticket.created"), "short", true, null, null), NOW));
        assertEquals(List.of("secret"), secretFields);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new WebhookSubscription(
                new WebhookSubscription.Definition("https://example.com", List.of("ticket.created"),
                        "s3cr3t-value-x", true, null, null), NOW));
        assertFalse(e.getMessage() != null && e.getMessage().contains("s3cr3t-value-x"), "secret echoed");
    }

    @Test
    void theDefaultScheduleGrowsAndIsCappedAndDeadAfterTheConfiguredAttempts() throws Exception {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8);
        List<Duration> pauses = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            pauses.add(policy.pauseAfter(i));
        }
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1)), pauses);
        // a delivery with max 3 attempts: failed, failed, dead
        RetryPolicy three = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);
        WebhookDelivery d = new WebhookDelivery(1, "e-1", "ticket.created", "T-1", "{}", NOW);
        Instant at = NOW;
        List<Instant> next = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            claim(d);
            d.failed(503, null, at, three);
            next.add(d.nextAttemptAt().orElse(null));
        }
        assertEquals(DeliveryState.DEAD, d.state());
        assertEquals(Arrays.asList(NOW.plusSeconds(30), NOW.plusSeconds(60), null), next);
        d.redeliver(NOW);
        assertEquals(DeliveryState.PENDING, d.state());
        assertEquals("e-1", d.eventId());
    }

    @Test
    void theSignatureCoversTheTimestamp() {
        String body = "{\"specversion\":\"1.0\"}";
        String header = WebhookSignature.header(SECRET, NOW, body);
        long t = NOW.getEpochSecond();
        String v1 = header.substring(header.indexOf("v1=") + 3);
        // the same v1 with a fresh timestamp (a replay with a moved t) must not verify
        String moved = "t=" + (t + 600) + ",v1=" + v1;
        assertFalse(WebhookSignature.verify(SECRET, moved, body, NOW.plusSeconds(600)));
        assertTrue(WebhookSignature.verify(SECRET, header, body, NOW.minusSeconds(299)), "clock skew either way");
        assertFalse(WebhookSignature.verify(SECRET, header, body, NOW.minusSeconds(301)));
        assertTrue(header.matches("t=\\d{10},v1=[0-9a-f]{64}"), header);
    }

    private static void claim(WebhookDelivery d) throws ReflectiveOperationException {
        Field attempts = WebhookDelivery.class.getDeclaredField("attempts");
        attempts.setAccessible(true);
        attempts.setInt(d, attempts.getInt(d) + 1);
    }
}
