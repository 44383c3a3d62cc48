package org.servicelevel.interfaces.rest.webhook;

import java.time.Instant;
import java.util.List;

/** A webhook subscription; its secret is never shown, only that it has one. */
public record WebhookView(long id, String url, List<String> eventTypes, boolean secretSet, boolean active,
                          String customer, String description, Instant createdAt, long version) {
}
