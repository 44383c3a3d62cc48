/**
 * Notifications: the outbox that queues them in the transaction of the event they report, and their
 * delivery.
 */
package org.servicelevel.application.notification;
