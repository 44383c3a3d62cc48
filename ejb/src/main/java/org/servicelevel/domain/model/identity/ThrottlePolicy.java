package org.servicelevel.domain.model.identity;

import java.time.Duration;

/**
 * How failed sign-ins are answered for one kind of subject (an account, a client address), counting
 * the failures within {@code window}: from the {@code freeFailures}th failure on, each one refuses
 * further attempts for a delay that starts at {@code firstDelay} and doubles up to {@code maxDelay}
 * (with five free failures, the sixth attempt in a row is refused until the delay has passed); at
 * {@code lockoutFailures} the subject is locked out for {@code lockout}, until it passes or an
 * administrator lifts it.
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay, int lockoutFailures,
                             Duration lockout, Duration window) {

    public ThrottlePolicy {
        if (freeFailures < 1 || lockoutFailures <= freeFailures) {
            throw new IllegalArgumentException("free failures (" + freeFailures + ") must be at least 1 and fewer"
                    + " than the failures that lock out (" + lockoutFailures + ")");
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || lockout.isNegative()
                || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("delays, lockout and window must be positive, the first delay at most"
                    + " the longest");
        }
    }

    /** The delay after the {@code failures}th failure, or zero before the {@code freeFailures}th. */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
