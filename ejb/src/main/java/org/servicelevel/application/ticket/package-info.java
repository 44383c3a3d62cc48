/**
 * Tickets with their SLA clocks, status moves, comments, imports, the status model and outages.
 */
package org.servicelevel.application.ticket;
