package org.servicelevel.domain.model.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

/**
 * A sheet of answers as survey tools and spreadsheets export them, one row per respondent: a header
 * line naming the columns {@code respondent}, {@code role} and one column per question (headed by the
 * question's number or its text), then one line per respondent with their answers, an empty cell for
 * a question not answered. The sheet is read whole against a campaign: every wrong cell is named by
 * its line and column, and a sheet with any wrong cell yields nothing.
 */
public final class AnswerSheet {

    /** At most this many errors are listed; the rest are counted. */
    static final int MAX_ERRORS = 100;
    static final String RESPONDENT = "respondent";
    static final String ROLE = "role";

    private AnswerSheet() {
    }

    /** One line of the sheet as read: its number in the file (from 1) and its cells. */
    public record Row(int line, List<String> cells) {
    }

    /** One respondent's entry from a line, with the cells to name in errors. */
    public record Line(int line, Campaign.Entry entry, Campaign.EntryFields fields) {
    }

    /**
     * The entries of {@code rows} (the header first) for {@code campaign}, in order; lines without any
     * value are skipped.
     *
     * @throws InvalidInputException naming every wrong cell as {@code line 3, column 4 (Question text)}
     */
    public static List<Line> read(Campaign campaign, List<Row> rows) {
        if (rows.isEmpty()) {
            throw new InvalidFieldException("csv", "The file is empty; its first line names the columns: respondent,"
                    + " role and one per question (its number or text)");
        }
        // empty lines are skipped, before the header too
        int first = 0;
        while (first < rows.size() - 1 && rows.get(first).cells().stream().allMatch(SurveyTexts::blank)) {
            first++;
        }
        Row header = rows.get(first);
        List<InvalidFieldException> errors = new ArrayList<>();
        int respondentColumn = -1;
        int roleColumn = -1;
        Map<Integer, Integer> questionOfColumn = new HashMap<>();
        Map<Integer, Integer> columnOfQuestion = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String name = header.cells().get(c) == null ? "" : header.cells().get(c).strip();
            String field = cell(header.line(), c, name);
            if (name.equalsIgnoreCase(RESPONDENT) || name.equalsIgnoreCase(ROLE)) {
                boolean isRole = name.equalsIgnoreCase(ROLE);
                if ((isRole ? roleColumn : respondentColumn) >= 0) {
                    errors.add(new InvalidFieldException(field, "The column " + name.toLowerCase(java.util.Locale.ROOT)
                            + " appears twice"));
                } else if (isRole) {
                    roleColumn = c;
                } else {
                    respondentColumn = c;
                }
                continue;
            }
            SurveyQuestion question = question(campaign, name);
            if (question == null) {
                errors.add(new InvalidFieldException(field, name.isEmpty() ? "The column has no name; name it"
                        + " respondent, role or a question (its number or text)" : "'" + Campaign.abbreviated(name)
                        + "' is neither respondent nor role nor a question of the campaign (a number from 1 to "
                        + campaign.questions().size() + " or a question's text)"));
            } else if (columnOfQuestion.putIfAbsent(question.number(), c) != null) {
                errors.add(new InvalidFieldException(field, "Question " + question.number() + " already has column "
                        + (columnOfQuestion.get(question.number()) + 1)));
            } else {
                questionOfColumn.put(c, question.number());
            }
        }
        if (respondentColumn < 0) {
            errors.add(new InvalidFieldException("line " + header.line(), "The header names no respondent column;"
                    + " the first line names the columns: respondent, role and one per question"));
        }
        if (roleColumn < 0) {
            errors.add(new InvalidFieldException("line " + header.line(), "The header names no role column (the"
                    + " respondent's role at the customer, e.g. manager)"));
        }
        InvalidInputException.throwIfAny(errors);

