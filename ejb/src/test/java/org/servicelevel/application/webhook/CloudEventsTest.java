package org.servicelevel.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudEventsTest {

    @Test
    void anEventIsACloudEvent10InStructuredJson() {
        String json = CloudEvents.structured("3f1c", "/servicelevel", "ticket.created", "T-2026-00042",
                Instant.parse("2026-03-02T09:00:00.120Z"), Json.createObjectBuilder().add("ticket", "T-2026-00042").build());
        JsonObject event = Json.createReader(new StringReader(json)).readObject();
        assertEquals("1.0", event.getString("specversion"));
        assertEquals("3f1c", event.getString("id"));
        assertEquals("/servicelevel", event.getString("source"));
        assertEquals("ticket.created", event.getString("type"));
        assertEquals("T-2026-00042", event.getString("subject"));
        assertEquals("2026-03-02T09:00:00.120Z", event.getString("time"));
        assertEquals("application/json", event.getString("datacontenttype"));
        assertEquals("T-2026-00042", event.getJsonObject("data").getString("ticket"));
    }

    @Test
    void anEventWithoutASubjectLeavesTheAttributeOut() {
        String json = CloudEvents.structured("1", "/servicelevel", "sla.warning", null, Instant.EPOCH, null);
        JsonObject event = Json.createReader(new StringReader(json)).readObject();
        assertFalse(event.containsKey("subject"));
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, event.getJsonObject("data"));
    }
}
