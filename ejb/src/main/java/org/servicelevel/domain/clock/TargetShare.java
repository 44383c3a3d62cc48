package org.servicelevel.domain.clock;

import java.time.Duration;

/**
 * How much of its target a clock has used, and whether that puts the ticket at risk. A clock is
 * <em>at risk</em> while it still counts towards its target (running or waiting, not breached) and
 * has used at least the threshold share of it: with a threshold of 80 %, a 4-hour target is at risk
 * from 3 h 12 min of working time on. A clock without a target is never at risk; a breached one is
 * past the risk.
 */
public final class TargetShare {

    private TargetShare() {
    }

    /**
     * The share of the target used, in whole percent rounded down (may exceed 100 once the target is
     * passed); 0 for a clock without a target.
     */
    public static int percentUsed(Duration elapsed, Duration target) {
        if (target == null || elapsed == null || target.isZero() || target.isNegative()) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, elapsed.getSeconds()) * 100 / target.getSeconds());
    }

    /** Whether {@code clock} is at risk with a threshold of {@code thresholdPercent} percent of its target. */
    public static boolean atRisk(SlaClock clock, int thresholdPercent) {
        if (clock.state() != ClockState.RUNNING && clock.state() != ClockState.PAUSED) {
            return false;
        }
        return usedAtLeast(clock.elapsed(), clock.target(), thresholdPercent)
                && clock.elapsed().compareTo(clock.target()) <= 0;
    }

    /**
     * Whether {@code elapsed} is at least {@code percent} of {@code target}, exactly (no rounding):
     * 80 % of 4 h is reached at 3 h 12 min, not a second earlier.
     */
    public static boolean usedAtLeast(Duration elapsed, Duration target, int percent) {
        if (target == null || elapsed == null || target.isZero() || target.isNegative()) {
            return false;
        }
        return elapsed.getSeconds() * 100 >= target.getSeconds() * (long) percent;
    }

    /** A threshold checked to be a share between 1 and 100 percent. */
    public static int threshold(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalStateException("The at-risk share must be between 1 and 100 percent, not " + percent);
        }
        return percent;
    }
}
