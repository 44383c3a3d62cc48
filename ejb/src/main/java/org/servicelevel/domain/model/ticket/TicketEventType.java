package org.servicelevel.domain.model.ticket;

/**
 * What happened to a ticket in one event of its history. {@code AGREEMENT}: at registration, that no
 * agreement applied (the reason in the text); later, the agreement assigned (agreement, version and
 * priority in {@code to}). {@code BREACH}: a clock passed its target (the metric in {@code to}, its due
 * instant in the text), recorded when it happened. {@code ESCALATION}: a step of a clock's escalation
 * fired (metric and step in {@code to}, what its actions did in the text).
 */
public enum TicketEventType {
    REGISTERED, STATUS, PRIORITY, ASSIGNMENT, COMMENT, DETAILS, LINK, AGREEMENT, BREACH, ESCALATION
}
