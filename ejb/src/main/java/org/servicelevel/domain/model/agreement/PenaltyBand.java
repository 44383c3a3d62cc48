package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A range of the month's quality score and the penalty it costs, in percent of the monthly fee. The
 * lower bound is inclusive and the upper bound exclusive, except that the band reaching 1 includes 1.
 */
@Embeddable
public class PenaltyBand {

    @Column(name = "qos_from", nullable = false, precision = 6, scale = 4)
    private BigDecimal from;

    @Column(name = "qos_to", nullable = false, precision = 6, scale = 4)
    private BigDecimal to;

    @Column(name = "penalty_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal penaltyPercent;

    protected PenaltyBand() {
    }

    public PenaltyBand(BigDecimal from, BigDecimal to, BigDecimal penaltyPercent) {
        this.from = from;
        this.to = to;
        this.penaltyPercent = penaltyPercent;
    }

    public BigDecimal from() {
        return from;
    }

    public BigDecimal to() {
        return to;
    }

    public BigDecimal penaltyPercent() {
        return penaltyPercent;
    }

    /** Whether the quality score falls into this band. */
    public boolean contains(BigDecimal qos) {
        return qos.compareTo(from) >= 0 && (qos.compareTo(to) < 0 || to.compareTo(BigDecimal.ONE) == 0
                && qos.compareTo(BigDecimal.ONE) == 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PenaltyBand other && from.compareTo(other.from) == 0 && to.compareTo(other.to) == 0
                && penaltyPercent.compareTo(other.penaltyPercent) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from.stripTrailingZeros(), to.stripTrailingZeros());
    }
}
