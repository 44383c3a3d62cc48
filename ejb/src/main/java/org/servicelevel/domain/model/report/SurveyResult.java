package org.servicelevel.domain.model.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicelevel.domain.model.survey.SurveyTexts;

/**
 * The result of the survey campaign a month's survey metrics use: the last one completed on or
 * before the month's last day, with the number of positive answers and of all answers per question.
 */
public record SurveyResult(String campaign, LocalDate completedOn, List<Question> questions) {

    public SurveyResult {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(completedOn, "completion date of campaign " + campaign);
        questions = List.copyOf(questions);
    }

    /**
     * The question with this text, compared as campaigns compare texts ({@link SurveyTexts}): case and
     * the white space around and between words do not count.
     */
    public Optional<Question> question(String text) {
        return questions.stream().filter(q -> SurveyTexts.same(q.text(), text)).findFirst();
    }

    /** The answers to one question: how many count as positive, out of all. */
    public record Question(String text, int positive, int total) {

        public Question {
            Objects.requireNonNull(text, "question");
            if (positive < 0 || total < positive) {
                throw new IllegalArgumentException("question '" + text + "' has " + positive + " positive answers of "
                        + total + "; positive answers are from 0 to all answers");
            }
        }
    }
}
