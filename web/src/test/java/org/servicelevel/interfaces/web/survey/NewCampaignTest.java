package org.servicelevel.interfaces.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.survey.SurveyService.CampaignChange;
import org.servicelevel.application.survey.SurveyService.QuestionChange;
import org.servicelevel.interfaces.web.survey.SurveysBean.QuestionForm;

class NewCampaignTest {

    private static QuestionForm question(String text, String answers, String... positive) {
        QuestionForm q = new QuestionForm();
        q.setText(text);
        q.setAnswers(answers);
        q.setPositive(String.join("\n", positive));
        return q;
    }

    private static List<String> mistakes(String title, LocalDate due, QuestionForm... questions) {
        return NewCampaign.mistakes(title, due, List.of(questions)).stream()
                .map(m -> m.clientId() + " " + m.key()).toList();
    }

    @Test
    void eachMistakeIsShownBesideItsField() {
        assertEquals(List.of("campaignForm:title surveys.title.required", "campaignForm:dueDate surveys.dueDate.required",
                        "campaignForm:questions:0:text surveys.question.required",
                        "campaignForm:questions:0:answers surveys.answers.invalid"),
                mistakes(" ", null, question("", "only one")));
        assertEquals(List.of("campaignForm:questions:1:answers surveys.answers.invalid"), mistakes("T",
                LocalDate.of(2026, 12, 20), question("Q1", "yes\nno", "yes"), question("Q2", "Yes\nyes")));
    }

    @Test
    void aWholeQuestionHasNoMistake() {
        assertEquals(List.of(), mistakes("Half-year", LocalDate.of(2026, 12, 20),
                question("Were you kept informed?", "yes\nmostly yes\nmostly no\nno", "Yes\nmostly yes")));
    }

    @Test
    void somePositiveAnswersButNotAll() {
        assertEquals(List.of("campaignForm:questions:0:positive surveys.positive.invalid"),
                mistakes("T", LocalDate.of(2026, 12, 20), question("Q", "yes\nno")));
        assertEquals(List.of("campaignForm:questions:0:positive surveys.positive.invalid"),
                mistakes("T", LocalDate.of(2026, 12, 20), question("Q", "yes\nno", "yes", "no")));
        assertEquals(List.of("campaignForm:questions:0:positive surveys.positive.unknown"),
                mistakes("T", LocalDate.of(2026, 12, 20), question("Q", "yes\nno", "yes", "maybe")),
                "a positive answer is one of the scale");
    }

    @Test
    void theFormIsTheServicesChangeWithThePositiveAnswersSpelledAsOnTheScale() {
        CampaignChange change = NewCampaign.change(" Half-year ", LocalDate.of(2026, 12, 20), List.of(
                question(" Informed? ", "yes\r\n  mostly yes \n\nno\n", "Mostly Yes", " yes")));
        assertEquals(new CampaignChange("Half-year", LocalDate.of(2026, 12, 20), List.of(new QuestionChange("Informed?",
                List.of("yes", "mostly yes", "no"), List.of("yes", "mostly yes")))), change);
    }
}
