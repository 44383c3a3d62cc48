package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient such as an average of seconds (sum over count) or a share (late over all),
 * kept unrounded so that every comparison with a target is exact: two fractions, or a fraction and
 * a decimal, are compared by cross-multiplication, never through a rounded value. Rounding happens
 * only for display ({@link #rounded}, {@link #percent}).
 *
 * @param numerator   the dividend
 * @param denominator the divisor, above zero
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("the denominator of a fraction is above zero, not " + denominator);
        }
    }

    /** {@code numerator / denominator} of whole numbers. */
    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** Whether this is at most the decimal {@code value}: {@code n ≤ value × d}. */
    public boolean atMost(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator)) <= 0;
    }

    /** Whether this is at least the decimal {@code value}: {@code n ≥ value × d}. */
    public boolean atLeast(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator)) >= 0;
    }

    /** Whether this is strictly greater than the decimal {@code value}: {@code n > value × d}. */
    public boolean greaterThan(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator)) > 0;
    }

    /** Whether this, as a share, is at most {@code percent} percent: {@code 100 × n ≤ percent × d}. */
    public boolean atMostPercent(BigDecimal percent) {
        return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator)) <= 0;
    }

    /** Whether this, as a share, is at least {@code percent} percent: {@code 100 × n ≥ percent × d}. */
    public boolean atLeastPercent(BigDecimal percent) {
        return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator)) >= 0;
    }

    /** Whether this, as a share, is strictly above {@code percent} percent: {@code 100 × n > percent × d}. */
    public boolean abovePercent(BigDecimal percent) {
        return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator)) > 0;
    }

    /** The value rounded half-up to {@code scale} decimals, for display. */
    public BigDecimal rounded(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** The value as a percentage rounded half-up to {@code scale} decimals, for display. */
    public BigDecimal percent(int scale) {
        return numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** Compares exactly by cross-multiplication. */
    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Equal when the quotients are equal: {@code 1/2} equals {@code 2/4}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        BigDecimal exact = numerator.divide(denominator, 12, RoundingMode.HALF_UP).stripTrailingZeros();
        return exact.signum() == 0 ? 0 : exact.hashCode();
    }

    /** E.g. {@code "3/8"}. */
    @Override
    public String toString() {
        return numerator.stripTrailingZeros().toPlainString() + "/" + denominator.stripTrailingZeros().toPlainString();
    }
}
