package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a ticket of one priority resolved late costs the provider, in the agreement's currency: a fixed
 * {@code amount} per ticket and, where the contract says so, {@code perStartedHour} for each started
 * hour of working time over the resolution target (one second late is one started hour).
 */
@Embeddable
public class LatePenaltyRate {

    /** The decimals the records keep of an amount (and of the month's cap): three, as KWD's minor unit. */
    public static final int STORED_DECIMALS = 3;

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
