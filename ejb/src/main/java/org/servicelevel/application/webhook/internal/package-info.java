/**
 * Implementation of webhooks: the subscription service, the ticket events it publishes, and delivery
 * after commit (claims, attempts and their outcomes, one lane per subscription so that a slow receiver
 * delays only itself).
 */
package org.servicelevel.application.webhook.internal;
