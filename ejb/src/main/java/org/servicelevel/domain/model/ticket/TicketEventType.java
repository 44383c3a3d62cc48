package org.servicelevel.domain.model.ticket;

/** What happened to a ticket in one event of its history. */
public enum TicketEventType {
    REGISTERED, STATUS, PRIORITY, ASSIGNMENT, COMMENT, DETAILS, LINK
}
