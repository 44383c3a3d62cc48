package org.servicelevel.domain.model.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest consistency findings of one agreement and when they were computed. Rewritten whenever
 * the agreement, an agreement it must fit, or one that must fit it changes, and on demand.
 */
@Entity
@Table(name = "agreement_consistency_report")
public class ConsistencyReport {

    @Id
    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_from", nullable = false)
    private Instant checkedFrom;

    @Column(name = "checked_to", nullable = false)
    private Instant checkedTo;

    @ElementCollection
    @CollectionTable(name = "agreement_consistency_finding", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<StoredFinding> findings = new ArrayList<>();

    protected ConsistencyReport() {
    }

    public ConsistencyReport(long agreementId) {
        this.agreementId = agreementId;
    }

    /** Replaces the findings with those of a check over {@code [from, to)} made at {@code at}. */
    public void record(List<ConsistencyFinding> found, Instant at, Instant from, Instant to) {
        this.checkedAt = at;
        this.checkedFrom = from;
        this.checkedTo = to;
        this.findings = new ArrayList<>(found.stream().map(StoredFinding::new).toList());
    }

    public long agreementId() {
        return agreementId;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public Instant checkedFrom() {
        return checkedFrom;
    }

    public Instant checkedTo() {
        return checkedTo;
    }

    public List<ConsistencyFinding> findings() {
        return findings.stream().map(StoredFinding::toFinding).toList();
    }

    /** A finding as stored. */
    @Embeddable
    public static class StoredFinding {

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 40)
        private ConsistencyFinding.Kind kind;

        @Column(name = "agreement_number", length = 400)
        private String agreement;

        @Column(name = "reference_number", length = 40)
        private String reference;

        @Column(name = "service_code", length = 40)
        private String serviceCode;

        @Column(name = "priority_number")
        private Integer priority;

        @Enumerated(EnumType.STRING)
        @Column(name = "target", length = 12)
        private TargetKind target;

        @Column(name = "message", nullable = false, length = 2000)
        private String message;

        @Column(name = "example_at")
        private Instant example;

        @Column(name = "excess_seconds")
        private Long excessSeconds;

        protected StoredFinding() {
        }

        StoredFinding(ConsistencyFinding f) {
            this.kind = f.kind();
            this.agreement = f.agreement();
            this.reference = f.reference();
            this.serviceCode = f.serviceCode();
            this.priority = f.priority();
            this.target = f.target();
            this.message = f.message().length() > 2000 ? f.message().substring(0, 1997) + "..." : f.message();
            this.example = f.example();
            this.excessSeconds = f.excess() == null ? null : f.excess().getSeconds();
        }

        ConsistencyFinding toFinding() {
            return new ConsistencyFinding(kind, agreement, reference, serviceCode, priority, target, message, example,
                    excessSeconds == null ? null : Duration.ofSeconds(excessSeconds));
        }
    }
}
