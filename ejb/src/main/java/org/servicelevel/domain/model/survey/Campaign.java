package org.servicelevel.domain.model.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.SupportedTime;
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.agreement.QualityMetric;

/**
 * A survey campaign of one agreement: what the customer's people are asked (questions on ordered
 * answer scales, some answers counting as positive), who answered (respondents with their role) and
 * what, and when its results are due. It takes answers while {@link CampaignStatus#OPEN}; completed on
 * a date it is read-only, and it is then the campaign the month's quality score reads for every month
 * ending on or after that date, until a later one is completed.
 *
 * <p>Rules it guards: questions are numbered from 1 and their texts differ (a text links a question to
 * the agreement's survey metrics); a scale has 2 to {@value #MAX_OPTIONS} different answers, at least
 * one positive and one not; questions and scales change only while nobody has answered; a respondent
 * answers each question at most once (again, the answer is replaced), with an answer of its scale; a
 * campaign is completed on a day not in the future once every question has at least one answer.
 */
@Entity
@Table(name = "survey_campaign")
@NamedQuery(name = "Campaign.findByAgreement", query = "SELECT c FROM Campaign c WHERE c.agreementId = :agreement"
        + " ORDER BY c.dueDate DESC, c.id DESC")
@NamedQuery(name = "Campaign.findCompletedOnOrBefore", query = "SELECT c FROM Campaign c WHERE c.agreementId = :agreement"
        + " AND c.status = org.servicelevel.domain.model.survey.CampaignStatus.COMPLETED AND c.completedOn <= :date"
        + " ORDER BY c.completedOn DESC, c.completedAt DESC, c.id DESC")
public class Campaign {

    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_LABEL = 200;
    public static final int MAX_NAME = 200;
    public static final int MAX_ROLE = 100;
    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_RESPONDENTS = 5000;

