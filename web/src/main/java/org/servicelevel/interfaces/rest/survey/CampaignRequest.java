package org.servicelevel.interfaces.rest.survey;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey campaign as sent by a client: a title, the day its results are due (YYYY-MM-DD) and its
 * questions in order. On a change, leaving {@code questions} out keeps them; they change only while
 * nobody has answered.
 */
public class CampaignRequest {

    @Schema(required = true, maxLength = 200, example = "Customer survey, first half of 2026")
    public String title;

    @Schema(required = true, example = "2026-06-20", description = "The day the results are due, YYYY-MM-DD")
    public LocalDate dueDate;

    @Schema(description = "The questions in the order they are asked; numbered from 1")
    public List<QuestionRequest> questions;

    /**
     * A question: its text (which links it to the agreement's survey metric of the same question), its
     * answers in order, best first, and those that count as positive.
     */
    public static class QuestionRequest {

        @Schema(required = true, maxLength = 500, example = "Were you kept informed about progress?")
        public String text;

        @Schema(required = true, example = "[\"yes\", \"mostly yes\", \"mostly no\", \"no\"]",
                description = "2 to 10 answers, best first")
        public List<String> answers;

        @Schema(required = true, example = "[\"yes\", \"mostly yes\"]",
                description = "The answers that count as positive: at least one, not all")
        public List<String> positive;
    }
}
