package org.servicelevel.application.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.domain.model.survey.QuestionTally;
import org.servicelevel.domain.model.survey.SurveyTexts;

/**
 * Survey campaigns of agreements. Managers and administrators create, revise and complete them; the
 * provider's staff and integrations (survey tools) enter answers, one respondent at a time or as a CSV
 * sheet; everyone who sees the agreement reads campaigns and their reports. A customer user sees the
 * campaigns of their own organisation's SLAs only (any other answers as not existing) and enters no
 * answers: the provider collects them. The month's quality score reads {@link #lastCompleted}.
 */
public interface SurveyService {

    /** A question as written: its text, its answers in order (best first) and those counting as positive. */
    record QuestionChange(String text, List<String> answers, List<String> positive) {
    }

    /** A new campaign, or the whole of a changed one; {@code questions} {@code null} on a change keeps them. */
    record CampaignChange(String title, LocalDate dueDate, List<QuestionChange> questions) {
    }

    /** One answer of a question's scale and whether it counts as positive. */
    record OptionDetails(String answer, boolean positive) {
    }

    record QuestionDetails(int number, String text, List<OptionDetails> answers) {
    }

    /** A respondent's answer to question {@code question}. */
    record AnswerDetails(int question, String answer, String enteredBy, Instant enteredAt) {
    }

    record RespondentDetails(String name, String role, List<AnswerDetails> answers) {
    }

    /**
     * A campaign with its questions and respondents. {@code warnings} name the survey metrics of the
     * agreement (its terms on the completion day, or on the due day while open) that no question of the
     * campaign matches: the month's quality score cannot read those from it.
     */
    record CampaignDetails(long id, long version, long agreementId, String agreement, String title, LocalDate dueDate,
                           String status, LocalDate completedOn, String completedBy, Instant completedAt,
                           String createdBy, Instant createdAt, Instant changedAt, int answers,
                           List<QuestionDetails> questions, List<RespondentDetails> respondents,
                           List<String> warnings) {
    }

    /** A campaign in a list. */
    record CampaignSummary(long id, long version, String title, LocalDate dueDate, String status,
                           LocalDate completedOn, int questions, int respondents, int answers) {
    }

    /** One answer in a question number; {@code answer} is a label of its scale (ignoring case). */
    record NewAnswer(Integer question, String answer) {
    }

    /**
     * One respondent's answers: their name, their role (needed when the respondent is new; for a known
     * one it changes it) and answers (none: the respondent is only registered).
     */
    record NewResponse(String respondent, String role, List<NewAnswer> answers) {
    }

    /** What an entry did, and the campaign's new version. */
    record ResponseRecorded(long campaignId, long version, String respondent, String role, boolean newRespondent,
                            boolean roleChanged, int answered, int replaced) {
    }

    /** What a CSV import did: respondents' lines read, new respondents, answers recorded (of them replaced). */
    record ImportOutcome(long campaignId, long version, int lines, int newRespondents, int answers, int replaced) {
    }

    /** How often an answer was chosen, and its share of the answers to the question in percent (2 decimals, half-up). */
    record OptionShare(String answer, boolean positive, long count, BigDecimal share) {
    }

    /** A group's answers to a question: how many, how many positive and their share, and each answer's. */
    record AnswerShares(long answers, long positive, BigDecimal positiveShare, List<OptionShare> options) {
    }

    record RoleShares(String role, AnswerShares answers) {
    }

    record QuestionShares(int number, String question, AnswerShares total, List<RoleShares> byRole) {
    }

    record RoleCount(String role, int respondents) {
    }

    /** The qualitative report of a campaign. */
    record CampaignReport(long campaignId, long agreementId, String agreement, String title, String status,
                          LocalDate completedOn, int respondents, List<RoleCount> roles,
                          List<QuestionShares> questions) {
    }

    /** A completed campaign as the month's quality score reads it: per question, positive and all answers. */
    record CompletedSurvey(long campaignId, long agreementId, String title, LocalDate completedOn,
                           List<QuestionTally> questions) {

        /** The question whose text is {@code text} (a survey metric's question), ignoring case and spacing. */
        public Optional<QuestionTally> question(String text) {
            return questions.stream().filter(q -> SurveyTexts.same(q.question(), text)).findFirst();
        }
    }

    /** The campaigns of an agreement, latest due date first. */
    List<CampaignSummary> list(long agreementId);

    CampaignDetails find(long id);

    CampaignDetails create(long agreementId, CampaignChange change);

    /** Changes title, due date and (while nobody has answered) questions; only while open. */
    CampaignDetails revise(long id, long expectedVersion, CampaignChange change);

    /** Records one respondent's answers; only while open. */
    ResponseRecorded respond(long id, NewResponse response);

    /** Records the answers of a CSV sheet, all or (when any cell is wrong) none; only while open. */
    ImportOutcome importAnswers(long id, String csv);

    /** Completes the campaign on {@code on}; it is read-only from then on. */
    CampaignDetails complete(long id, long expectedVersion, LocalDate on);

    CampaignReport report(long id);

    /**
     * The agreement's campaign completed last on or before {@code date} (the month's last day, for the
     * month's quality score), with the exact positive and total answers per question; empty when none is.
     */
    Optional<CompletedSurvey> lastCompleted(long agreementId, LocalDate date);

    List<AuditRecord> audit(long id);
}
