package org.servicelevel.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a question's scale ("as I expected") and whether it counts as positive. */
@Embeddable
public class AnswerOption {

    @Column(name = "option_label", nullable = false, length = 200)
    private String label;

    @Column(nullable = false)
    private boolean positive;

    protected AnswerOption() {
    }

    AnswerOption(String label, boolean positive) {
        this.label = label;
        this.positive = positive;
    }

    public String label() {
        return label;
    }

    public boolean positive() {
        return positive;
    }
}
