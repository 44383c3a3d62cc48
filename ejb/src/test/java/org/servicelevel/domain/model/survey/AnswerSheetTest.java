package org.servicelevel.domain.model.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.servicelevel.domain.model.survey.CampaignTest.INFORMED;
import static org.servicelevel.domain.model.survey.CampaignTest.NOW;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

class AnswerSheetTest {

    private static AnswerSheet.Row row(int line, String... cells) {
        return new AnswerSheet.Row(line, List.of(cells));
    }

    private static List<String> fields(Campaign c, List<AnswerSheet.Row> rows) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AnswerSheet.read(c, rows));
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void questionsAreColumnsHeadedByNumberOrTextAndEmptyCellsAreUnanswered() {
        Campaign c = CampaignTest.campaign();
        List<AnswerSheet.Line> lines = AnswerSheet.read(c, List.of(
                row(1, "Role", "1", "respondent", " " + INFORMED.toUpperCase() + " "),
                row(2, "manager", "as I expected", "Anna", "yes"),
                row(3, "", "", "", ""),
                row(4, "specialist", "", "Boris", "no")));
        assertEquals(List.of(2, 4), lines.stream().map(AnswerSheet.Line::line).toList());
        assertEquals(new Campaign.Entry("Anna", "manager", List.of(new Campaign.GivenAnswer(1, "as I expected"),
                new Campaign.GivenAnswer(2, "yes"))), lines.get(0).entry());
        assertEquals(List.of(new Campaign.GivenAnswer(2, "no")), lines.get(1).entry().answers());
        assertEquals("line 4, column 4 (" + INFORMED.toUpperCase() + ")", lines.get(1).fields().answer(0));
        for (AnswerSheet.Line line : lines) {
            c.record(line.entry(), line.fields(), NOW, "it");
        }
        assertEquals(3, c.answerCount());
    }

    @Test
    void aRespondentOrRoleCellOfOnlyANoBreakSpaceIsEmptyToo() {
        Campaign c = CampaignTest.campaign();
        for (AnswerSheet.Line line : AnswerSheet.read(c, List.of(row(1, "respondent", "role", "2"),
                row(2, "Anna", "manager", "yes")))) {
            c.record(line.entry(), line.fields(), NOW, "it");
        }
        // a spreadsheet's no-break space keeps Anna's role, as an empty cell does
        for (AnswerSheet.Line line : AnswerSheet.read(c, List.of(row(1, "respondent", "role", "2"),
                row(2, "Anna", "\u00A0", "no")))) {
            c.record(line.entry(), line.fields(), NOW, "it");
        }
        assertEquals(List.of("manager"), c.respondents().stream().map(Respondent::role).toList());
        // a new respondent needs a role, and every line names its respondent
        assertEquals(List.of("line 2, column 2 (role)", "line 3, column 1 (respondent)"),
                fields(c, List.of(row(1, "respondent", "role", "2"), row(2, "Boris", "\u00A0", "yes"),
                        row(3, "\u00A0", "manager", "yes"))));
    }

    @Test
    void aWrongHeaderIsNamedByItsColumn() {
        Campaign c = CampaignTest.campaign();
        assertEquals(List.of("line 1, column 2 (Was it fun?)", "line 1, column 4 (2)", "line 1, column 5 (9)",
                "line 1, column 6", "line 1"), fields(c, List.of(row(1, "respondent", "Was it fun?", "2", "2 ", "9", ""))));
    }

    @Test
    void everyWrongCellOfEveryLineIsNamedByLineAndColumnAndNothingIsRead() {
        Campaign c = CampaignTest.campaign();
        List<String> wrong = fields(c, List.of(
                row(1, "respondent", "role", "1", "2"),
                row(2, "Anna", "manager", "as I expected", "yes"),
                row(3, "Boris", "", "slower than I expected", "perhaps"),
                row(4, "anna", "manager", "", "no"),
                row(5, "Clara", "manager", "yes"),
                row(7, "Dan\u0007", "manager", "", "")));
        assertEquals(List.of("line 3, column 2 (role)", "line 3, column 4 (2)", "line 4, column 1 (respondent)",
                "line 5", "line 7, column 1 (respondent)"), wrong);
        assertEquals(0, c.respondents().size());
    }

    @Test
    void aSheetWithoutRespondentOrRoleColumnOrWithoutAnyLineIsRefused() {
        Campaign c = CampaignTest.campaign();
        assertEquals(List.of("line 1", "line 1"), fields(c, List.of(row(1, "1", "2"))));
        assertEquals("csv", assertThrows(InvalidFieldException.class, () -> AnswerSheet.read(c, List.of())).field());
    }

    @Test
    void aLongListOfErrorsIsCutAndCounted() {
        Campaign c = CampaignTest.campaign();
        List<AnswerSheet.Row> rows = new ArrayList<>();
        rows.add(row(1, "respondent", "role", "1"));
        for (int i = 2; i < 2 + 150; i++) {
            rows.add(row(i, "R" + i, "manager", "never"));
        }
        List<String> wrong = fields(c, rows);
        assertEquals(AnswerSheet.MAX_ERRORS + 1, wrong.size());
        assertEquals("csv", wrong.get(wrong.size() - 1));
    }
}
