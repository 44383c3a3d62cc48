package org.servicelevel.domain.model.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicelevel.domain.ConflictException;

/**
 * A month's result of one agreement as a document: the report, quality score and invoice one run of
 * the month's close computed, numbered per agreement and month ({@code R-2026-11-SLA-ACME-2026-1}).
 *
 * <p><b>Lifecycle.</b> A result is a {@link ResultState#DRAFT} until a manager approves it. A new run
 * of the month replaces a draft's content (the same result and number, its revision counter one up);
 * an approved result never changes. A run after the approval creates a <b>correction</b>: the next
 * number of the month, referring to the approved result, with the difference from it, and its own
 * draft and approval. The month is invoiced once: a correction states the difference to bill or
 * credit, never a second invoice. At most one result of a month is a draft, and it is the latest.
 *
 * <p>The content is kept as the JSON document the application writes ({@link ResultDocument}); the key
 * figures (score, band, penalty, total) are kept beside it for lists.
 */
@Entity
@Table(name = "month_result")
@NamedQuery(name = "MonthResult.findByNumber", query = "SELECT r FROM MonthResult r WHERE r.number = :number")
@NamedQuery(name = "MonthResult.findOfMonth", query = "SELECT r FROM MonthResult r WHERE r.agreementId = :agreement"
        + " AND r.month = :month ORDER BY r.sequence DESC")
public class MonthResult {

