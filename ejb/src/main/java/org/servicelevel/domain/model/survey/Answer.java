package org.servicelevel.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A respondent's answer to one question (by its number): the index of the chosen option in its scale. */
@Embeddable
public class Answer {

    @Column(name = "question_number", nullable = false)
    private int questionNumber;

    @Column(name = "option_index", nullable = false)
    private int optionIndex;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected Answer() {
    }

    Answer(int questionNumber, int optionIndex, String enteredBy, Instant enteredAt) {
        this.questionNumber = questionNumber;
        this.optionIndex = optionIndex;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public int questionNumber() {
        return questionNumber;
    }

    public int optionIndex() {
        return optionIndex;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
