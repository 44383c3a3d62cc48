package org.servicelevel.domain.model.audit;

import java.util.List;

/** Appends to and reads the audit trail. */
public interface AuditTrail {

    void record(AuditEntry entry);

    List<AuditEntry> of(String subjectType, long subjectId);
}
