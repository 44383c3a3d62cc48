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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person at the customer who answers a campaign, known in it by name, with their role there (e.g.
 * manager, specialist), by which the report breaks the answers down. Each question is answered at
 * most once; answering it again replaces the answer.
 */
@Entity
@Table(name = "survey_respondent")
public class Respondent {

    @Id
    @SequenceGenerator(name = "survey_respondent_seq", sequenceName = "survey_respondent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_respondent_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @Column(name = "respondent_name", nullable = false, length = Campaign.MAX_NAME)
    private String name;

    @Column(name = "name_key", nullable = false, length = Campaign.MAX_NAME)
    private String nameKey;

    /** The name's key by today's rule, worked out once: a stored key was written by the rule of its day. */
    @Transient
    private String key;

    @Column(name = "respondent_role", nullable = false, length = Campaign.MAX_ROLE)
    private String role;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "respondent_id"))
    private List<Answer> answers = new ArrayList<>();

    protected Respondent() {
    }

    Respondent(Campaign campaign, String name, String role, String enteredBy, Instant enteredAt) {
        this.campaign = campaign;
        this.name = name;
        this.nameKey = SurveyTexts.key(name);
        this.role = role;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** Records the answer to its question; an earlier answer to it is replaced. Whether one was. */
    boolean answer(Answer answer) {
        boolean replaced = answers.removeIf(a -> a.questionNumber() == answer.questionNumber());
        answers.add(answer);
        return replaced;
    }

    void changeRole(String role) {
        this.role = role;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    String nameKey() {
        return nameKey;
    }

    /** What the name is compared by (see {@link SurveyTexts}). */
    String key() {
        if (key == null) {
            key = SurveyTexts.key(name);
        }
        return key;
    }

    public String role() {
        return role;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    /** The answers, by question number. */
    public List<Answer> answers() {
        return answers.stream().sorted(Comparator.comparingInt(Answer::questionNumber)).toList();
    }

    public Optional<Answer> answerTo(int questionNumber) {
        return answers.stream().filter(a -> a.questionNumber() == questionNumber).findFirst();
    }
}
