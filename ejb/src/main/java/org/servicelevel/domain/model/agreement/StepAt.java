package org.servicelevel.domain.model.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When an escalation step comes due, as a contract writes it: a share of the clock's target
 * ({@code "80%"}; {@code "100%"} is the breach) or an offset from the due instant, before it
 * ({@code "-PT1H"}) or after it ({@code "PT30M"}). A share is always of the target's working time; an
 * offset is counted in working or real time as its step says.
 *
 * @param percent the share of the target, or {@code null} for an offset
 * @param offset  the offset from the due instant, or {@code null} for a share
 */
public record StepAt(BigDecimal percent, Duration offset) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);
    private static final Duration MAX_OFFSET = Duration.ofDays(366);

    /** The breach: the instant the clock counts past its target. */
    public static final StepAt DUE = new StepAt(HUNDRED, null);

    /**
     * Reads {@code "80%"}, {@code "100%"}, {@code "PT30M"} or {@code "-PT1H"}; empty for anything else
     * (a share from above 0 to 1000 % with at most two decimals; an offset of at most a year).
     */
    public static Optional<StepAt> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.endsWith("%")) {
            try {
                BigDecimal p = new BigDecimal(t.substring(0, t.length() - 1).strip());
                if (p.signum() <= 0 || p.compareTo(MAX_PERCENT) > 0 || p.stripTrailingZeros().scale() > 2) {
                    return Optional.empty();
                }
                return Optional.of(new StepAt(p.stripTrailingZeros(), null));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Duration d = Duration.parse(t);
            if (d.abs().compareTo(MAX_OFFSET) > 0 || d.getNano() != 0) {
                return Optional.empty();
            }
            return Optional.of(d.isZero() ? DUE : new StepAt(null, d));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean isShare() {
        return percent != null;
    }

    /** Whether the step comes before the breach: a share under 100 % or an offset before the due instant. */
    public boolean beforeDue() {
        return isShare() ? percent.compareTo(HUNDRED) < 0 : offset.isNegative();
    }

    /** The breach itself: 100 % of the target. */
    public boolean atDue() {
        return isShare() && percent.compareTo(HUNDRED) == 0;
    }

    /** The working seconds of a target at which a share falls, rounded up to the second. */
    public long secondsOf(long targetSeconds) {
        return percent.multiply(BigDecimal.valueOf(targetSeconds))
                .divide(HUNDRED, 0, java.math.RoundingMode.CEILING).longValueExact();
    }

    /** As written: {@code 80%}, {@code PT30M} or {@code -PT1H}. */
    @Override
    public String toString() {
        return isShare() ? percent.toPlainString() + "%" : offset.toString();
    }
}