    @Id
    @SequenceGenerator(name = "month_result_seq", sequenceName = "month_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "month_result_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 80)
    private String number;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "agreement_number", nullable = false, length = 40)
    private String agreementNumber;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "result_month", nullable = false, length = 7)
    private String month;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id")
    private MonthResult corrects;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResultState state;

    @Column(nullable = false)
    private int revision;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "computed_by", nullable = false, length = 100)
    private String computedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "agreement_versions", length = 200)
    private String agreementVersions;

    @Column(name = "calendar_versions", length = 2000)
    private String calendarVersions;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "qos_score", precision = 10, scale = 4)
    private BigDecimal score;

    @Column(length = 40)
    private String band;

    @Column(name = "band_penalty_percent", precision = 5, scale = 2)
    private BigDecimal bandPenaltyPercent;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal penalty;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal total;

    @Column(name = "total_difference", precision = 18, scale = 4)
    private BigDecimal totalDifference;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String document;

    protected MonthResult() {
    }

    private MonthResult(long agreementId, Long organisationId, MonthResult corrects, ResultDocument content,
                        String json, Instant now, String actor) {
        ResultHeader header = content.header();
        this.number = header.number();
        this.agreementId = agreementId;
        this.agreementNumber = header.agreementNumber();
        this.organisationId = organisationId;
        this.month = header.month().toString();
        this.sequence = header.sequence();
        this.corrects = corrects;
        this.state = ResultState.DRAFT;
        this.revision = 1;
        fill(content, json, now, actor);
    }

    /** The number of the {@code sequence}th result of an agreement's month: {@code R-2026-11-SLA-ACME-1}. */
    public static String number(YearMonth month, String agreementNumber, int sequence) {
        return "R-" + month + "-" + agreementNumber + "-" + sequence;
    }

    /**
     * Where a new run of the month goes, given the month's latest result (or {@code null} for none):
     * the first result; the draft, replaced; or a correction of the approved latest one.
     *
     * @param sequence the sequence number the run's result has
     * @param draft    the draft the run replaces, or {@code null}
     * @param corrects the approved result the run's result corrects (and is compared with), or {@code null}
     */
    public record Slot(int sequence, String number, MonthResult draft, MonthResult corrects) {
    }

    /** The slot of a new run of {@code agreementNumber}'s {@code month} after {@code latest}. */
    public static Slot slotAfter(MonthResult latest, YearMonth month, String agreementNumber) {
        if (latest == null) {
            return new Slot(1, number(month, agreementNumber, 1), null, null);
        }
        if (!latest.month.equals(month.toString()) || !latest.agreementNumber.equals(agreementNumber)) {
            throw new IllegalArgumentException("result " + latest.number + " is not of " + agreementNumber + " in " + month);
        }
        if (latest.state == ResultState.DRAFT) {
            return new Slot(latest.sequence, latest.number, latest, latest.corrects);
        }
        int next = latest.sequence + 1;
        return new Slot(next, number(month, agreementNumber, next), null, latest);
    }

    /** The first result of an agreement's month, a draft. */
    public static MonthResult first(long agreementId, Long organisationId, ResultDocument content, String json,
                                    Instant now, String actor) {
        if (content.header().sequence() != 1) {
            throw new IllegalArgumentException("the first result of a month has sequence 1");
        }
        return new MonthResult(agreementId, organisationId, null, content, json, now, actor);
    }

    /**
     * A correction of this approved result by a new run: the next number of the month, a draft that
     * refers to this one and states the difference from it.
     *
     * @throws ConflictException while this result is a draft (a new run replaces it instead)
     */
    public MonthResult correctedBy(ResultDocument content, String json, Instant now, String actor) {
        if (state != ResultState.APPROVED) {
            throw new ConflictException("Result " + number + " is a draft: a new run replaces it, it is not corrected");
        }
        ResultHeader header = content.header();
        if (header.sequence() != sequence + 1 || !number.equals(header.corrects())
                || !month.equals(header.month().toString()) || !agreementNumber.equals(header.agreementNumber())) {
            throw new IllegalArgumentException("a correction of " + number + " is result " + (sequence + 1)
                    + " of the same agreement's month and names " + number);
        }
        return new MonthResult(agreementId, organisationId, this, content, json, now, actor);
    }

    /**
     * Replaces the draft's content with a new run's: the same result and number, the revision one up.
     *
     * @throws ConflictException when the result is approved: it never changes
     */
    public void replace(ResultDocument content, String json, Instant now, String actor) {
        requireDraft("replaced");
        if (!number.equals(content.header().number())) {
            throw new IllegalArgumentException("result " + number + " is replaced by content of the same number, not "
                    + content.header().number());
        }
        revision++;
        fill(content, json, now, actor);
    }

    /**
     * Approves the draft: from now on it never changes, customers' users may read it, and a new run of
     * the month creates a correction.
     *
     * @throws ConflictException when it is approved already
     */
    public void approve(Instant now, String actor) {
        requireDraft("approved again");
        this.state = ResultState.APPROVED;
        this.approvedAt = Objects.requireNonNull(now, "now");
        this.approvedBy = Objects.requireNonNull(actor, "actor");
    }

    private void requireDraft(String what) {
        if (state == ResultState.APPROVED) {
            throw new ConflictException("Result " + number + " was approved by " + approvedBy + " at " + approvedAt
                    + " and is not " + what + "; a new run of the month creates a correction of it");
        }
    }

    private void fill(ResultDocument content, String json, Instant now, String actor) {
        MonthClose close = content.close();
        this.computedAt = Objects.requireNonNull(now, "now");
        this.computedBy = Objects.requireNonNull(actor, "actor");
        this.document = Objects.requireNonNull(json, "json");
        Provenance provenance = content.header().provenance();
        this.agreementVersions = provenance.agreementVersions().isEmpty() ? null
                : provenance.agreementVersions().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.calendarVersions = provenance.calendarVersions().isEmpty() ? null
                : String.join("\n", provenance.calendarVersions());
        this.currency = close.invoice().currency().getCurrencyCode();
        this.score = close.quality().score();
        this.band = close.quality().band() == null ? null : close.quality().band().range();
        this.bandPenaltyPercent = close.quality().band() == null ? null : close.quality().band().penaltyPercent();
        this.penalty = penalties(close.invoice());
        this.total = close.invoice().total();
        this.totalDifference = content.difference() == null ? null : content.difference().total().difference();
    }

    /** The penalties of the invoice: the sum of its negative lines and the cap's give-back, as a negative amount or 0. */
    static BigDecimal penalties(Invoice invoice) {
        return invoice.lines().stream().filter(l -> switch (l.kind()) {
            case QOS_PENALTY, LATE_TICKETS, LATE_HOURS, LATE_PENALTY_CAP, PENALTY_LIMIT -> true;
            default -> false;
        }).map(InvoiceLine::amount).reduce(BigDecimal.ZERO.setScale(invoice.total().scale()), BigDecimal::add);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String number() {
        return number;
    }

    public long agreementId() {
        return agreementId;
    }

    public String agreementNumber() {
        return agreementNumber;
    }

    /** The SLA's customer organisation, whose users may read the result once approved. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public int sequence() {
        return sequence;
    }

    /** The approved result this one corrects. */
    public Optional<MonthResult> corrects() {
        return Optional.ofNullable(corrects);
    }

    public boolean correction() {
        return corrects != null;
    }

    public ResultState state() {
        return state;
    }

    public boolean approved() {
        return state == ResultState.APPROVED;
    }

    /** 1 for the first run stored, one more for each run that replaced the draft. */
    public int revision() {
        return revision;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public String computedBy() {
        return computedBy;
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public List<Integer> agreementVersions() {
        return agreementVersions == null ? List.of()
                : Arrays.stream(agreementVersions.split(",")).map(Integer::valueOf).toList();
    }

    public List<String> calendarVersions() {
        return calendarVersions == null ? List.of() : List.of(calendarVersions.split("\n"));
    }

    public String currency() {
        return currency;
    }

    /** The quality score, e.g. 0.6; empty when the agreement has no quality table. */
    public Optional<BigDecimal> score() {
        return Optional.ofNullable(score).map(s -> s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros());
    }

    /** The band's range, e.g. {@code [0.6, 0.85)}; empty without a band. */
    public Optional<String> band() {
        return Optional.ofNullable(band);
    }

    public Optional<BigDecimal> bandPenaltyPercent() {
        return Optional.ofNullable(bandPenaltyPercent);
    }

    /** The invoice's penalties, a negative amount (or 0), in the currency's minor unit. */
    public BigDecimal penalty() {
        return money(penalty);
    }

    /** The invoice's total in the currency's minor unit. */
    public BigDecimal total() {
        return money(total);
    }

    /** For a correction, what it bills (positive) or credits (negative) against the approved total. */
    public Optional<BigDecimal> totalDifference() {
        return Optional.ofNullable(totalDifference).map(this::money);
    }

    /** An amount as the invoice has it, with the currency's decimals (the column keeps four). */
    private BigDecimal money(BigDecimal amount) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    /** The content as the JSON document it was stored as. */
    public String document() {
        return document;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthResult other && number != null && number.equals(other.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    @Override
    public String toString() {
        return number + " (" + state + ", revision " + revision + ")";
    }
}
