package org.servicelevel.domain.model.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

/**
 * Work the month's invoice bills besides tickets, recorded by staff: {@linkplain WorkKind#DEVELOPMENT_HOURS
 * development hours} of a month (on a day and for a ticket where known), or a
 * {@linkplain WorkKind#WEEKEND_HOLIDAY_DAY day} on which the customer ordered support of a service
 * outside its service hours. Unlike a use counted against a volume, a work record can be corrected or
 * deleted until the month is closed: the close sums what is recorded then. A record keeps who
 * recorded it and who corrected it last; the agreement's audit trail keeps every step.
 */
@Entity
@Table(name = "usage_work")
@NamedQuery(name = "WorkRecord.findOfMonth", query = "SELECT w FROM WorkRecord w WHERE w.agreementId = :agreement"
        + " AND w.month = :month")
@NamedQuery(name = "WorkRecord.findOfServiceDay", query = "SELECT w FROM WorkRecord w WHERE w.agreementId = :agreement"
        + " AND w.serviceCode = :service AND w.day = :day")
public class WorkRecord {

    /** The most hours one record may hold. */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(100_000);

    @Id
    @SequenceGenerator(name = "usage_work_seq", sequenceName = "usage_work_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_work_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WorkKind kind;

    /** The first day of the month the record counts in. */
    @Column(name = "work_month", nullable = false)
    private LocalDate month;

    /** The day of the work, in the agreement's zone; always given for a support day. */
    @Column(name = "work_day")
    private LocalDate day;

    /** Development hours; none for a support day, which counts as one day. */
    @Column(precision = 8, scale = 2)
    private BigDecimal hours;

    /** The service supported on a support day; none for development hours. */
    @Column(name = "service_code", length = 40)
    private String serviceCode;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "ticket_number", length = 40)
    private String ticketNumber;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "corrected_by", length = 100)
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    protected WorkRecord() {
    }

    /** What a record holds, as recorded or corrected; the ticket already found under the agreement. */
    public record Work(WorkKind kind, YearMonth month, LocalDate day, BigDecimal hours, String serviceCode,
                       Long ticketId, String ticketNumber, String note) {
    }

    /**
     * A new record of {@code work} for the agreement.
     *
     * @throws InvalidInputException if the work breaks {@link #problems}
     */
    public WorkRecord(long agreementId, Work work, String actor, Instant at) {
        InvalidInputException.throwIfAny(problems(work));
        this.agreementId = agreementId;
        this.kind = work.kind();
        assign(work);
        this.recordedBy = Objects.requireNonNull(actor, "actor");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * What is wrong with {@code work} on its own, each against the request field: a kind; development
     * hours above 0 (at most {@link #MAX_HOURS}, two decimals) in a month, on a day of that month if a
     * day is given, without a service; a support day on a day with a service and no hours.
     */
    public static List<InvalidFieldException> problems(Work work) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (work.kind() == null) {
            errors.add(new InvalidFieldException("kind", "Give the kind: DEVELOPMENT_HOURS or WEEKEND_HOLIDAY_DAY"));
            return errors;
        }
        if (work.kind() == WorkKind.DEVELOPMENT_HOURS) {
            if (work.month() == null && work.day() == null) {
                errors.add(new InvalidFieldException("month", "Give the month of the development hours (YYYY-MM), or"
                        + " the day they were worked on"));
            } else if (work.month() != null && work.day() != null && !YearMonth.from(work.day()).equals(work.month())) {
                errors.add(new InvalidFieldException("date", work.day() + " is not in " + work.month()));
            }
            BigDecimal h = work.hours();
            if (h == null || h.signum() <= 0 || h.compareTo(MAX_HOURS) > 0 || h.stripTrailingZeros().scale() > 2) {
                errors.add(new InvalidFieldException("hours", "Give the development hours: more than 0, at most "
                        + MAX_HOURS + ", with at most two decimal places, e.g. 3.5"));
            }
            if (work.serviceCode() != null) {
                errors.add(new InvalidFieldException("service", "Development hours count for the whole agreement,"
                        + " not for a service; leave service out"));
            }
        } else {
            if (work.day() == null) {
                errors.add(new InvalidFieldException("date", "Give the day of the support (YYYY-MM-DD)"));
            } else if (work.month() != null && !YearMonth.from(work.day()).equals(work.month())) {
                errors.add(new InvalidFieldException("date", work.day() + " is not in " + work.month()));
            }
            if (work.serviceCode() == null) {
                errors.add(new InvalidFieldException("service", "Name the service supported on that day"));
            }
            if (work.hours() != null) {
                errors.add(new InvalidFieldException("hours", "A weekend or holiday support day counts as one day;"
                        + " leave hours out"));
            }
        }
        return errors;
    }

    /**
     * Corrects the record to {@code corrected} (of the same kind; kind left out: this record's) by
     * {@code actor}; what changed, one {@code field: before -> after} per changed value.
     *
     * @throws InvalidInputException if the work breaks {@link #problems} or
     *         changes the kind
     */
    public List<String> correct(Work corrected, String actor, Instant at) {
        Work work = corrected.kind() != null ? corrected : new Work(kind, corrected.month(), corrected.day(),
                corrected.hours(), corrected.serviceCode(), corrected.ticketId(), corrected.ticketNumber(),
                corrected.note());
        List<InvalidFieldException> errors = new ArrayList<>(problems(work));
        if (work.kind() != kind) {
            errors.add(0, new InvalidFieldException("kind", "This record counts " + kind + "; record "
                    + work.kind() + " as a new record and delete this one instead"));
        }
        InvalidInputException.throwIfAny(errors);
        List<String> changes = new ArrayList<>();
        changed(changes, "month", month(), monthOf(work));
        changed(changes, "date", day, work.day());
        changed(changes, "hours", text(hours), text(work.hours()));
        changed(changes, "service", serviceCode, work.serviceCode());
        changed(changes, "ticket", ticketNumber, work.ticketNumber());
        changed(changes, "note", note, work.note());
        if (!changes.isEmpty()) {
            assign(work);
            this.correctedBy = Objects.requireNonNull(actor, "actor");
            this.correctedAt = Objects.requireNonNull(at, "at");
        }
        return changes;
    }

    private void assign(Work work) {
        this.month = monthOf(work).atDay(1);
        this.day = work.day();
        this.hours = work.hours();
        this.serviceCode = work.serviceCode();
        this.ticketId = work.ticketId();
        this.ticketNumber = work.ticketNumber();
        this.note = work.note();
    }

    private static YearMonth monthOf(Work work) {
        return work.month() != null ? work.month() : YearMonth.from(work.day());
    }

    private static void changed(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "none" : before) + " -> " + (after == null ? "none" : after));
        }
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    /** The record in words for the audit trail: "development hours #51: 3.5 h in 2026-12 on 2026-12-03 for T-1". */
    public String describe() {
        String what = kind == WorkKind.DEVELOPMENT_HOURS
                ? "development hours #" + id + ": " + text(hours) + " h in " + month() + (day == null ? "" : " on " + day)
                : "weekend/holiday support day #" + id + ": " + serviceCode + " on " + day;
        return what + (ticketNumber == null ? "" : " for ticket " + ticketNumber) + (note == null ? "" : ": " + note);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long agreementId() {
        return agreementId;
    }

    public WorkKind kind() {
        return kind;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    /** The development hours; zero for a support day. */
    public BigDecimal hours() {
        return hours == null ? BigDecimal.ZERO : hours;
    }

    public Optional<String> serviceCode() {
        return Optional.ofNullable(serviceCode);
    }

    public Optional<Long> ticketId() {
        return Optional.ofNullable(ticketId);
    }

    public Optional<String> ticketNumber() {
        return Optional.ofNullable(ticketNumber);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<String> correctedBy() {
        return Optional.ofNullable(correctedBy);
    }

    public Optional<Instant> correctedAt() {
        return Optional.ofNullable(correctedAt);
    }
}
