package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 and a random port, as an integration would run one: it records every
 * request (body, signature, delivery id, content type) and answers with the status its rule gives the
 * n-th request, optionally after a pause. Each request is handled on a thread of its own.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String body, JsonObject event, String signature, String delivery, String contentType) {

        String subject() {
            return event.getString("subject", null);
        }

        String type() {
            return event.getString("type");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "webhook-receiver");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final IntUnaryOperator status;
    private final Duration pause;

    /** Answers the n-th request (from 1) with {@code status.applyAsInt(n)} after {@code pause}. */
    WebhookReceiver(IntUnaryOperator status, Duration pause) {
        this.status = status;
        this.pause = pause;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/hook", this::handle);
        server.start();
    }

    /** A receiver that answers every request at once with 200. */
    static WebhookReceiver ok() {
        return new WebhookReceiver(n -> 200, Duration.ZERO);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        int n = started.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(body, Api.object(body), exchange.getRequestHeaders().getFirst("X-ServiceLevel-Signature"),
                exchange.getRequestHeaders().getFirst("X-ServiceLevel-Delivery"),
                exchange.getRequestHeaders().getFirst("Content-Type")));
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status.applyAsInt(n), answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
        answered.incrementAndGet();
    }

    /** The requests about {@code subject} (a ticket number), in the order they came. */
    List<Received> about(String subject) {
        return received.stream().filter(r -> subject.equals(r.subject())).toList();
    }

    /** Requests that came in, answered or not. */
    int started() {
        return started.get();
    }

    /** Requests answered. */
    int answered() {
        return answered.get();
    }

    /** Waits up to 60 s for {@code condition}. */
    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited 60 s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Checks a request as a receiver should: a CloudEvent, signed with {@code secret} over its raw body. */
    static void assertSignedCloudEvent(Received r, String secret) {
        assertEquals("application/cloudevents+json", r.contentType());
        assertEquals("1.0", r.event().getString("specversion"));
        assertEquals("application/json", r.event().getString("datacontenttype"));
        assertTrue(r.event().getString("source").startsWith("/servicelevel"), r.body());
        assertTrue(r.delivery() != null && r.delivery().matches("\\d+"), "X-ServiceLevel-Delivery: " + r.delivery());
        assertTrue(r.signature() != null && r.signature().matches("t=\\d+,v1=[0-9a-f]{64}"), r.signature());
        String t = r.signature().substring(2, r.signature().indexOf(','));
        String v1 = r.signature().substring(r.signature().indexOf("v1=") + 3);
        assertEquals(hmac(secret, t + "." + r.body()), v1, "the signature is the HMAC of t.body");
        long age = Instant.now().getEpochSecond() - Long.parseLong(t);
        assertTrue(age >= -5 && age < 300, "signed " + age + " s ago");
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
