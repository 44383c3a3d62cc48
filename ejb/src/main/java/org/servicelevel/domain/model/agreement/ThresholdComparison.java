package org.servicelevel.domain.model.agreement;

/**
 * How a survey metric's share of positive answers compares with its threshold: {@link #AT_LEAST}
 * (70 % meets "at least 70 %") or {@link #GREATER_THAN} (the sample contract's "more than 70 %", which
 * exactly 70 % does not meet). Terms that do not say compare {@code AT_LEAST}.
 */
public enum ThresholdComparison {
    AT_LEAST, GREATER_THAN;

    /** {@code "≥"} or {@code ">"}, for explanations. */
    public String symbol() {
        return this == AT_LEAST ? "≥" : ">";
    }
}
