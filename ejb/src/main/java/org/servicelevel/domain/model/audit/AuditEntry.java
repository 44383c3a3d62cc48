package org.servicelevel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Who changed what, when: one line of the audit trail of a record (a calendar, an agreement...). */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findBySubject", query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :type"
        + " AND a.subjectId = :id ORDER BY a.occurredAt, a.id")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 4000)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String subjectType, long subjectId, String action,
                      String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = subjectId;
        this.action = Objects.requireNonNull(action, "action");
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String action() {
        return action;
    }

    public String details() {
        return details;
    }
}
