package org.servicelevel.domain.model.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** The question with this text, ignoring case and surrounding blanks. */
    public Optional<Question> question(String text) {
        String wanted = text.strip();
        return questions.stream().filter(q -> q.text().strip().equalsIgnoreCase(wanted)).findFirst();
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
