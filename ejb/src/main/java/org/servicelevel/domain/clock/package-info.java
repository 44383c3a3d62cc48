/**
 * SLA clocks: how much of a target a ticket has used, when it is due, and whether it was met,
 * computed by replaying the ticket's history of statuses and support groups over the working time
 * of its service's calendar. Plain Java without container types, so that a clock computed live and
 * one computed from an imported history are the same by construction.
 */
package org.servicelevel.domain.clock;
