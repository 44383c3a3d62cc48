/**
 * Webhooks: the subscriptions integrations manage, the outbox other services publish events to in
 * their own transaction ({@link org.servicelevel.application.webhook.WebhookOutbox}), the delivery log,
 * and the HTTP sender the delivery needs (implemented in {@code infrastructure.http}).
 */
package org.servicelevel.application.webhook;
