package org.servicelevel.domain.model.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A question of a campaign, numbered from 1 in the order it is asked, with its answer scale in order
 * (from the best answer to the worst, as the campaign's author lists them). Its text is what links it
 * to the agreement's survey metrics.
 */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    @Id
    @SequenceGenerator(name = "survey_question_seq", sequenceName = "survey_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @Column(name = "question_number", nullable = false)
    private int number;

    @Column(name = "question_text", nullable = false, length = Campaign.MAX_QUESTION)
    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "option_index")
    private List<AnswerOption> options = new ArrayList<>();

    protected SurveyQuestion() {
    }

    SurveyQuestion(Campaign campaign, int number, String text, List<AnswerOption> options) {
        this.campaign = campaign;
        this.number = number;
        this.text = text;
        this.options.addAll(options);
    }

    void redefine(String text, List<AnswerOption> options) {
        this.text = text;
        this.options.clear();
        this.options.addAll(options);
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public List<AnswerOption> options() {
        return List.copyOf(options);
    }

    /** The index of the option whose label is {@code label} (ignoring case and spacing). */
    public Optional<Integer> optionIndex(String label) {
        return IntStream.range(0, options.size()).filter(i -> SurveyTexts.same(options.get(i).label(), label))
                .boxed().findFirst();
    }

    public AnswerOption option(int index) {
        return options.get(index);
    }

    /** The labels of the scale, in order, for messages. */
    public List<String> labels() {
        return options.stream().map(AnswerOption::label).toList();
    }
}
