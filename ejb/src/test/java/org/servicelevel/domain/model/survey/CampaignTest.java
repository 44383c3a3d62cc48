package org.servicelevel.domain.model.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.QualityMetric;

class CampaignTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final String SPEED = "How fast was your request resolved?";
    static final String INFORMED = "Were you kept informed about progress?";

    static Campaign campaign() {
        return new Campaign(7, new Campaign.Definition("First half of 2026", LocalDate.of(2026, 6, 20), List.of(
                new Campaign.QuestionDefinition(SPEED, List.of("faster than I expected", "as I expected",
                        "slower than I expected"), List.of("faster than I expected", "AS I EXPECTED")),
                new Campaign.QuestionDefinition(INFORMED, List.of("yes", "mostly yes", "mostly no", "no"),
                        List.of("yes", "mostly yes")))), NOW, "max");
    }

    static Campaign.Entry entry(String respondent, String role, Object... questionAndAnswer) {
        List<Campaign.GivenAnswer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < questionAndAnswer.length; i += 2) {
            answers.add(new Campaign.GivenAnswer((Integer) questionAndAnswer[i], (String) questionAndAnswer[i + 1]));
        }
        return new Campaign.Entry(respondent, role, answers);
    }

    private static List<String> fields(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void aNewCampaignIsOpenWithItsQuestionsNumberedAndThePositiveAnswersMarked() {
        Campaign c = campaign();
        assertEquals(CampaignStatus.OPEN, c.status());
        assertEquals(List.of(1, 2), c.questions().stream().map(SurveyQuestion::number).toList());
        assertEquals(List.of(true, true, false), c.questions().get(0).options().stream().map(AnswerOption::positive)
                .toList(), "positive answers are matched ignoring case");
        assertEquals(List.of("yes", "mostly yes", "mostly no", "no"), c.questions().get(1).labels());
    }

    @Test
    void everyWrongFieldOfADefinitionIsNamed() {
        List<String> wrong = fields(() -> new Campaign(7, new Campaign.Definition(" ", LocalDate.of(2500, 1, 1),
                List.of(new Campaign.QuestionDefinition("Same?", List.of("yes", "YES"), List.of("yes")),
                        new Campaign.QuestionDefinition("same? ", List.of("a", "b"), List.of("a", "b")),
                        new Campaign.QuestionDefinition("Third\nline", List.of("a"), List.of("c")),
                        new Campaign.QuestionDefinition("Fourth", List.of("a", "b"), List.of("c")))), NOW, "max"));
        assertEquals(List.of("title", "dueDate", "questions[0].answers[1]", "questions[1].text",
                "questions[1].positive", "questions[2].text", "questions[2].answers", "questions[2].positive[0]",
                "questions[3].positive[0]"), wrong);
        assertEquals(List.of("questions"), fields(() -> new Campaign(7, new Campaign.Definition("T",
                LocalDate.of(2026, 6, 20), List.of()), NOW, "max")));
    }

    @Test
    void answersAreRecordedByLabelIgnoringCaseAndAnsweringAgainReplaces() {
        Campaign c = campaign();
        Campaign.Recorded first = c.record(entry("Anna Smith", "manager", 1, "As I Expected", 2, "no"),
                Campaign.EntryFields.JSON, NOW, "anna");
        assertTrue(first.newRespondent());
        assertEquals(2, first.answered());
        Campaign.Recorded again = c.record(entry("anna  smith", null, 2, "yes"), Campaign.EntryFields.JSON, NOW, "anna");
        assertFalse(again.newRespondent());
        assertEquals(1, again.replaced());
        assertEquals("manager", again.role(), "a known respondent keeps the role when none is given");
        assertEquals(1, c.respondents().size());
        assertEquals(List.of(new QuestionTally(1, SPEED, 1, 1), new QuestionTally(2, INFORMED, 1, 1)), c.tallies());
    }

    @Test
    void aNewRespondentTakesTheSpellingOfARoleAlreadyGiven() {
        Campaign c = campaign();
        c.record(entry("Anna", "Manager"), Campaign.EntryFields.JSON, NOW, "anna");
        assertEquals("Manager", c.record(entry("Boris", "MANAGER "), Campaign.EntryFields.JSON, NOW, "anna").role());
    }

    @Test
    void wrongAnswersAreNamedByTheirPlaceAndNothingIsRecorded() {
        Campaign c = campaign();
        List<String> wrong = fields(() -> c.record(new Campaign.Entry("Anna", null, java.util.Arrays.asList(
                new Campaign.GivenAnswer(3, "yes"), new Campaign.GivenAnswer(1, "never"),
                new Campaign.GivenAnswer(2, "yes"), new Campaign.GivenAnswer(2, "no"), null,
                new Campaign.GivenAnswer(1, null))), Campaign.EntryFields.JSON, NOW, "anna"));
        assertEquals(List.of("role", "answers[0].question", "answers[1].answer", "answers[3].question",
                "answers[4].question", "answers[5].question"), wrong);
        assertEquals(List.of("respondent"), fields(() -> c.record(entry(" ", "manager"), Campaign.EntryFields.JSON,
                NOW, "anna")));
        assertEquals(0, c.respondents().size());
        assertEquals(0, c.answerCount());
    }

    @Test
    void questionsChangeOnlyWhileNobodyHasAnsweredAndTitleAndDueDateWhileOpen() {
        Campaign c = campaign();
        c.revise(new Campaign.Definition("Renamed", LocalDate.of(2026, 6, 30), List.of(
                new Campaign.QuestionDefinition(SPEED, List.of("fast", "slow"), List.of("fast")))), NOW);
        assertEquals(1, c.questions().size());
        assertEquals(List.of("fast", "slow"), c.questions().get(0).labels());
        c.record(entry("Anna", "manager", 1, "slow"), Campaign.EntryFields.JSON, NOW, "anna");
        assertThrows(ConflictException.class, () -> c.revise(new Campaign.Definition("Renamed",
                LocalDate.of(2026, 6, 30), List.of(new Campaign.QuestionDefinition(SPEED, List.of("fast", "slower"),
                List.of("fast")))), NOW));
        c.revise(new Campaign.Definition("Renamed again", LocalDate.of(2026, 7, 1), null), NOW);
        assertEquals("Renamed again", c.title());
        c.revise(new Campaign.Definition("Same questions", LocalDate.of(2026, 7, 1), List.of(
                new Campaign.QuestionDefinition(SPEED, List.of("fast", "slow"), List.of("fast")))), NOW);
        assertEquals("Same questions", c.title());
    }

    @Test
    void aCampaignIsCompletedOnADayThatHasBegunOnceEveryQuestionHasAnAnswerAndIsThenReadOnly() {
        Campaign c = campaign();
        LocalDate today = LocalDate.of(2026, 6, 15);
        c.record(entry("Anna", "manager", 1, "as I expected"), Campaign.EntryFields.JSON, NOW, "anna");
        assertThrows(ConflictException.class, () -> c.complete(today, today, NOW, "max"), "question 2 has no answer");
        c.record(entry("Boris", "specialist", 2, "mostly no"), Campaign.EntryFields.JSON, NOW, "anna");
        assertEquals("on", assertThrows(InvalidFieldException.class,
                () -> c.complete(today.plusDays(1), today, NOW, "max")).field());
        assertEquals("on", assertThrows(InvalidFieldException.class, () -> c.complete(null, today, NOW, "max")).field());
        c.complete(today, today, NOW, "max");
        assertEquals(CampaignStatus.COMPLETED, c.status());
        assertEquals(today, c.completedOn().orElseThrow());
        assertThrows(ConflictException.class, () -> c.record(entry("Clara", "manager", 1, "as I expected"),
                Campaign.EntryFields.JSON, NOW, "anna"));
        assertThrows(ConflictException.class, () -> c.revise(new Campaign.Definition("x", today, null), NOW));
        assertThrows(ConflictException.class, () -> c.complete(today, today, NOW, "max"));
    }

    @Test
    void surveyMetricsWhoseQuestionNoQuestionMatchesAreFound() {
        Campaign c = campaign();
        QualityMetric matched = QualityMetric.survey("were you kept  informed about progress?", new BigDecimal("70"),
                new BigDecimal("0.05"));
        QualityMetric unmatched = QualityMetric.survey("Was the engineer competent?", new BigDecimal("80"),
                new BigDecimal("0.05"));
        assertEquals(List.of(unmatched), c.metricsWithoutQuestion(List.of(matched, unmatched,
                QualityMetric.resolutionTime(1, new BigDecimal("0.9")))));
    }

    @Test
    void theReportCountsEachAnswerInTotalAndByRole() {
        Campaign c = campaign();
        c.record(entry("Anna", "manager", 1, "faster than I expected", 2, "yes"), Campaign.EntryFields.JSON, NOW, "a");
        c.record(entry("Boris", "specialist", 1, "slower than I expected", 2, "yes"), Campaign.EntryFields.JSON, NOW, "a");
        c.record(entry("Clara", "Specialist", 1, "as I expected"), Campaign.EntryFields.JSON, NOW, "a");
        c.record(entry("Dan", "director"), Campaign.EntryFields.JSON, NOW, "a");
        SurveyReport report = c.report();
        assertEquals(4, report.respondents());
        assertEquals(List.of(new SurveyReport.RoleCount("director", 1), new SurveyReport.RoleCount("manager", 1),
                new SurveyReport.RoleCount("specialist", 2)), report.roles());
        SurveyReport.QuestionReport speed = report.questions().get(0);
        assertEquals(new SurveyReport.Breakdown(3, 2, List.of(
                new SurveyReport.OptionCount("faster than I expected", true, 1),
                new SurveyReport.OptionCount("as I expected", true, 1),
                new SurveyReport.OptionCount("slower than I expected", false, 1))), speed.total());
        assertEquals(List.of("manager", "specialist"), speed.byRole().stream().map(SurveyReport.RoleBreakdown::role)
                .toList(), "only roles with an answer to the question");
        assertEquals(2, speed.byRole().get(1).answers().answers());
        assertEquals(1, speed.byRole().get(1).answers().positive());
        assertEquals(List.of(new QuestionTally(1, SPEED, 2, 3), new QuestionTally(2, INFORMED, 2, 2)), c.tallies());
    }

    @Test
    void sharesAreExactInComparisonAndRoundedHalfUpForDisplay() {
        assertEquals(new BigDecimal("66.67"), Shares.percent(2, 3));
        assertEquals(new BigDecimal("33.33"), Shares.percent(1, 3));
        assertEquals(new BigDecimal("0.01"), Shares.percent(1, 10_000 + 10_000), "0.005 rounds half up");
        assertEquals(null, Shares.percent(0, 0));
        QuestionTally seventy = new QuestionTally(1, SPEED, 7, 10);
        assertEquals(0, seventy.compareShareTo(new BigDecimal("70")), "exactly at the threshold");
        QuestionTally twoThirds = new QuestionTally(1, SPEED, 2, 3);
        assertTrue(twoThirds.compareShareTo(new BigDecimal("66.67")) < 0, "66.666... is below 66.67 though shown as it");
        assertTrue(twoThirds.compareShareTo(new BigDecimal("66.66")) > 0);
    }
}
