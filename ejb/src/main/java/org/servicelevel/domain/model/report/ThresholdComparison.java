package org.servicelevel.domain.model.report;

import java.math.BigDecimal;

/**
 * How a survey metric's share of positive answers is compared with its threshold: strictly greater
 * ("more than 70 %", the sample contract's wording) or at least ("70 % or more").
 */
public enum ThresholdComparison {
    GREATER_THAN(">"), AT_LEAST("≥");

    private final String symbol;

    ThresholdComparison(String symbol) {
        this.symbol = symbol;
    }

    /** {@code ">"} or {@code "≥"}. */
    public String symbol() {
        return symbol;
    }

    /** Whether the exact share satisfies the comparison with the threshold in percent. */
    public boolean holds(Fraction share, BigDecimal thresholdPercent) {
        return this == GREATER_THAN ? share.abovePercent(thresholdPercent) : share.atLeastPercent(thresholdPercent);
    }
}