    @Id
    @SequenceGenerator(name = "survey_campaign_seq", sequenceName = "survey_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_campaign_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    /** When anything of the campaign last changed, answers included: every change is a new version. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Respondent> respondents = new ArrayList<>();

    protected Campaign() {
    }

    /** A question as its author writes it: its text, its answers in order and those that count as positive. */
    public record QuestionDefinition(String text, List<String> answers, List<String> positive) {
    }

    /** What a campaign says: a title, the day its results are due and its questions in order. */
    public record Definition(String title, LocalDate dueDate, List<QuestionDefinition> questions) {
    }

    /** An open campaign of agreement {@code agreementId}; every wrong field of {@code definition} is named at once. */
    public Campaign(long agreementId, Definition definition, Instant now, String actor) {
        this.agreementId = agreementId;
        this.status = CampaignStatus.OPEN;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBy = Objects.requireNonNull(actor, "actor");
        this.changedAt = now;
        List<InvalidFieldException> errors = new ArrayList<>();
        String checkedTitle = title(definition.title(), errors);
        LocalDate checkedDue = dueDate(definition.dueDate(), errors);
        List<QuestionDefinition> checked = questions(definition.questions(), errors);
        InvalidInputException.throwIfAny(errors);
        this.title = checkedTitle;
        this.dueDate = checkedDue;
        applyQuestions(checked);
    }

    /**
     * Changes the title and due date and, when {@code definition.questions()} is not {@code null}, the
     * questions. Questions and scales change only while nobody has answered; sending them unchanged is
     * always fine.
     */
    public void revise(Definition definition, Instant now) {
        requireOpen();
        List<InvalidFieldException> errors = new ArrayList<>();
        String checkedTitle = title(definition.title(), errors);
        LocalDate checkedDue = dueDate(definition.dueDate(), errors);
        List<QuestionDefinition> checked = definition.questions() == null ? null
                : questions(definition.questions(), errors);
        InvalidInputException.throwIfAny(errors);
        if (checked != null && !checked.equals(definitions()) && answerCount() > 0) {
            throw new ConflictException("Campaign '" + title + "' has " + answerCount() + " answers; its questions and"
                    + " answer scales can no longer change. Leave questions out to change only the title and due date.");
        }
        this.title = checkedTitle;
        this.dueDate = checkedDue;
        if (checked != null && !checked.equals(definitions())) {
            applyQuestions(checked);
        }
        this.changedAt = now;
    }

    // ---- answers ------------------------------------------------------------------------------------

    /** One answer as given: the question's number and the answer's label. */
    public record GivenAnswer(Integer question, String answer) {
    }

    /**
     * One respondent's answers: their name, their role (needed for a new respondent; for a known one it
     * changes the role) and answers to some questions (none: the respondent is only registered).
     */
    public record Entry(String respondent, String role, List<GivenAnswer> answers) {

        public Entry {
            answers = answers == null ? null : new ArrayList<>(answers);
        }
    }

    /** Where each part of an {@link Entry} came from, to name it in errors: a JSON path, a CSV cell. */
    public interface EntryFields {

        String respondent();

        String role();

        String question(int index);

        String answer(int index);

        /** The fields of a JSON body: {@code respondent}, {@code role}, {@code answers[i].question}, {@code answers[i].answer}. */
        EntryFields JSON = new EntryFields() {
            @Override
            public String respondent() {
                return "respondent";
            }

            @Override
            public String role() {
                return "role";
            }

            @Override
            public String question(int index) {
                return "answers[" + index + "].question";
            }

            @Override
            public String answer(int index) {
                return "answers[" + index + "].answer";
            }
        };
    }

    /** What an entry did: whether the respondent is new, or got another role, and how many answers were recorded and replaced. */
    public record Recorded(String respondent, String role, boolean newRespondent, boolean roleChanged, int answered,
                           int replaced) {
    }

    /** Every rule {@code entry} breaks against this campaign as it is now, named by {@code fields}. */
    public List<InvalidFieldException> problems(Entry entry, EntryFields fields) {
        List<InvalidFieldException> errors = new ArrayList<>();
        String name = null;
        try {
            name = Texts.oneLine(fields.respondent(), entry.respondent());
        } catch (InvalidFieldException e) {
            errors.add(e);
        }
        if (name == null && errors.isEmpty()) {
            errors.add(new InvalidFieldException(fields.respondent(), "Name the respondent, e.g. Anna Smith"));
        } else if (name != null && name.length() > MAX_NAME) {
            errors.add(new InvalidFieldException(fields.respondent(), "A respondent's name has at most " + MAX_NAME
                    + " characters"));
        }
        Optional<Respondent> known = name == null ? Optional.empty() : respondent(name);
        String role = null;
        try {
            role = Texts.oneLine(fields.role(), entry.role());
        } catch (InvalidFieldException e) {
            errors.add(e);
        }
        if (role != null && role.length() > MAX_ROLE) {
            errors.add(new InvalidFieldException(fields.role(), "A role has at most " + MAX_ROLE + " characters"));
        } else if (role == null && name != null && known.isEmpty() && Texts.problem(entry.role(), false) == null) {
            errors.add(new InvalidFieldException(fields.role(), "Give the role of new respondent " + name
                    + " at the customer, e.g. manager or specialist"));
        }
        if (name != null && known.isEmpty() && respondents.size() >= MAX_RESPONDENTS) {
            errors.add(new InvalidFieldException(fields.respondent(), "A campaign has at most " + MAX_RESPONDENTS
                    + " respondents"));
        }
        List<GivenAnswer> answers = entry.answers() == null ? List.of() : entry.answers();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            GivenAnswer given = answers.get(i);
            Integer number = given == null ? null : given.question();
            SurveyQuestion question = number == null ? null : question(number).orElse(null);
            if (question == null) {
                errors.add(new InvalidFieldException(fields.question(i), number == null
                        ? "Give the number of the question answered, from 1 to " + questions.size()
                        : "There is no question " + number + "; the questions are numbered 1 to " + questions.size()));
                continue;
            }
            if (!seen.add(number)) {
                errors.add(new InvalidFieldException(fields.question(i), "Question " + number
                        + " is answered twice; a respondent gives one answer to a question"));
                continue;
            }
            String label = given.answer();
            String problem = Texts.problem(label, false);
            if (problem != null) {
                errors.add(new InvalidFieldException(fields.answer(i), problem));
            } else if (label == null || label.isBlank()) {
                errors.add(new InvalidFieldException(fields.answer(i), "Give the answer to question " + number
                        + ": one of " + question.labels()));
            } else if (question.optionIndex(label).isEmpty()) {
                errors.add(new InvalidFieldException(fields.answer(i), "'" + abbreviated(label)
                        + "' is not an answer of question " + number + "; its answers are " + question.labels()));
            }
        }
        return errors;
    }

