/**
 * Tickets: the requests and incidents of customers, with their full history of statuses, priorities,
 * assignments and comments; the configurable status model; idempotency of creating requests; and the
 * outage records that feed availability targets. A ticket's SLA clocks are computed from its history
 * ({@link org.servicelevel.domain.clock}).
 */
package org.servicelevel.domain.model.ticket;
