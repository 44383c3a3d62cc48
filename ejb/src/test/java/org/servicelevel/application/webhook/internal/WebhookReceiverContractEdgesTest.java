package org.servicelevel.application.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.ProductDocs;
import org.servicelevel.application.UnitTestConfig;
import org.servicelevel.application.escalation.ClockEscalated;
import org.servicelevel.application.ticket.TicketRegistered;
import org.servicelevel.application.ticket.TicketStatusChanged;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.webhook.DeliveryState;
import org.servicelevel.domain.model.webhook.WebhookDelivery;

/**
 * Where docs/webhooks.md (or CloudEvents 1.0) and the code first disagreed: the example's signature and
 * body, the escalation events' data, a source that is no URI-reference, lastError, the state during a
 * retry and a crash during the last attempt. Each test states what a receiver reading only the docs
 * expects.
 */
class WebhookReceiverContractEdgesTest {

    private static final String SECRET = "9f2c4e1a7b3d5f60a8c2e4b6d8f0a1c3";

    private WebhookHarness hooks;

    @BeforeEach
    void setUp() {
        UnitTestConfig.install();
        UnitTestConfig.VALUES.clear();
        hooks = new WebhookHarness(Instant.parse("2026-03-02T09:00:00.120Z"));
    }

    @AfterEach
    void tearDown() {
        UnitTestConfig.VALUES.clear();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private WebhookDelivery statusChangedDelivered(int status) {
        hooks.receiver = post -> status;
        hooks.subscribe(1, "https://helpdesk.example.com/hooks", SECRET, null, "ticket.status-changed",
                "sla.breached");
        Ticket t = hooks.ticket("Printer jammed");
        t.transition(WebhookHarness.MODEL, "IN_PROGRESS", hooks.clock.now, "anna", false, null, false);
        hooks.ticketWebhooks.statusChanged(new TicketStatusChanged(42, "NEW", "IN_PROGRESS", "anna"));
        hooks.afterCommit();
        return hooks.deliveries.values().iterator().next();
    }

    /** The example request of docs/webhooks.md, "The event": its header lines and its body. */
    private static String example() {
        return ProductDocs.section(ProductDocs.read("webhooks.md"), "## The event");
    }

    @Test
    void theDocumentedExampleSignatureIsA64DigitHexHmac() {
        Matcher m = Pattern.compile("X-ServiceLevel-Signature: t=(\\d+),v1=(\\S+)").matcher(example());
        assertTrue(m.find());
        assertTrue(m.group(2).matches("[0-9a-f]{64}"), m.group(2).length() + " digits: " + m.group(2));
    }

    @Test
    void theDocumentedExampleBodyHasTheDataFieldsTheCodeSends() {
        String section = example();
        int start = section.indexOf("{\"specversion\"");
        int end = section.indexOf("\n\n", start);
        JsonObject documented = json(section.substring(start, end).replaceAll("\\s*\\n\\s*", " "));
        WebhookDelivery sent = statusChangedDelivered(204);
        assertEquals(new TreeSet<>(json(sent.payload()).getJsonObject("data").keySet()),
                new TreeSet<>(documented.getJsonObject("data").keySet()));
    }

    @Test
    void theDataOfTheEscalationEventsIsDocumented() {
        hooks.subscribe(1, "https://helpdesk.example.com/hooks", SECRET, null, "sla.breached");
        hooks.ticket("Printer jammed");
        Instant due = hooks.clock.now;
        hooks.ticketWebhooks.escalated(new ClockEscalated(42, ClockEscalated.Kind.BREACH, "RESOLUTION", "breach",
                "PT0S", 1, 1, due, due, due.plusSeconds(2), Duration.ofSeconds(2), List.of("mail to L2 sent")));
        Set<String> sent = json(hooks.deliveries.values().iterator().next().payload()).getJsonObject("data").keySet();
        String row = ProductDocs.section(ProductDocs.read("webhooks.md"), "## Event types").lines()
                .filter(l -> l.startsWith("| `sla.breached`")).findFirst().orElseThrow();
        String dataColumn = row.substring(row.lastIndexOf("| ", row.length() - 3));
        List<String> undocumented = new ArrayList<>();
        for (String field : new TreeSet<>(sent)) {
            if (!dataColumn.contains("`" + field + "`") && !Set.of("ticket", "title", "customer", "agreement",
                    "service", "priority", "status", "link").contains(field)) {
                undocumented.add(field);
            }
        }
        assertEquals(List.of(), undocumented, "data column: " + dataColumn);
    }

    @Test
    void theSourceIsAlwaysAUriReference() {
        UnitTestConfig.VALUES.put("servicelevel.webhooks.source", "ServiceLevel Prod");
        WebhookDelivery d = statusChangedDelivered(204);
        String source = json(d.payload()).getString("source");
        try {
            new URI(source);
        } catch (URISyntaxException e) {
            throw new AssertionError("source '" + source + "' is not a URI-reference: " + e.getMessage());
        }
    }

    @Test
    void lastErrorIsSetOnlyWhenThereWasNoAnswer() {
        // resolved in the docs: lastError says why the last attempt failed, also when the receiver answered
        WebhookDelivery d = statusChangedDelivered(500);
        assertEquals(500, d.lastStatus().orElseThrow());
        assertEquals("The receiver answered 500", WebhookServiceBean.delivery(d).lastError());
    }

    @Test
    void aDeliveryWhoseAttemptIsBeingMadeIsPending() {
        List<DeliveryState> seen = new ArrayList<>();
        hooks.receiver = post -> {
            WebhookDelivery d = hooks.deliveries.get(Long.parseLong(post.headers().get("X-ServiceLevel-Delivery")));
            seen.add(d.state());
            return 503;
        };
        hooks.subscribe(1, "https://helpdesk.example.com/hooks", SECRET, null, "ticket.created");
        hooks.ticket("Printer jammed");
        hooks.ticketWebhooks.registered(new TicketRegistered(42, "anna"));
        hooks.afterCommit();
        hooks.clock.now = hooks.clock.now.plusSeconds(30);
        hooks.afterCommit();
        // resolved in the docs: PENDING while the first attempt is made, FAILED (nextAttemptAt passed) for a retry
        assertEquals(List.of(DeliveryState.PENDING, DeliveryState.FAILED), seen);
    }

    @Test
    void aCrashDuringTheLastAttemptDoesNotLeadToAnAttemptBeyondMaxAttempts() {
        UnitTestConfig.VALUES.put("servicelevel.webhooks.max-attempts", "2");
        hooks.receiver = post -> 503;
        hooks.subscribe(1, "https://helpdesk.example.com/hooks", SECRET, null, "ticket.created");
        hooks.ticket("Printer jammed");
        hooks.ticketWebhooks.registered(new TicketRegistered(42, "anna"));
        hooks.afterCommit();                                       // attempt 1 fails
        WebhookDelivery d = hooks.deliveries.values().iterator().next();
        hooks.clock.now = d.nextAttemptAt().orElseThrow();
        long id = d.id();
        assertTrue(hooks.dispatch.claim(id).isPresent());          // attempt 2 (the last) is claimed ...
        // ... and the member crashes before it records the outcome; the claim runs out after 5 s + 10 s + 60 s
        hooks.clock.now = hooks.clock.now.plusSeconds(76);
        hooks.afterCommit();                                       // the timer
        // resolved in the docs: the last attempt, cut off by a crash, is made again (the receiver may not have
        // had it), so a crash can add one attempt beyond max-attempts
        assertEquals(2, hooks.posts.size(), "posts after the last attempt was cut off");
        assertEquals(3, d.attempts());
    }
}