    /**
     * Records one respondent's answers, registering the respondent if new (with the spelling of a role
     * another respondent has already, ignoring case).
     *
     * @throws ConflictException when the campaign is completed
     * @throws InvalidInputException naming each wrong part by {@code fields}
     */
    public Recorded record(Entry entry, EntryFields fields, Instant now, String actor) {
        requireOpen();
        InvalidInputException.throwIfAny(problems(entry, fields));
        String name = Texts.strippedOrNull(entry.respondent());
        String role = canonicalRole(Texts.strippedOrNull(entry.role()));
        Respondent respondent = respondent(name).orElse(null);
        boolean created = respondent == null;
        boolean roleChanged = false;
        if (created) {
            respondent = new Respondent(this, name, role, actor, now);
            respondents.add(respondent);
        } else if (role != null && !role.equals(respondent.role())) {
            respondent.changeRole(role);
            roleChanged = true;
        }
        int replaced = 0;
        List<GivenAnswer> answers = entry.answers() == null ? List.of() : entry.answers();
        for (GivenAnswer given : answers) {
            SurveyQuestion question = question(given.question()).orElseThrow();
            int option = question.optionIndex(given.answer()).orElseThrow();
            replaced += respondent.answer(new Answer(question.number(), option, actor, now)) ? 1 : 0;
        }
        this.changedAt = now;
        return new Recorded(respondent.name(), respondent.role(), created, roleChanged, answers.size(), replaced);
    }

    // ---- completion ---------------------------------------------------------------------------------

    /**
     * Completes the campaign on {@code on}, a day not after {@code today}; from then on it is read-only.
     *
     * @throws ConflictException when it is completed already or a question has no answer yet
     */
    public void complete(LocalDate on, LocalDate today, Instant now, String actor) {
        requireOpen();
        if (on == null) {
            throw new InvalidFieldException("on", "Give the day the campaign was completed, as YYYY-MM-DD");
        }
        if (SupportedTime.problem(on) != null) {
            throw new InvalidFieldException("on", SupportedTime.problem(on));
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException("on", "A campaign is completed on a day that has begun; " + on
                    + " is after today, " + today);
        }
        List<Integer> unanswered = questions.stream().map(SurveyQuestion::number)
                .filter(n -> respondents.stream().noneMatch(r -> r.answerTo(n).isPresent())).toList();
        if (!unanswered.isEmpty()) {
            throw new ConflictException("Campaign '" + title + "' cannot be completed: nobody has answered question"
                    + (unanswered.size() == 1 ? " " : "s ") + unanswered + " yet, and a share of no answers means nothing");
        }
        this.status = CampaignStatus.COMPLETED;
        this.completedOn = on;
        this.completedAt = now;
        this.completedBy = actor;
        this.changedAt = now;
    }

    /**
     * The survey metrics among {@code metrics} (an agreement's quality table) whose question none of
     * this campaign's questions has: the month's quality score cannot read them from this campaign.
     */
    public List<QualityMetric> metricsWithoutQuestion(List<QualityMetric> metrics) {
        return metrics.stream().filter(m -> m.kind() == MetricKind.SURVEY)
                .filter(m -> questions.stream().noneMatch(q -> SurveyTexts.same(q.text(), m.question()))).toList();
    }

    /** Per question, the positive answers and all answers, exact. */
    public List<QuestionTally> tallies() {
        return questions.stream().map(q -> {
            long total = 0;
            long positive = 0;
            for (Respondent r : respondents) {
                Optional<Answer> answer = r.answerTo(q.number());
                if (answer.isPresent()) {
                    total++;
                    positive += q.option(answer.get().optionIndex()).positive() ? 1 : 0;
                }
            }
            return new QuestionTally(q.number(), q.text(), positive, total);
        }).toList();
    }

