/**
 * Delivery of queued notifications after the queuing transaction commits, and the notification service.
 */
package org.servicelevel.application.notification.internal;
