package org.servicelevel.application.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.ProductDocs;
import org.servicelevel.application.UnitTestConfig;
import org.servicelevel.application.escalation.ClockEscalated;
import org.servicelevel.application.ticket.TicketRegistered;
import org.servicelevel.application.ticket.TicketStatusChanged;
import org.servicelevel.application.webhook.WebhookSender;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.webhook.DeliveryState;
import org.servicelevel.domain.model.webhook.WebhookDelivery;
import org.servicelevel.domain.model.webhook.WebhookEventType;

/**
 * docs/webhooks.md as a receiver reads it, checked against the real outbox, ticket events, dispatch and
 * dispatcher: the signature computed from the documented recipe (and the documented Java and shell
 * snippets) on the body the product produced, the CloudEvents 1.0 attributes, the documented event
 * types and data fields, one id per event across subscriptions, retries and redelivery, the retry
 * schedule and the dead letter.
 */
class WebhookReceiverContractTest {

    private static final String SECRET = "9f2c4e1a7b3d5f60a8c2e4b6d8f0a1c3"; // like `openssl rand -hex 32` gives
    private static final String TITLE = "Drucker klemmt – Büro 2 ✓ \"Etage\"";

    private WebhookHarness hooks;

    @BeforeEach
    void setUp() {
        UnitTestConfig.install();
        UnitTestConfig.VALUES.clear();
        UnitTestConfig.VALUES.put("servicelevel.public-url", "https://sla.example.com/servicelevel/");
        hooks = new WebhookHarness(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @AfterEach
    void tearDown() {
        UnitTestConfig.VALUES.clear();
    }

    /** docs/webhooks.md, "Verifying the signature", the Java snippet exactly as printed. */
    static boolean verified(String secret, String header, byte[] body) throws GeneralSecurityException {
        Map<String, String> parts = Arrays.stream(header.split(","))
                .map(p -> p.strip().split("=", 2)).filter(p -> p.length == 2)
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a));
        long t = Long.parseLong(parts.getOrDefault("t", "0"));
        if (Math.abs(Instant.now().getEpochSecond() - t) > 300) {
            return false;                                         // older than 5 minutes: a replay
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, parts.getOrDefault("v1", "").getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether v1 is the HMAC of "t." + body under SECRET, whatever the time. */
    private static boolean signs(WebhookHarness.Post post) throws GeneralSecurityException {
        String header = post.headers().get("X-ServiceLevel-Signature");
        String t = header.substring(2, header.indexOf(','));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        return header.endsWith(",v1=" + HexFormat.of().formatHex(mac.doFinal(wire(post))));
    }

    /** The body as HttpWebhookSender writes it: the String's UTF-8 bytes. */
    private static byte[] wire(WebhookHarness.Post post) {
        return post.body().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private WebhookHarness.Post createdTicketPosted() {
        hooks.subscribe(1, "https://helpdesk.example.com/hooks/servicelevel", SECRET, WebhookHarness.ACME,
                "ticket.created", "ticket.status-changed", "sla.breached");
        hooks.ticket(TITLE);
        hooks.ticketWebhooks.registered(new TicketRegistered(42, "anna"));
        hooks.afterCommit();
        assertEquals(1, hooks.posts.size());
        return hooks.posts.get(0);
    }

    // ---- the signature ------------------------------------------------------------------------------

    @Test
    void aReceiverComputingTheDocumentedHmacItselfGetsV1() throws Exception {
        WebhookHarness.Post post = createdTicketPosted();
        String header = post.headers().get("X-ServiceLevel-Signature");
        Matcher m = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(header);
        assertTrue(m.matches(), "t=<unix seconds>,v1=<64 lowercase hex digits>: " + header);
        long t = Long.parseLong(m.group(1));
        assertEquals(post.at().getEpochSecond(), t, "t is the attempt's time in whole seconds (not milliseconds)");
        // the recipe: lowercase hex HMAC-SHA256, key = the secret as UTF-8, text = "<t>." + the raw body
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] raw = wire(post);
        byte[] signed = new byte[m.group(1).length() + 1 + raw.length];
        System.arraycopy((m.group(1) + ".").getBytes(StandardCharsets.US_ASCII), 0, signed, 0, m.group(1).length() + 1);
        System.arraycopy(raw, 0, signed, m.group(1).length() + 1, raw.length);
        assertEquals(HexFormat.of().formatHex(mac.doFinal(signed)), m.group(2));
        assertTrue(new String(raw, StandardCharsets.UTF_8).contains("Büro 2 ✓"),
                "non-ASCII is sent as UTF-8, unescaped");
    }

    @Test
    void theDocumentedJavaSnippetAcceptsTheDeliveryAndRejectsATamperedOne() throws Exception {
        WebhookHarness.Post post = createdTicketPosted();
        String header = post.headers().get("X-ServiceLevel-Signature");
        assertTrue(verified(SECRET, header, wire(post)));
        assertFalse(verified(SECRET, header, post.body().replace("T-000042", "T-000043")
                .getBytes(StandardCharsets.UTF_8)));
        assertFalse(verified("another secret of some length", header, wire(post)));
        String reparsed = json(post.body()).toString();
        assertEquals(post.body(), reparsed, "JSON-P re-serialises this body identically; the docs' warning stands");
    }

    @Test
    void theDocumentedShellRecipeGivesV1() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a shell");
        Process probe = new ProcessBuilder("/bin/sh", "-c", "command -v openssl").start();
        assumeTrue(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0, "openssl on the PATH");
        WebhookHarness.Post post = createdTicketPosted();
        String header = post.headers().get("X-ServiceLevel-Signature");
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        Path body = Files.createTempFile("body", ".json");
        try {
            Files.write(body, wire(post));
            ProcessBuilder shell = new ProcessBuilder("/bin/sh", "-c",
                    "{ printf '%s.' \"$t\"; cat \"$BODY\"; }"
                            + " | openssl dgst -sha256 -hmac \"$SECRET\" | sed 's/^.* //'");
            shell.environment().put("t", t);
            shell.environment().put("SECRET", SECRET);
            shell.environment().put("BODY", body.toString());
            shell.redirectErrorStream(true);
            Process p = shell.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            assertEquals(v1, out, "the output must equal v1");
        } finally {
            Files.deleteIfExists(body);
        }
    }

    @Test
    void everyAttemptIsSignedAnewWithAFreshTimestampOverTheSameBody() throws Exception {
        hooks.receiver = post -> 500;
        WebhookHarness.Post first = createdTicketPosted();
        hooks.clock.now = hooks.clock.now.plusSeconds(30);
        hooks.afterCommit();
        WebhookHarness.Post second = hooks.posts.get(1);
        assertEquals(first.body(), second.body());
        assertNotEquals(first.headers().get("X-ServiceLevel-Signature"),
                second.headers().get("X-ServiceLevel-Signature"));
        assertEquals("t=" + second.at().getEpochSecond(),
                second.headers().get("X-ServiceLevel-Signature").split(",")[0]);
    }

    // ---- the CloudEvent -----------------------------------------------------------------------------

    @Test
    void theBodyIsACloudEvent10InStructuredJsonMode() throws Exception {
        Instant published = hooks.clock.now;
        WebhookHarness.Post post = createdTicketPosted();
        JsonObject event = json(post.body());
        assertEquals("1.0", event.getString("specversion"));
        assertFalse(event.getString("id").isEmpty());
        String source = event.getString("source");
        assertEquals("/servicelevel", source, "the default of servicelevel.webhooks.source");
        new URI(source); // a URI-reference
        assertEquals("ticket.created", event.getString("type"));
        assertEquals("T-000042", event.getString("subject"));
        OffsetDateTime time = OffsetDateTime.parse(event.getString("time"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertTrue(event.getString("time").endsWith("Z"), "UTC");
        assertEquals(published, time.toInstant(), "when the change was written to the outbox");
        assertEquals("application/json", event.getString("datacontenttype"));
        assertEquals(JsonValue.ValueType.OBJECT, event.get("data").getValueType());
        assertFalse(event.containsKey("data_base64"));
        for (String attribute : event.keySet()) {
            assertTrue(attribute.matches("[a-z0-9]{1,20}"), "CloudEvents attribute names: " + attribute);
        }
        assertEquals(Set.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data"),
                event.keySet());
    }

    @Test
    void theSourceIsTheSettingSoInstallationsCanBeToldApart() {
        UnitTestConfig.VALUES.put("servicelevel.webhooks.source", " https://sla.example.com/servicelevel ");
        WebhookHarness.Post post = createdTicketPosted();
        assertEquals("https://sla.example.com/servicelevel", json(post.body()).getString("source"));
    }

    @Test
    void theDeliveryHeaderNamesTheDeliveryAsTheLogShowsIt() {
        WebhookHarness.Post post = createdTicketPosted();
        var log = hooks.service.deliveries(1, 0, 50);
        assertEquals(1, log.total());
        var logged = log.items().get(0);
        assertEquals(Long.toString(logged.id()), post.headers().get("X-ServiceLevel-Delivery"));
        assertEquals(json(post.body()).getString("id"), logged.eventId());
        assertEquals("ticket.created", logged.type());
        assertEquals("T-000042", logged.subject());
        assertEquals("DELIVERED", logged.state());
        assertEquals(1, logged.attempts());
        assertEquals(204, logged.lastStatus());
        assertEquals(null, logged.lastError());
        assertEquals(null, logged.nextAttemptAt());
    }

    // ---- event types and data -----------------------------------------------------------------------

    @Test
    void theEventTypesAreThoseTheDocsList() {
        String table = ProductDocs.section(ProductDocs.read("webhooks.md"), "## Event types");
        Set<String> documented = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|").matcher(table);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(new TreeSet<>(WebhookEventType.ALL), new TreeSet<>(documented));
    }

    @Test
    void ticketEventsCarryTheDataFieldsTheDocsList() {
        UnitTestConfig.VALUES.put("servicelevel.webhooks.source", "https://sla.example.com/servicelevel");
        hooks.subscribe(1, "https://helpdesk.example.com/hooks", SECRET, null,
                WebhookEventType.ALL.toArray(String[]::new));
        Ticket t = hooks.ticket("Printer jammed");
        hooks.ticketWebhooks.registered(new TicketRegistered(42, "anna"));
        hooks.newTransaction();
        t.transition(WebhookHarness.MODEL, "IN_PROGRESS", hooks.clock.now.plusSeconds(60), "anna", false, null, false);
        hooks.ticketWebhooks.statusChanged(new TicketStatusChanged(42, "NEW", "IN_PROGRESS", "anna"));
        hooks.newTransaction();
        t.transition(WebhookHarness.MODEL, "RESOLVED", hooks.clock.now.plusSeconds(120), "bob", false, null, false);
        hooks.ticketWebhooks.statusChanged(new TicketStatusChanged(42, "IN_PROGRESS", "RESOLVED", "bob"));
        hooks.newTransaction();
        t.transition(WebhookHarness.MODEL, "CLOSED", hooks.clock.now.plusSeconds(180), "carla", false, null, false);
        hooks.ticketWebhooks.statusChanged(new TicketStatusChanged(42, "RESOLVED", "CLOSED", "carla"));

        List<JsonObject> events = hooks.deliveries.values().stream().map(d -> json(d.payload())).toList();
        assertEquals(List.of("ticket.created", "ticket.status-changed", "ticket.status-changed", "ticket.resolved",
                "ticket.status-changed"), events.stream().map(e -> e.getString("type")).toList(),
                "ticket.resolved besides ticket.status-changed, and only for a move into a RESOLVED status");
        Set<String> ticket = Set.of("ticket", "title", "customer", "agreement", "service", "priority", "status",
                "link");
        assertEquals(plus(ticket, "actor"), events.get(0).getJsonObject("data").keySet());
        assertEquals(plus(ticket, "from", "to", "actor"), events.get(1).getJsonObject("data").keySet());
        assertEquals(plus(ticket, "from", "actor"), events.get(3).getJsonObject("data").keySet());

        JsonObject resolved = events.get(3).getJsonObject("data");
        assertEquals("T-000042", resolved.getString("ticket"));
        assertEquals("Printer jammed", resolved.getString("title"));
        assertEquals("ACME", resolved.getString("customer"));
        assertEquals("SLA-ACME-2026", resolved.getString("agreement"));
        assertEquals("WS", resolved.getString("service"));
        assertEquals(3, resolved.getInt("priority"));
        assertEquals("RESOLVED", resolved.getString("status"), "its code after the change");
        assertEquals("IN_PROGRESS", resolved.getString("from"));
        assertEquals("bob", resolved.getString("actor"));
        assertEquals("https://sla.example.com/servicelevel/app/ticket.xhtml?id=42", resolved.getString("link"));
        JsonObject moved = events.get(1).getJsonObject("data");
        assertEquals("NEW", moved.getString("from"));
        assertEquals("IN_PROGRESS", moved.getString("to"));
        assertEquals("IN_PROGRESS", moved.getString("status"));
        for (JsonObject e : events) {
            assertEquals("T-000042", e.getString("subject"));
            assertEquals("https://sla.example.com/servicelevel", e.getString("source"));
        }
    }

    private static Set<String> plus(Set<String> base, String... more) {
        Set<String> all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void escalationStepsArePublishedAsTheThreeEscalationTypesWithTheTicketAsSubject() {
        hooks.subscribe(1, "https://helpdesk.example.com/hooks", SECRET, WebhookHarness.ACME,
                "sla.warning", "sla.breached", "ticket.escalated");
        hooks.ticket("Printer jammed");
        Instant due = hooks.clock.now.plusSeconds(3600);
        for (ClockEscalated.Kind kind : ClockEscalated.Kind.values()) {
            hooks.ticketWebhooks.escalated(new ClockEscalated(42, kind, "RESOLUTION", "step " + kind, "PT1H", 1, 1, due,
                    kind == ClockEscalated.Kind.WARNING ? null : due, due, Duration.ZERO, List.of("mail sent")));
        }
        List<JsonObject> events = hooks.deliveries.values().stream().map(d -> json(d.payload())).toList();
        assertEquals(List.of("sla.warning", "sla.breached", "ticket.escalated"),
                events.stream().map(e -> e.getString("type")).toList());
        events.forEach(e -> assertEquals("T-000042", e.getString("subject")));
    }

    @Test
    void aCustomersSubscriptionGetsOnlyItsCustomersEvents() {
        hooks.subscribe(1, "https://acme.example.com/hooks", SECRET, WebhookHarness.ACME, "ticket.created");
        hooks.subscribe(2, "https://globex.example.com/hooks", SECRET, WebhookHarness.GLOBEX, "ticket.created");
        hooks.subscribe(3, "https://all.example.com/hooks", SECRET, null, "ticket.created");
        hooks.ticket("Printer jammed");
        hooks.ticketWebhooks.registered(new TicketRegistered(42, "anna"));
        assertEquals(List.of(1L, 3L), hooks.deliveries.values().stream().map(WebhookDelivery::subscriptionId).toList());
    }

    // ---- idempotency --------------------------------------------------------------------------------

    @Test
    void oneEventHasOneIdForEverySubscriptionItReached() {
        hooks.subscribe(1, "https://acme.example.com/hooks", SECRET, WebhookHarness.ACME, "ticket.created");
        hooks.subscribe(2, "https://all.example.com/hooks", "another-secret-0123456789", null, "ticket.created");
        hooks.ticket("Printer jammed");
        hooks.ticketWebhooks.registered(new TicketRegistered(42, "anna"));
        hooks.afterCommit();
        assertEquals(2, hooks.posts.size());
        WebhookHarness.Post a = hooks.posts.get(0);
        WebhookHarness.Post b = hooks.posts.get(1);
        assertEquals(a.body(), b.body(), "the same event, byte for byte");
        assertEquals(json(a.body()).getString("id"), json(b.body()).getString("id"));
        assertNotEquals(a.headers().get("X-ServiceLevel-Delivery"), b.headers().get("X-ServiceLevel-Delivery"),
                "a delivery is one event to one subscription");
    }

    @Test
    void aRedeliveryResendsTheSameEventIdAndBodyAsANewSeriesOfAttempts() throws Exception {
        UnitTestConfig.VALUES.put("servicelevel.webhooks.max-attempts", "2");
        hooks.receiver = post -> {
            throw new WebhookSender.SendFailure("Connection refused by helpdesk.example.com:443", null);
        };
        WebhookHarness.Post first = createdTicketPosted();
        long deliveryId = Long.parseLong(first.headers().get("X-ServiceLevel-Delivery"));
        hooks.clock.now = hooks.clock.now.plusSeconds(30);
        hooks.afterCommit();
        WebhookDelivery delivery = hooks.deliveries.get(deliveryId);
        assertEquals(DeliveryState.DEAD, delivery.state());
        assertEquals("Connection refused by helpdesk.example.com:443", delivery.lastError().orElseThrow());

        hooks.receiver = post -> 200;
        hooks.clock.now = hooks.clock.now.plusSeconds(3600);
        var queued = hooks.service.redeliver(1, deliveryId);
        assertEquals("PENDING", queued.state());
        assertEquals(0, queued.attempts(), "a new series, counted from 0");
        assertEquals(hooks.clock.now, queued.nextAttemptAt(), "starting at once");
        hooks.afterCommit();
        WebhookHarness.Post again = hooks.posts.get(hooks.posts.size() - 1);
        assertEquals(first.body(), again.body(), "same body, so the same id, time and data");
        assertEquals(first.headers().get("X-ServiceLevel-Delivery"), again.headers().get("X-ServiceLevel-Delivery"));
        assertTrue(signs(again), "signed with the subscription's secret");
        assertEquals("t=" + again.at().getEpochSecond(), again.headers().get("X-ServiceLevel-Signature").split(",")[0],
                "signed anew at the redelivery");
        assertEquals(DeliveryState.DELIVERED, delivery.state());
        assertEquals(1, delivery.attempts());

        hooks.receiver = post -> 503;
        hooks.service.redeliver(1, deliveryId); // a delivered one may be sent again
        hooks.afterCommit();
        assertEquals(DeliveryState.FAILED, delivery.state());
        assertThrows(ConflictException.class, () -> hooks.service.redeliver(1, deliveryId),
                "a FAILED delivery is on its way already: 409");
    }

    // ---- retries and the dead letter ----------------------------------------------------------------

    /** Fails every attempt until the delivery is dead; the pauses between attempts. */
    private List<Duration> pausesUntilDead(WebhookHarness.Receiver receiver) {
        hooks.receiver = receiver;
        WebhookHarness.Post first = createdTicketPosted();
        WebhookDelivery delivery = hooks.deliveries.values().iterator().next();
        List<Duration> pauses = new ArrayList<>();
        while (delivery.state() != DeliveryState.DEAD) {
            assertEquals(DeliveryState.FAILED, delivery.state());
            Instant next = delivery.nextAttemptAt().orElseThrow();
            pauses.add(Duration.between(hooks.clock.now, next));
            hooks.clock.now = next.minusMillis(1);
            hooks.afterCommit();
            assertEquals(pauses.size(), delivery.attempts(), "not due a millisecond early");
            hooks.clock.now = next;
            hooks.afterCommit();
            assertTrue(pauses.size() < 200, "runaway");
        }
        for (WebhookHarness.Post post : hooks.posts) {
            assertEquals(first.body(), post.body(), "every attempt sends the same event");
        }
        assertEquals(pauses.size() + 1, hooks.posts.size());
        assertEquals(hooks.posts.size(), delivery.attempts());
        assertTrue(delivery.nextAttemptAt().isEmpty());
        hooks.clock.now = hooks.clock.now.plus(Duration.ofDays(2));
        hooks.afterCommit();
        assertEquals(pauses.size() + 1, hooks.posts.size(), "a dead delivery is not tried again on its own");
        return pauses;
    }

    @Test
    void withTheDefaultsTheAttemptsFollowAfter30s1m2m4m8m16m32mAndTheEighthFailureIsDead() {
        List<Duration> pauses = pausesUntilDead(post -> 503);
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32)), pauses);
        assertEquals(List.of(30_050L, 60_050L, 120_050L, 240_050L, 480_050L, 960_050L, 1_920_050L),
                hooks.retriesScheduledInMillis, "the failing member schedules each retry for when it is due");
    }

    @Test
    void maxAttemptsRetryBaseAndRetryMaxAreTheDocumentedKeys() {
        UnitTestConfig.VALUES.put("servicelevel.webhooks.max-attempts", "5");
        UnitTestConfig.VALUES.put("servicelevel.webhooks.retry-base", "PT10S");
        UnitTestConfig.VALUES.put("servicelevel.webhooks.retry-max", "PT25S");
        List<Duration> pauses = pausesUntilDead(post -> {
            throw new WebhookSender.SendFailure("No answer within the read timeout of 10 s", null);
        });
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(25),
                Duration.ofSeconds(25)), pauses, "no answer counts as a failed attempt; retry-max caps the pause");
    }

    @Test
    void only2xxDeliversARedirectIsAFailedAttempt() {
        for (int status : new int[] {200, 201, 202, 204, 299, 199, 301, 302, 304, 400, 410, 500}) {
            setUp();
            hooks.receiver = post -> status;
            createdTicketPosted();
            WebhookDelivery d = hooks.deliveries.values().iterator().next();
            assertEquals(status >= 200 && status <= 299 ? DeliveryState.DELIVERED : DeliveryState.FAILED, d.state(),
                    "status " + status);
            assertEquals(status, d.lastStatus().orElseThrow());
        }
    }
}
