package org.servicelevel.interfaces.rest.survey;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One respondent's answers: their name, their role at the customer (required for a new respondent;
 * for a known one it changes the role) and answers to questions by number, each an answer of the
 * question's scale (ignoring case). Answering a question again replaces the answer; no answers only
 * registers the respondent.
 */
public class ResponseRequest {

    @Schema(required = true, maxLength = 200, example = "Anna Smith")
    public String respondent;

    @Schema(maxLength = 100, example = "manager")
    public String role;

    public List<AnswerRequest> answers;

    /** An answer to question {@code question} (its number, from 1). */
    public static class AnswerRequest {

        @Schema(required = true, example = "1")
        public Integer question;

        @Schema(required = true, example = "mostly yes")
        public String answer;
    }
}
