package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quality metric in a month: met or not, the value that decided it (as shown, and exact), a
 * sentence saying why, and the points it adds to the quality score (its weight when met, else 0).
 *
 * @param value  the deciding value as shown ("3:59:59", "12.5 %", "99.9512 %"), or "—" when there was
 *               nothing to measure
 * @param exact  the deciding value unrounded, {@code null} when there was nothing to measure
 * @param points the weight when met, else 0
 */
public record MetricOutcome(CloseTerms.Metric metric, Check check, String value, Fraction exact, String explanation,
                            BigDecimal points) {

    public MetricOutcome {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(explanation, "explanation");
    }

    static MetricOutcome of(CloseTerms.Metric metric, Check check, String value, Fraction exact, String explanation) {
        return new MetricOutcome(metric, check, value, exact, explanation,
                check.met() ? metric.weight() : BigDecimal.ZERO);
    }

    public boolean met() {
        return check.met();
    }
}
