package org.servicelevel.domain.model.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of an agreement's consistency check. Consistency is a function of a date: a result
 * speaks of the day it was checked on ({@link #checkedOn()}) and of each upcoming day within the
 * period checked on which a version of the agreement, or of one it must fit, takes effect; for each
 * of these days it names the agreement and calendar versions it checked and the findings. An
 * agreement keeps every result that differed from the one before it; the newest is its report, and
 * a check that comes to the same result only confirms it ({@link #confirmedAt()}).
 */
@Entity
@Table(name = "agreement_consistency_report")
@NamedQuery(name = "ConsistencyReport.findByAgreement",
        query = "SELECT r FROM ConsistencyReport r WHERE r.agreementId = :agreementId ORDER BY r.id DESC")
@NamedQuery(name = "ConsistencyReport.findLatestCheckedOn",
        query = "SELECT r.agreementId, MAX(r.checkedOn) FROM ConsistencyReport r GROUP BY r.agreementId")
public class ConsistencyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_consistency_report_seq")
    @SequenceGenerator(name = "agreement_consistency_report_seq", sequenceName = "agreement_consistency_report_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    @Column(name = "checked_from", nullable = false)
    private Instant checkedFrom;

    @Column(name = "checked_to", nullable = false)
    private Instant checkedTo;

    @Column(name = "trigger_text", nullable = false, length = 400)
    private String trigger;

    @ElementCollection
    @CollectionTable(name = "agreement_consistency_finding", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<StoredFinding> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_consistency_checked", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<StoredVersion> checked = new ArrayList<>();

    protected ConsistencyReport() {
    }

    /**
     * A result of a check made at {@code at} over {@code [from, to)}.
     *
     * @param days    the day checked on first, then the upcoming days, each with what was checked and found
     * @param trigger what made the check run, in words (a change, a calendar revision, a new day)
     */
    public ConsistencyReport(long agreementId, List<Day> days, Instant at, Instant from, Instant to, String trigger) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A consistency result speaks of at least the day it was checked on");
        }
        this.agreementId = agreementId;
        this.checkedOn = days.get(0).on();
        this.checkedAt = at;
        this.confirmedAt = at;
        this.checkedFrom = from;
        this.checkedTo = to;
        this.trigger = trigger.length() > 400 ? trigger.substring(0, 397) + "..." : trigger;
        for (Day day : days) {
            day.checked().forEach(v -> checked.add(new StoredVersion(day.on(), v)));
            day.findings().forEach(f -> findings.add(new StoredFinding(day.on(), f)));
        }
    }

    /**
     * Whether {@code other} found the same for the same days with the same versions: the same kinds of
     * finding on the same targets by the same worst excess. The example instant (and the message that
     * names it) moves with the period checked and does not make a result differ.
     */
    public boolean sameResultAs(ConsistencyReport other) {
        return substance().equals(other.substance());
    }

    private List<Object> substance() {
        return days().stream().map(d -> List.of(d.on(), d.checked(), d.findings().stream()
                .map(f -> Arrays.asList(f.kind(), f.agreement(), f.reference(), f.serviceCode(), f.priority(), f.target(),
                        f.excess())).toList())).map(Object.class::cast).toList();
    }

    /**
     * A later check came to the same result: this result now speaks of {@code other}'s day and period,
     * with its examples, and is confirmed at the time of {@code other}.
     */
    public void confirm(ConsistencyReport other) {
        this.checkedOn = other.checkedOn;
        this.confirmedAt = other.checkedAt;
        this.checkedFrom = other.checkedFrom;
        this.checkedTo = other.checkedTo;
        this.findings = new ArrayList<>(other.findings);
        this.checked = new ArrayList<>(other.checked);
    }

    /** The days this result speaks of, in order: the day checked on first, then the upcoming ones. */
    public List<Day> days() {
        Map<LocalDate, List<CheckedVersion>> versions = new LinkedHashMap<>();
        Map<LocalDate, List<ConsistencyFinding>> found = new LinkedHashMap<>();
        for (StoredVersion v : checked) {
            versions.computeIfAbsent(v.appliesOn, d -> new ArrayList<>()).add(v.toVersion());
            found.computeIfAbsent(v.appliesOn, d -> new ArrayList<>());
        }
        for (StoredFinding f : findings) {
            versions.computeIfAbsent(f.appliesOn, d -> new ArrayList<>());
            found.computeIfAbsent(f.appliesOn, d -> new ArrayList<>()).add(f.toFinding());
        }
        versions.computeIfAbsent(checkedOn, d -> new ArrayList<>());
        found.computeIfAbsent(checkedOn, d -> new ArrayList<>());
        return versions.keySet().stream().sorted()
                .map(d -> new Day(d, List.copyOf(versions.get(d)), List.copyOf(found.get(d)))).toList();
    }

    /** The findings of the day checked on. */
    public List<ConsistencyFinding> findings() {
        return findings.stream().filter(f -> f.appliesOn.equals(checkedOn)).map(StoredFinding::toFinding).toList();
    }

    /** Whether nothing was found, neither for the day checked on nor for any upcoming day. */
    public boolean consistent() {
        return findings.isEmpty();
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant checkedFrom() {
        return checkedFrom;
    }

    public Instant checkedTo() {
        return checkedTo;
    }

    public String trigger() {
        return trigger;
    }

    /**
     * What the check found for one day, with the versions it checked.
     *
     * @param on       the day
     * @param checked  the agreement versions in force on the day and the calendar versions the period used
     * @param findings what is wrong from that day on
     */
    public record Day(LocalDate on, List<CheckedVersion> checked, List<ConsistencyFinding> findings) {

        public Day {
            Objects.requireNonNull(on, "on");
            checked = List.copyOf(checked);
            findings = List.copyOf(findings);
        }
    }

    /** An agreement version (by the agreement's number) or calendar version (by the calendar's name) that a check used. */
    public record CheckedVersion(Kind kind, String reference, int version) {

        /** What was checked. */
        public enum Kind {
            AGREEMENT, CALENDAR
        }
    }

    /** A checked version as stored. */
    @Embeddable
    public static class StoredVersion {

        @Column(name = "applies_on", nullable = false)
        private LocalDate appliesOn;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 12)
        private CheckedVersion.Kind kind;

        @Column(name = "reference", nullable = false, length = 200)
        private String reference;

        @Column(name = "version_number", nullable = false)
        private int versionNumber;

        protected StoredVersion() {
        }

        StoredVersion(LocalDate appliesOn, CheckedVersion v) {
            this.appliesOn = appliesOn;
            this.kind = v.kind();
            this.reference = v.reference().length() > 200 ? v.reference().substring(0, 200) : v.reference();
            this.versionNumber = v.version();
        }

        CheckedVersion toVersion() {
            return new CheckedVersion(kind, reference, versionNumber);
        }
    }

    /** A finding as stored. */
    @Embeddable
    public static class StoredFinding {

        @Column(name = "applies_on", nullable = false)
        private LocalDate appliesOn;

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

        StoredFinding(LocalDate appliesOn, ConsistencyFinding f) {
            this.appliesOn = appliesOn;
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
