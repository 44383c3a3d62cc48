package org.servicelevel.domain.model.agreement;

import static org.servicelevel.domain.Texts.strippedOrNull;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of an agreement from one date on, until the next version takes effect. Numbered 1, 2, ...
 * in order of creation. Once the date it takes effect has come, a version never changes: tickets
 * registered under it keep being measured against exactly these terms.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    @Id
    @SequenceGenerator(name = "agreement_version_seq", sequenceName = "agreement_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(nullable = false)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "change_note", length = 1000)
    private String changeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "amendment_status", nullable = false, length = 12)
    private AmendmentStatus amendmentStatus = AmendmentStatus.APPROVED;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "customer_approved_by", length = 100)
    private String customerApprovedBy;

    @Column(name = "customer_approved_at")
    private Instant customerApprovedAt;

    @Column(length = 3)
    private String currency;

    @Column(name = "monthly_fee", precision = 14, scale = 2)
    private BigDecimal monthlyFee;

    @Embedded
    private Contact coordinator;

    @Column(name = "default_priority")
    private Integer defaultPriority;

    @Column(name = "grace_months", nullable = false)
    private int graceMonths;

    @Column(name = "penalty_cap_percent", precision = 5, scale = 2)
    private BigDecimal penaltyCapPercent;

    @ElementCollection
    @CollectionTable(name = "agreement_service", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ServiceTerms> services = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_priority", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<PriorityTerms> priorities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_status_limit", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<StatusLimit> statusLimits = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_pause_status", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "status", nullable = false, length = 60)
    @OrderColumn(name = "position")
    private List<String> pauseStatuses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_line_extension", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<LineExtension> lineExtensions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_metric", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<QualityMetric> metrics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_availability_target", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<AvailabilityTarget> availabilityTargets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_penalty_band", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<PenaltyBand> penaltyBands = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_extra_price", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ExtraServicePrice> extraPrices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_underpinning", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<UnderpinningLink> underpins = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_service_target", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ServiceTarget> serviceTargets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_priority_matrix", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<PriorityMatrixCell> priorityMatrix = new ArrayList<>();

    /** The escalation rules as JSON ({@link EscalationRulesJson}); {@code null} for the default policy. */
    @Column(name = "escalations", length = 100_000)
    private String escalations;

    @Column(name = "agreement_volume")
    private Integer agreementVolume;

    @Column(name = "planned_development_hours", precision = 7, scale = 2)
    private BigDecimal plannedDevelopmentHours;

    /** The late-ticket penalty's rates; none: the terms have no late-ticket penalty. */
    @ElementCollection
    @CollectionTable(name = "agreement_late_penalty", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<LatePenaltyRate> latePenaltyRates = new ArrayList<>();

    @Column(name = "late_penalty_cap", precision = 15, scale = 3)
    private BigDecimal latePenaltyCap;

    protected AgreementVersion() {
    }

    AgreementVersion(Agreement agreement, int number, LocalDate effectiveFrom, AgreementTerms terms, Instant createdAt,
                     String createdBy, String changeNote) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.number = number;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        replaceTerms(terms, changeNote);
    }

    /** Replaces the terms; the agreement allows this only before the version takes effect. */
    final void replaceTerms(AgreementTerms terms, String note) {
        this.changeNote = strippedOrNull(note);
        this.currency = terms.currency();
        this.monthlyFee = terms.monthlyFee();
        this.coordinator = terms.coordinator();
        this.defaultPriority = terms.defaultPriority();
        this.graceMonths = terms.graceMonths();
        this.penaltyCapPercent = terms.penaltyCapPercent();
        this.services = new ArrayList<>(terms.services());
        this.priorities = new ArrayList<>(terms.priorities());
        this.statusLimits = new ArrayList<>(terms.statusLimits());
        this.pauseStatuses = new ArrayList<>(terms.pauseStatuses());
        this.lineExtensions = new ArrayList<>(terms.lineExtensions());
        this.metrics = new ArrayList<>(terms.metrics());
        this.availabilityTargets = new ArrayList<>(terms.availabilityTargets());
        this.penaltyBands = new ArrayList<>(terms.penaltyBands());
        this.extraPrices = new ArrayList<>(terms.extraPrices());
        this.underpins = new ArrayList<>(terms.underpins());
        this.serviceTargets = new ArrayList<>(terms.serviceTargets());
        this.priorityMatrix = new ArrayList<>(terms.priorityMatrix());
        this.escalations = EscalationRulesJson.write(terms.escalations());
        this.agreementVolume = terms.agreementVolume();
        this.plannedDevelopmentHours = terms.plannedDevelopmentHours();
        this.latePenaltyRates = terms.latePenalty() == null ? new ArrayList<>()
                : new ArrayList<>(terms.latePenalty().priorities());
        this.latePenaltyCap = terms.latePenalty() == null ? null : terms.latePenalty().monthlyCap();
    }

    /** Makes this version a proposed amendment by {@code author}: it governs nothing until approved. */
    void propose(String author, Instant at) {
        this.amendmentStatus = AmendmentStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.approvedBy = null;
        this.approvedAt = null;
        this.customerApprovedBy = null;
        this.customerApprovedAt = null;
    }

    void approveForProvider(String approver, Instant at) {
        this.approvedBy = Objects.requireNonNull(approver, "approver");
        this.approvedAt = Objects.requireNonNull(at, "at");
    }

    void approveForCustomer(String approver, Instant at) {
        this.customerApprovedBy = Objects.requireNonNull(approver, "approver");
        this.customerApprovedAt = Objects.requireNonNull(at, "at");
    }

    void markApproved() {
        this.amendmentStatus = AmendmentStatus.APPROVED;
    }

    /** Whether the version governs its days: the first version, or an approved amendment. */
    public boolean approved() {
        return amendmentStatus == AmendmentStatus.APPROVED;
    }

    public AmendmentStatus amendmentStatus() {
        return amendmentStatus;
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<String> customerApprovedBy() {
        return Optional.ofNullable(customerApprovedBy);
    }

    public Optional<Instant> customerApprovedAt() {
        return Optional.ofNullable(customerApprovedAt);
    }

    void moveTo(LocalDate newEffectiveFrom) {
        this.effectiveFrom = Objects.requireNonNull(newEffectiveFrom, "effectiveFrom");
    }

    /** The terms as agreed in this version (without anything inherited from a parent agreement). */
    public AgreementTerms terms() {
        return new AgreementTerms(currency, monthlyFee, coordinator, services, priorities,
                defaultPriority, statusLimits, pauseStatuses, lineExtensions, metrics, availabilityTargets,
                penaltyBands, graceMonths, penaltyCapPercent, extraPrices, underpins, serviceTargets, priorityMatrix,
                EscalationRulesJson.read(escalations), agreementVolume, plannedDevelopmentHours,
                latePenaltyRates.isEmpty() ? null : new LatePenalty(latePenaltyRates, latePenaltyCap));
    }

    public Long id() {
        return id;
    }

    public Agreement agreement() {
        return agreement;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String changeNote() {
        return changeNote;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgreementVersion other && agreement.equals(other.agreement) && number == other.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreement, number);
    }
}
