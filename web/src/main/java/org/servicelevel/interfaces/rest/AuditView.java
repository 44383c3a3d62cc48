package org.servicelevel.interfaces.rest;

import java.time.Instant;

/** One entry of a record's audit trail: when, who, what and how. */
public record AuditView(Instant occurredAt, String actor, String action, String details) {
}
