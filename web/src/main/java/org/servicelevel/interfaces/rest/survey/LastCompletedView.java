package org.servicelevel.interfaces.rest.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The campaign of an agreement completed last on or before {@code on}, as the month's quality score
 * reads it; without {@code campaign} when none was completed by then.
 */
public record LastCompletedView(long agreementId, LocalDate on, CompletedCampaignView campaign) {

    /** A completed campaign and, per question, the positive and all answers (exact) and the positive share. */
    public record CompletedCampaignView(long id, String title, LocalDate completedOn, List<QuestionTallyView> questions) {
    }

    /** {@code share}: positive answers over all answers in percent, rounded half-up to two decimals. */
    public record QuestionTallyView(int number, String question, long positive, long total, BigDecimal share) {
    }
}
