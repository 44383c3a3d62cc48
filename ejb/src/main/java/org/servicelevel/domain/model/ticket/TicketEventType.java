package org.servicelevel.domain.model.ticket;

/**
 * What happened to a ticket in one event of its history. {@code AGREEMENT}: at registration, that no
 * agreement applied (the reason in the text); later, the agreement assigned (agreement, version and
 * priority in {@code to}).
 */
public enum TicketEventType {
    REGISTERED, STATUS, PRIORITY, ASSIGNMENT, COMMENT, DETAILS, LINK, AGREEMENT
}
