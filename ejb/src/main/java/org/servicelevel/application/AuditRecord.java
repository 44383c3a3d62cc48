package org.servicelevel.application;

import java.time.Instant;

/** One line of a record's audit trail. */
public record AuditRecord(Instant occurredAt, String actor, String action, String details) {
}
