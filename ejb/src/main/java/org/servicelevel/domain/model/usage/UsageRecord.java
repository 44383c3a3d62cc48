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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/**
 * One use of a service counted against its volume: a ticket registered under the agreement (one
 * ticket), or hours or visits recorded by staff, optionally against a ticket. It keeps the part of its
 * quantity that lay beyond the volume when it was counted ({@code extra}), which the month's close
 * bills as an extra; a record is never changed afterwards, so the close reads what was decided.
 */
@Entity
@Table(name = "usage_record")
@NamedQuery(name = "UsageRecord.findOfPeriod", query = "SELECT r FROM UsageRecord r WHERE r.agreementId = :agreement"
        + " AND r.periodStart >= :from AND r.periodStart < :to ORDER BY r.day, r.id")
@NamedQuery(name = "UsageRecord.findOnDays", query = "SELECT r FROM UsageRecord r WHERE r.agreementId = :agreement"
        + " AND r.day >= :from AND r.day < :to ORDER BY r.day, r.id")
@NamedQuery(name = "UsageRecord.findOfTicket", query = "SELECT r FROM UsageRecord r WHERE r.countedTicketId = :ticket")
public class UsageRecord {

    /** Where a record comes from. */
    public enum Source {
        /** A ticket registered under the agreement, counted by the system. */
        TICKET,
        /** Hours or visits recorded by staff. */
        ENTRY
    }

    @Id
    @SequenceGenerator(name = "usage_record_seq", sequenceName = "usage_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_record_seq")
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VolumeUnit unit;

    /** The start of the counter's period the record was counted in. */
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    /** The day of the use in the agreement's zone (a ticket's registration day). */
    @Column(name = "usage_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal quantity;

    /** The part of the quantity beyond the volume: billed as an extra. */
    @Column(name = "extra_quantity", nullable = false, precision = 12, scale = 2)
    private BigDecimal extra;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "ticket_number", length = 40)
    private String ticketNumber;

    /** The ticket a TICKET record counts; unique, so a ticket is counted once. */
    @Column(name = "counted_ticket_id")
    private Long countedTicketId;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected UsageRecord() {
    }

    /** The ticket's registration counted against its service's ticket volume. */
    public static UsageRecord ofTicket(UsageCounter counter, LocalDate day, VolumeCount counted, long ticketId,
                                       String ticketNumber, String actor, Instant at) {
        UsageRecord r = new UsageRecord(counter, day, counted, Source.TICKET, ticketId, ticketNumber, null, actor, at);
        r.countedTicketId = ticketId;
        return r;
    }

    /** Hours or visits recorded by staff, optionally against a ticket. */
    public static UsageRecord ofEntry(UsageCounter counter, LocalDate day, VolumeCount counted, Long ticketId,
                                      String ticketNumber, String note, String actor, Instant at) {
        return new UsageRecord(counter, day, counted, Source.ENTRY, ticketId, ticketNumber, note, actor, at);
    }

    private UsageRecord(UsageCounter counter, LocalDate day, VolumeCount counted, Source source, Long ticketId,
                        String ticketNumber, String note, String actor, Instant at) {
        this.agreementId = counter.agreementId();
        this.serviceCode = counter.serviceCode();
        this.unit = counter.unit();
        this.periodStart = counter.periodStart();
        this.day = Objects.requireNonNull(day, "day");
        this.quantity = counted.usedAfter().subtract(counted.usedBefore());
        this.extra = counted.extra();
        this.source = source;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.note = note;
        this.recordedBy = Objects.requireNonNull(actor, "actor");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /** Whether part of the record lies beyond the volume and is billed as an extra. */
    public boolean billableExtra() {
        return extra.signum() > 0;
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public VolumeUnit unit() {
        return unit;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate day() {
        return day;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal extra() {
        return extra;
    }

    public Source source() {
        return source;
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
}
