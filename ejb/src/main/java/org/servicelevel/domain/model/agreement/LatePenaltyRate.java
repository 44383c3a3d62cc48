package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a ticket of one priority resolved late costs the provider, in the agreement's currency: a fixed
 * {@code amount} per ticket and, where the contract says so, {@code perStartedHour} for each started
 * hour of working time over the resolution target (one second late is one started hour).
 */
@Embeddable
public class LatePenaltyRate {

    private static final long HOUR = 3_600;

    @Column(name = "priority_number", nullable = false)
    private int priority;

    @Column(name = "amount", nullable = false, precision = 13, scale = 3)
    private BigDecimal amount;

    @Column(name = "per_started_hour", precision = 13, scale = 3)
    private BigDecimal perStartedHour;

    protected LatePenaltyRate() {
    }

    public LatePenaltyRate(int priority, BigDecimal amount, BigDecimal perStartedHour) {
        this.priority = priority;
        this.amount = amount;
        this.perStartedHour = perStartedHour;
    }

    public int priority() {
        return priority;
    }

    /** The amount per ticket resolved late. */
    public BigDecimal amount() {
        return amount;
    }

    /** The amount per started hour over the target, if the contract has one. */
    public Optional<BigDecimal> perStartedHour() {
        return Optional.ofNullable(perStartedHour);
    }

    /** The started hours of working time in {@code overTarget}: 0 for none, 1 for one second up to an hour. */
    public static long startedHours(Duration overTarget) {
        if (overTarget.isNegative() || overTarget.isZero()) {
            return 0;
        }
        long seconds = overTarget.getSeconds() + (overTarget.getNano() > 0 ? 1 : 0);
        return (seconds + HOUR - 1) / HOUR;
    }

    /**
     * What one ticket resolved {@code overTarget} after its target costs, exactly (nothing for a
     * ticket on time): the amount, plus the hourly amount for each started hour.
     */
    public BigDecimal penaltyFor(Duration overTarget) {
        long hours = startedHours(overTarget);
        if (hours == 0) {
            return BigDecimal.ZERO;
        }
        return perStartedHour == null ? amount : amount.add(perStartedHour.multiply(BigDecimal.valueOf(hours)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatePenaltyRate other && priority == other.priority && same(amount, other.amount)
                && same(perStartedHour, other.perStartedHour);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(priority);
    }
}
