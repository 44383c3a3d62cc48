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
import java.time.LocalDate;
import java.util.Objects;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/**
 * What one service of an agreement used of one unit in one period (a month for monthly volumes),
 * against the volume included for that period. There is one counter per agreement, service, unit and
 * period start; it is opened with the period's volume and keeps it, and every count locks it, so two
 * usages counted at once are counted one after the other and only one of them can be the one that
 * reaches a threshold or goes beyond the volume.
 */
@Entity
@Table(name = "usage_counter")
@NamedQuery(name = "UsageCounter.find", query = "SELECT c FROM UsageCounter c WHERE c.agreementId = :agreement"
        + " AND c.serviceCode = :service AND c.unit = :unit AND c.period = :period AND c.periodStart = :start")
@NamedQuery(name = "UsageCounter.findOverlapping", query = "SELECT c FROM UsageCounter c WHERE c.agreementId = :agreement"
        + " AND c.periodStart < :to AND c.periodEnd > :from ORDER BY c.serviceCode, c.unit, c.periodStart")
public class UsageCounter {

    @Id
    @SequenceGenerator(name = "usage_counter_seq", sequenceName = "usage_counter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_counter_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VolumeUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VolumePeriod period;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    /** The first day after the period. */
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    /** The volume included in the period; {@code null}: unlimited. */
    @Column(name = "volume_quantity", precision = 12, scale = 2)
    private BigDecimal volume;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal used;

    protected UsageCounter() {
    }

    /** A counter of nothing used yet in the period of {@code period} containing {@code day}. */
    public UsageCounter(long agreementId, String serviceCode, VolumeUnit unit, VolumePeriod period, LocalDate day,
                        BigDecimal volume) {
        this.agreementId = agreementId;
        this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.period = Objects.requireNonNull(period, "period");
        this.periodStart = period.startOf(day);
        this.periodEnd = period.endAfter(periodStart);
        this.volume = volume;
        this.used = BigDecimal.ZERO;
    }

    /** Counts {@code quantity} against the volume; what it did. */
    public VolumeCount count(BigDecimal quantity) {
        VolumeCount counted = VolumeCount.of(volume, used, quantity);
        used = counted.usedAfter();
        return counted;
    }

    /** Whether {@code day} lies in the period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && day.isBefore(periodEnd);
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

    public VolumePeriod period() {
        return period;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    /** The volume included in the period; {@code null}: unlimited. */
    public BigDecimal volume() {
        return volume;
    }

    public BigDecimal used() {
        return used;
    }

    /** Usage as a percentage of the volume; {@code null} without one. */
    public BigDecimal share() {
        return VolumeCount.share(used, volume);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsageCounter other && agreementId == other.agreementId
                && serviceCode.equals(other.serviceCode) && unit == other.unit && periodStart.equals(other.periodStart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreementId, serviceCode, unit, periodStart);
    }

    @Override
    public String toString() {
        return serviceCode + " " + unit + " from " + periodStart + ": " + used + " of "
                + (volume == null ? "unlimited" : volume);
    }
}
