package org.servicelevel.domain.model.report;

import java.util.Objects;

/** An agreement's closed month: the quantitative report, the quality score with its band, and the invoice. */
public record MonthClose(MonthReport report, QualityScore quality, Invoice invoice) {

    public MonthClose {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(invoice, "invoice");
    }
}
