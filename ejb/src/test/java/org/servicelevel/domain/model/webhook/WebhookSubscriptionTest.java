package org.servicelevel.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

class WebhookSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SECRET = "0123456789abcdef";

    private static WebhookSubscription.Definition definition(String url, List<String> types, String secret) {
        return new WebhookSubscription.Definition(url, types, secret, true, null, "Help desk callback");
    }

    private static List<String> fieldsOf(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void aSubscriptionTakesAnHttpOrHttpsUrlAndKnownEventTypes() {
        WebhookSubscription s = new WebhookSubscription(definition("https://hooks.example.com/servicelevel?x=1",
                List.of("ticket.created", "SLA.Breached"), SECRET), NOW);
        assertEquals(Set.of("ticket.created", "sla.breached"), s.eventTypes());
        assertTrue(s.wants("ticket.created", "ACME"));
        assertTrue(s.wants("sla.breached", null));
        assertFalse(s.wants("ticket.resolved", "ACME"));
        new WebhookSubscription(definition("http://127.0.0.1:8123/hook", List.of("ticket.resolved"), SECRET), NOW);
    }

    @Test
    void theUrlMustBeAbsoluteHttpWithAHostAndAtMost2000Characters() {
        for (String url : List.of("", "/hooks", "ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)",
                "https://", "https://user:pw@example.com/x", "https://example.com/x#frag", "http://exa mple.com/",
                "https://example.com/" + "x".repeat(2000))) {
            assertEquals(List.of("url"), fieldsOf(() -> new WebhookSubscription(definition(url, List.of("ticket.created"),
                    SECRET), NOW)), url);
        }
    }

    @Test
    void eventTypesAreANonEmptySubsetOfTheKnownOnesAndEachWrongOneIsNamed() {
        assertEquals(List.of("eventTypes"), fieldsOf(() -> new WebhookSubscription(definition("https://example.com",
                List.of(), SECRET), NOW)));
        assertEquals(List.of("eventTypes"), fieldsOf(() -> new WebhookSubscription(definition("https://example.com",
                null, SECRET), NOW)));
        assertEquals(List.of("eventTypes[1]"), fieldsOf(() -> new WebhookSubscription(definition("https://example.com",
                List.of("ticket.created", "ticket.deleted"), SECRET), NOW)));
    }

    @Test
    void aSecretHasAtLeast16CharactersAndIsNeededWhenCreated() {
        assertEquals(List.of("secret"), fieldsOf(() -> new WebhookSubscription(definition("https://example.com",
                List.of("ticket.created"), "short"), NOW)));
        assertEquals(List.of("secret"), fieldsOf(() -> new WebhookSubscription(definition("https://example.com",
                List.of("ticket.created"), null), NOW)));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertEquals(List.of("url", "eventTypes", "secret"), fieldsOf(() -> new WebhookSubscription(
                definition("ftp://x", List.of(), "short"), NOW)));
    }

    @Test
    void aChangeWithoutASecretKeepsTheOldOneAndAnInactiveSubscriptionWantsNothing() {
        WebhookSubscription s = new WebhookSubscription(definition("https://example.com", List.of("ticket.created"),
                SECRET), NOW);
        s.change(new WebhookSubscription.Definition("https://example.org/new", List.of("ticket.created"), null, false,
                null, null));
        assertEquals(SECRET, s.secret());
        assertEquals("https://example.org/new", s.url());
        assertFalse(s.wants("ticket.created", null));
    }
}