        List<Line> lines = new ArrayList<>();
        Map<String, Integer> lineOfRespondent = new HashMap<>();
        int newRespondents = campaign.respondents().size();
        for (Row row : rows.subList(first + 1, rows.size())) {
            if (row.cells().stream().allMatch(SurveyTexts::blank)) {
                continue;
            }
            if (row.cells().size() != header.cells().size()) {
                errors.add(new InvalidFieldException("line " + row.line(), "The line has " + row.cells().size()
                        + " columns; the header has " + header.cells().size()));
                continue;
            }
            List<Integer> answerColumns = new ArrayList<>();
            List<Campaign.GivenAnswer> answers = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String value = row.cells().get(c);
                if (questionOfColumn.containsKey(c) && !SurveyTexts.blank(value)) {
                    answerColumns.add(c);
                    answers.add(new Campaign.GivenAnswer(questionOfColumn.get(c), value));
                }
            }
            // a cell of only white space (a spreadsheet's no-break space too) is empty: it keeps a known role
            Campaign.Entry entry = new Campaign.Entry(emptyIfBlank(row.cells().get(respondentColumn)),
                    emptyIfBlank(row.cells().get(roleColumn)), answers);
            Campaign.EntryFields fields = fields(row.line(), header, respondentColumn, roleColumn, answerColumns);
            List<InvalidFieldException> problems = campaign.problems(entry, fields);
            errors.addAll(problems);
            String key = SurveyTexts.key(entry.respondent());
            // a respondent on two lines is named even when either line has another wrong cell, so one
            // corrected upload clears every error
            if (key != null && problems.stream().noneMatch(p -> p.field().equals(fields.respondent()))) {
                Integer earlier = lineOfRespondent.putIfAbsent(key, row.line());
                if (earlier != null) {
                    errors.add(new InvalidFieldException(fields.respondent(), "Respondent " + entry.respondent().strip()
                            + " is on line " + earlier + " already; give each respondent one line"));
                } else if (campaign.respondent(entry.respondent()).isEmpty()
                        && ++newRespondents > Campaign.MAX_RESPONDENTS) {
                    errors.add(new InvalidFieldException(fields.respondent(), "A campaign has at most "
                            + Campaign.MAX_RESPONDENTS + " respondents"));
                }
            }
            lines.add(new Line(row.line(), entry, fields));
        }
        if (errors.size() > MAX_ERRORS) {
            int more = errors.size() - MAX_ERRORS;
            errors = new ArrayList<>(errors.subList(0, MAX_ERRORS));
            errors.add(new InvalidFieldException("csv", more + " more errors are not listed; correct these first"));
        }
        InvalidInputException.throwIfAny(errors);
        return lines;
    }

    /** How a cell is named in errors: {@code line 3, column 4 (Was the engineer competent?)}. */
    static String cell(int line, int column, String header) {
        return "line " + line + ", column " + (column + 1) + (header == null || header.isBlank() ? ""
                : " (" + Campaign.abbreviated(header.strip()) + ")");
    }

    private static SurveyQuestion question(Campaign campaign, String header) {
        if (header.matches("\\d{1,3}")) {
            return campaign.question(Integer.parseInt(header)).orElse(null);
        }
        return campaign.question(header).orElse(null);
    }

    private static Campaign.EntryFields fields(int line, Row header, int respondentColumn, int roleColumn,
                                               List<Integer> answerColumns) {
        return new Campaign.EntryFields() {
            @Override
            public String respondent() {
                return cell(line, respondentColumn, header.cells().get(respondentColumn));
            }

            @Override
            public String role() {
                return cell(line, roleColumn, header.cells().get(roleColumn));
            }

            @Override
            public String question(int index) {
                return answer(index);
            }

            @Override
            public String answer(int index) {
                int column = answerColumns.get(index);
                return cell(line, column, header.cells().get(column));
            }
        };
    }

    private static String emptyIfBlank(String cell) {
        return SurveyTexts.blank(cell) ? "" : cell;
    }
}
