package org.servicelevel.domain.model.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.survey.CampaignTest.NOW;
import static org.servicelevel.domain.model.survey.CampaignTest.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

/** Survey answer sheets against hostile input (docs/surveys.md), completion, and the report's shares. */
class SurveySheetEdgesTest {

    private static AnswerSheet.Row row(int line, String... cells) {
        return new AnswerSheet.Row(line, List.of(cells));
    }

    private static List<String> fields(Campaign c, List<AnswerSheet.Row> rows) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AnswerSheet.read(c, rows));
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    /**
     * docs/surveys.md: "Every wrong cell is named in the 400 problem by its line and column ... a
     * respondent on two lines is named on the second", also when a line has another wrong cell, so
     * one corrected upload clears every error.
     */
    @Test
    void aRespondentOnTwoLinesIsNamedAlsoWhenTheSecondLineHasAnotherWrongCell() {
        Campaign c = CampaignTest.campaign();
        List<String> wrong = fields(c, List.of(
                row(1, "respondent", "role", "1", "2"),
                row(2, "Anna", "manager", "as I expected", "yes"),
                row(3, "anna", "manager", "sometimes", "no")));
        assertTrue(wrong.contains("line 3, column 3 (1)"), wrong.toString());
        assertTrue(wrong.contains("line 3, column 1 (respondent)"), "the duplicate respondent is named too: " + wrong);
    }

    @Test
    void aRespondentOnTwoLinesIsNamedAlsoWhenTheFirstLineHasAnotherWrongCell() {
        Campaign c = CampaignTest.campaign();
        List<String> wrong = fields(c, List.of(
                row(1, "respondent", "role", "1", "2"),
                row(2, "Anna", "manager", "sometimes", "yes"),
                row(3, "ANNA", "manager", "as I expected", "no")));
        assertTrue(wrong.contains("line 2, column 3 (1)"), wrong.toString());
        assertTrue(wrong.contains("line 3, column 1 (respondent)"), "the duplicate respondent is named too: " + wrong);
    }

    @Test
    void aBadSheetStoresNothingAndAGoodOneIsRecordedWhole() {
        Campaign c = CampaignTest.campaign();
        List<String> wrong = fields(c, List.of(
                row(1, "respondent", "role", "1", "2"),
                row(2, "Anna", "manager", "as I expected", "yes"),
                row(3, "Boris", "specialist", "as I expected", "always"),
                row(4, "Clara", "", "faster than I expected", "")));
        assertEquals(List.of("line 3, column 4 (2)", "line 4, column 2 (role)"), wrong);
        assertEquals(0, c.respondents().size(), "whole or not at all");
    }

    @Test
    void answersOutsideTheScaleAndQuestionsThatDoNotExistAreRefusedByField() {
        Campaign c = CampaignTest.campaign();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> c.record(entry("Anna", "manager",
                1, "maybe", 3, "yes", 2, "yes", 2, "no"), Campaign.EntryFields.JSON, NOW, "it"));
        assertEquals(List.of("answers[0].answer", "answers[1].question", "answers[3].question"),
                e.errors().stream().map(InvalidFieldException::field).toList());
        assertEquals(0, c.answerCount());
    }

    @Test
    void aCompletedCampaignIsNotCompletedAgainNorAnswered() {
        Campaign c = CampaignTest.campaign();
        c.record(entry("Anna", "manager", 1, "as I expected", 2, "yes"), Campaign.EntryFields.JSON, NOW, "it");
        assertEquals("on", assertThrows(InvalidFieldException.class,
                () -> c.complete(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 15), NOW, "max")).field());
        c.complete(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15), NOW, "max");
        assertThrows(ConflictException.class, () -> c.complete(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15),
                NOW, "max"));
        assertThrows(ConflictException.class, () -> c.record(entry("Boris", "manager", 1, "as I expected"),
                Campaign.EntryFields.JSON, NOW, "it"));
    }

    @Test
    void theAnswersByRoleAddUpToTheTotalAndSharesAreRoundedHalfUp() {
        Campaign c = CampaignTest.campaign();
        c.record(entry("Anna", "Manager", 1, "faster than I expected", 2, "yes"), Campaign.EntryFields.JSON, NOW, "it");
        c.record(entry("Boris", "manager", 1, "as I expected"), Campaign.EntryFields.JSON, NOW, "it");
        c.record(entry("Clara", "specialist", 1, "slower than I expected", 2, "no"), Campaign.EntryFields.JSON, NOW,
                "it");
        c.record(entry("Dan", " SPECIALIST ", 2, "mostly no"), Campaign.EntryFields.JSON, NOW, "it");
        SurveyReport report = c.report();
        assertEquals(List.of("Manager", "specialist"), report.roles().stream().map(SurveyReport.RoleCount::role).toList());
        for (SurveyReport.QuestionReport q : report.questions()) {
            assertEquals(q.total().answers(), q.byRole().stream().mapToLong(r -> r.answers().answers()).sum());
            assertEquals(q.total().positive(), q.byRole().stream().mapToLong(r -> r.answers().positive()).sum());
            for (int i = 0; i < q.total().options().size(); i++) {
                int option = i;
                assertEquals(q.total().options().get(i).count(), q.byRole().stream()
                        .mapToLong(r -> r.answers().options().get(option).count()).sum());
            }
        }
        assertEquals(new BigDecimal("33.33"), Shares.percent(1, 3));
        assertEquals(new BigDecimal("66.67"), Shares.percent(2, 3));
        assertEquals(new BigDecimal("12.50"), Shares.percent(1, 8));
        assertEquals(new BigDecimal("0.50"), Shares.percent(1, 200));
        assertEquals(null, Shares.percent(0, 0), "a share of no answers is left out");
        assertTrue(Shares.compare(7, 10, new BigDecimal("70")) == 0, "exactly at the threshold");
        assertTrue(Shares.compare(2, 3, new BigDecimal("66.67")) < 0, "compared exactly, not as shown");
    }
}
