package org.servicelevel.application.webhook;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Events as CloudEvents 1.0 in structured JSON mode (the body is the event; {@code Content-Type:
 * application/cloudevents+json}). Written with JSON-P: the CloudEvents SDK's only JSON format module
 * is built on Jackson and would bring a second
 * Jackson into the application beside the one Payara carries for itself.
 */
final class CloudEvents {

    /** Looked up once: finding the provider on every call costs more than the JSON it builds. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String MEDIA_TYPE = "application/cloudevents+json";

    private CloudEvents() {
    }

    static String structured(String id, String source, String type, String subject, Instant time, JsonObject data) {
        JsonObjectBuilder event = JSON.createObjectBuilder().add("specversion", "1.0").add("id", id)
                .add("source", source).add("type", type);
        if (subject != null) {
            event.add("subject", subject);
        }
        return event.add("time", DateTimeFormatter.ISO_INSTANT.format(time)).add("datacontenttype", "application/json")
                .add("data", data == null ? JsonObject.EMPTY_JSON_OBJECT : data).build().toString();
    }
}
