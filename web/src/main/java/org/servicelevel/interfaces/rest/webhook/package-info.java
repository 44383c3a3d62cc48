/**
 * Webhooks over REST: integrations' subscriptions to events ({@code /webhooks}, with {@code If-Match}
 * on changes), each subscription's delivery log and redelivery of one delivery.
 */
package org.servicelevel.interfaces.rest.webhook;
