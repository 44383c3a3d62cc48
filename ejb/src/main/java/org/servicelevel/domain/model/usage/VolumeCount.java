package org.servicelevel.domain.model.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One quantity counted against a volume: the usage before and after it, the part of it beyond the
 * volume (billed as an extra) and the notification thresholds it made usage reach. All comparisons
 * are exact: a threshold of {@code t} % is reached when {@code used × 100 ≥ t × volume} and usage is
 * above zero, so a volume of zero is reached by the first use. Without a volume (unlimited) nothing
 * is extra and no threshold exists.
 */
public record VolumeCount(BigDecimal volume, BigDecimal usedBefore, BigDecimal usedAfter) {

    /** The shares of a volume, in percent, whose reaching is notified. */
    public static final List<Integer> THRESHOLDS = List.of(80, 100);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public VolumeCount {
        Objects.requireNonNull(usedBefore, "usedBefore");
        Objects.requireNonNull(usedAfter, "usedAfter");
    }

    /** Counts {@code quantity} (positive) on top of {@code usedBefore} against {@code volume} ({@code null}: unlimited). */
    public static VolumeCount of(BigDecimal volume, BigDecimal usedBefore, BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("A counted quantity is positive, not " + quantity);
        }
        return new VolumeCount(volume, usedBefore, usedBefore.add(quantity));
    }

    /** The part of this quantity beyond the volume: zero while usage stays within it. */
    public BigDecimal extra() {
        if (volume == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal from = usedBefore.max(volume);
        return usedAfter.compareTo(from) > 0 ? usedAfter.subtract(from) : BigDecimal.ZERO;
    }

    /** Whether any of this quantity lies beyond the volume. */
    public boolean overVolume() {
        return extra().signum() > 0;
    }

    /** The thresholds (percent, ascending) this quantity made usage reach; usually none. */
    public List<Integer> thresholdsReached() {
        if (volume == null) {
            return List.of();
        }
        return THRESHOLDS.stream().filter(t -> reached(usedAfter, t) && !reached(usedBefore, t)).toList();
    }

    private boolean reached(BigDecimal used, int threshold) {
        return used.signum() > 0 && used.multiply(HUNDRED).compareTo(volume.multiply(BigDecimal.valueOf(threshold))) >= 0;
    }

    /**
     * {@code used} as a percentage of {@code volume}: exact where the quotient terminates (6 of 5 is
     * 120), else to four decimal places rounded half-up (1 of 3 is 33.3333); {@code null} without a
     * volume or for a volume of zero.
     */
    public static BigDecimal share(BigDecimal used, BigDecimal volume) {
        if (volume == null || volume.signum() == 0) {
            return null;
        }
        BigDecimal percent;
        try {
            percent = used.multiply(HUNDRED).divide(volume).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            percent = used.multiply(HUNDRED).divide(volume, 4, RoundingMode.HALF_UP);
        }
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }
}
