/** Ticket screens: the list with its filters, a ticket's page with its clocks, history and moves, and the form for a new ticket. */
package org.servicelevel.interfaces.web.ticket;
