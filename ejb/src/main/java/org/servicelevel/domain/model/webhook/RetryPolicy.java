package org.servicelevel.domain.model.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again: after {@code base} × 2^(attempts − 1), never longer than
 * {@code longest}; after {@code maxAttempts} attempts it is given up (dead-lettered).
 */
public record RetryPolicy(Duration base, Duration longest, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(longest, "longest");
        if (base.isNegative() || base.isZero() || longest.compareTo(base) < 0) {
            throw new IllegalArgumentException("The first pause must be positive and not longer than the longest: "
                    + base + ", " + longest);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
        }
    }

    /** The pause after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration pauseAfter(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 62 || base.toMillis() > longest.toMillis() >> doublings) {
            return longest;
        }
        Duration pause = base.multipliedBy(1L << doublings);
        return pause.compareTo(longest) > 0 ? longest : pause;
    }

    /** Whether no attempt is left after {@code attempts} failed ones. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
