/**
 * Webhooks: subscriptions of integrations' URLs to event types, and the outbox of deliveries each
 * event becomes, with the rules for retrying a failed attempt, giving up (dead letter) and signing
 * what is sent.
 */
package org.servicelevel.domain.model.webhook;
