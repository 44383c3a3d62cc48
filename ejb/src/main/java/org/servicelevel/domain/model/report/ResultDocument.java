package org.servicelevel.domain.model.report;

import java.util.Objects;

/**
 * The content of a month's result as it is stored and exported: its header, the closed month (report,
 * quality score, invoice) and, for a correction, the difference from the approved result it corrects.
 *
 * @param difference {@code null} unless the header says the result is a correction
 */
public record ResultDocument(ResultHeader header, MonthClose close, MonthDifference difference) {

    public ResultDocument {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(close, "close");
        if (header.correction() != (difference != null)) {
            throw new IllegalArgumentException("a correction, and only a correction, states its difference");
        }
        if (!close.report().month().month().equals(header.month())) {
            throw new IllegalArgumentException("the result of " + header.month() + " holds the close of "
                    + close.report().month().month());
        }
    }
}
