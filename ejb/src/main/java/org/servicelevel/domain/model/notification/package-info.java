/**
 * Notifications: the outbox of e-mails the product sends (review reminders, and escalations as
 * they come), each written in the transaction of the event it reports and delivered with retries.
 */
package org.servicelevel.domain.model.notification;