    /** The qualitative report: each answer's count per question, in total and by respondent role. */
    public SurveyReport report() {
        return SurveyReport.of(this);
    }

    /** @throws ConflictException when the campaign is completed: it is read-only then */
    public void requireOpen() {
        if (status == CampaignStatus.COMPLETED) {
            throw new ConflictException("Campaign '" + title + "' was completed on " + completedOn
                    + " and is read-only; its answers and questions no longer change.");
        }
    }

    // ---- internals ----------------------------------------------------------------------------------

    private static String title(String value, List<InvalidFieldException> errors) {
        try {
            String checked = Texts.oneLine("title", value);
            if (checked == null) {
                errors.add(new InvalidFieldException("title", "Give the campaign a title, e.g. Customer survey,"
                        + " first half of 2026"));
            } else if (checked.length() > MAX_TITLE) {
                errors.add(new InvalidFieldException("title", "A title has at most " + MAX_TITLE + " characters"));
            }
            return checked;
        } catch (InvalidFieldException e) {
            errors.add(e);
            return null;
        }
    }

    private static LocalDate dueDate(LocalDate value, List<InvalidFieldException> errors) {
        if (value == null) {
            errors.add(new InvalidFieldException("dueDate", "Give the day the results are due, as YYYY-MM-DD,"
                    + " e.g. 2026-06-20"));
        } else if (SupportedTime.problem(value) != null) {
            errors.add(new InvalidFieldException("dueDate", SupportedTime.problem(value)));
        }
        return value;
    }

