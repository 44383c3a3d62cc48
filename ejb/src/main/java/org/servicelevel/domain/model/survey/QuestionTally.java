package org.servicelevel.domain.model.survey;

import java.math.BigDecimal;

/**
 * What a survey metric of the month's quality score reads from a completed campaign: for one question,
 * the number of positive answers and of all answers, both exact.
 */
public record QuestionTally(int number, String question, long positive, long total) {

    /** The positive share in percent, rounded half-up to two decimals, for display; {@code null} without answers. */
    public BigDecimal sharePercent() {
        return Shares.percent(positive, total);
    }

    /**
     * The exact positive share compared with {@code percent} (e.g. a metric's threshold of 70): negative
     * when below, 0 when exactly equal, positive when above.
     */
    public int compareShareTo(BigDecimal percent) {
        return Shares.compare(positive, total, percent);
    }
}