    /** The questions stripped and checked; each error is added to {@code errors} with its path. */
    private static List<QuestionDefinition> questions(List<QuestionDefinition> given, List<InvalidFieldException> errors) {
        if (given == null || given.isEmpty()) {
            errors.add(new InvalidFieldException("questions", "Give at least one question with its answers"));
            return List.of();
        }
        if (given.size() > MAX_QUESTIONS) {
            errors.add(new InvalidFieldException("questions", "A campaign has at most " + MAX_QUESTIONS + " questions"));
            return List.of();
        }
        List<QuestionDefinition> checked = new ArrayList<>();
        Map<String, Integer> texts = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "questions[" + i + "]";
            QuestionDefinition q = given.get(i);
            if (q == null) {
                errors.add(new InvalidFieldException(path, "A question needs its text, answers and positive answers"));
                continue;
            }
            String text = null;
            try {
                text = Texts.oneLine(path + ".text", q.text());
                if (text == null) {
                    errors.add(new InvalidFieldException(path + ".text", "Give the question's text"));
                } else if (text.length() > MAX_QUESTION) {
                    errors.add(new InvalidFieldException(path + ".text", "A question has at most " + MAX_QUESTION
                            + " characters"));
                } else if (texts.putIfAbsent(SurveyTexts.key(text), i) != null) {
                    errors.add(new InvalidFieldException(path + ".text", "Question " + (i + 1) + " repeats question "
                            + (texts.get(SurveyTexts.key(text)) + 1) + "; a question's text links it to the"
                            + " agreement's survey metrics, so the texts differ"));
                }
            } catch (InvalidFieldException e) {
                errors.add(e);
            }
            List<String> labels = labels(path, q.answers(), errors);
            List<String> positive = positive(path, q.positive(), labels, errors);
            checked.add(new QuestionDefinition(text, labels, positive));
        }
        return checked;
    }

    private static List<String> labels(String path, List<String> answers, List<InvalidFieldException> errors) {
        if (answers == null || answers.size() < 2 || answers.size() > MAX_OPTIONS) {
            errors.add(new InvalidFieldException(path + ".answers", "Give the question's answers in order, 2 to "
                    + MAX_OPTIONS + ", e.g. [\"yes\", \"mostly yes\", \"mostly no\", \"no\"]"));
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < answers.size(); k++) {
            String field = path + ".answers[" + k + "]";
            try {
                String label = Texts.oneLine(field, answers.get(k));
                if (label == null) {
                    errors.add(new InvalidFieldException(field, "An answer needs a text"));
                } else if (label.length() > MAX_LABEL) {
                    errors.add(new InvalidFieldException(field, "An answer has at most " + MAX_LABEL + " characters"));
                } else if (!keys.add(SurveyTexts.key(label))) {
                    errors.add(new InvalidFieldException(field, "'" + label + "' is listed twice"));
                } else {
                    labels.add(label);
                }
            } catch (InvalidFieldException e) {
                errors.add(e);
            }
        }
        return labels;
    }

    private static List<String> positive(String path, List<String> positive, List<String> labels,
                                         List<InvalidFieldException> errors) {
        if (positive == null || positive.isEmpty()) {
            errors.add(new InvalidFieldException(path + ".positive", "Name the answers that count as positive,"
                    + " e.g. [\"yes\", \"mostly yes\"]"));
            return List.of();
        }
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < positive.size(); k++) {
            String field = path + ".positive[" + k + "]";
            String given = positive.get(k);
            String problem = Texts.problem(given, false);
            Optional<String> label = labels.stream().filter(l -> SurveyTexts.same(l, given)).findFirst();
            if (problem != null) {
                errors.add(new InvalidFieldException(field, problem));
            } else if (label.isEmpty()) {
                errors.add(new InvalidFieldException(field, "'" + abbreviated(String.valueOf(given))
                        + "' is not one of the question's answers " + labels));
            } else if (!chosen.contains(label.get())) {
                chosen.add(label.get());
            }
        }
        if (labels.size() >= 2 && chosen.size() == labels.size()) {
            errors.add(new InvalidFieldException(path + ".positive", "At least one answer must not count as"
                    + " positive, or every answer would be positive"));
        }
        return labels.stream().filter(chosen::contains).toList();
    }

    private void applyQuestions(List<QuestionDefinition> definitions) {
        for (int i = 0; i < definitions.size(); i++) {
            QuestionDefinition d = definitions.get(i);
            List<AnswerOption> options = d.answers().stream().map(l -> new AnswerOption(l, d.positive().contains(l)))
                    .toList();
            if (i < questions.size()) {
                questions.get(i).redefine(d.text(), options);
            } else {
                questions.add(new SurveyQuestion(this, i + 1, d.text(), options));
            }
        }
        while (questions.size() > definitions.size()) {
            questions.remove(questions.size() - 1);
        }
    }

    private List<QuestionDefinition> definitions() {
        return questions.stream().map(q -> new QuestionDefinition(q.text(), q.labels(),
                q.options().stream().filter(AnswerOption::positive).map(AnswerOption::label).toList())).toList();
    }

    private String canonicalRole(String role) {
        if (role == null) {
            return null;
        }
        return respondents.stream().map(Respondent::role).filter(r -> SurveyTexts.same(r, role)).findFirst()
                .orElse(role);
    }

    static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    public Optional<SurveyQuestion> question(int number) {
        return questions.stream().filter(q -> q.number() == number).findFirst();
    }

    /** The question whose text is {@code text}, ignoring case and spacing. */
    public Optional<SurveyQuestion> question(String text) {
        return questions.stream().filter(q -> SurveyTexts.same(q.text(), text)).findFirst();
    }

    /** The respondent called {@code name}, ignoring case and spacing. */
    public Optional<Respondent> respondent(String name) {
        String key = SurveyTexts.key(name);
        return respondents.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public int answerCount() {
        return respondents.stream().mapToInt(r -> r.answers().size()).sum();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long agreementId() {
        return agreementId;
    }

    public String title() {
        return title;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public CampaignStatus status() {
        return status;
    }

    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<String> completedBy() {
        return Optional.ofNullable(completedBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public List<SurveyQuestion> questions() {
        return List.copyOf(questions);
    }

    public List<Respondent> respondents() {
        return List.copyOf(respondents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Campaign other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Campaign " + id + " '" + title + "' (" + status + ")";
    }
}
