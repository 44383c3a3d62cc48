package org.servicelevel.application.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.application.survey.internal.SurveyHarness.INFORMED;
import static org.servicelevel.application.survey.internal.SurveyHarness.SPEED;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicelevel.ProductDocs;
import org.servicelevel.application.survey.SurveyService.AnswerShares;
import org.servicelevel.application.survey.SurveyService.CampaignReport;
import org.servicelevel.application.survey.SurveyService.ImportOutcome;
import org.servicelevel.application.survey.SurveyService.OptionShare;
import org.servicelevel.application.survey.SurveyService.QuestionShares;
import org.servicelevel.application.survey.SurveyService.RoleCount;
import org.servicelevel.application.survey.SurveyService.RoleShares;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.report.Check;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.MetricOutcome;
import org.servicelevel.domain.model.report.MonthCloseCalculator;
import org.servicelevel.domain.model.report.MonthCloseInput;
import org.servicelevel.domain.model.report.SurveyResult;
import org.servicelevel.domain.model.survey.QuestionTally;

/**
 * docs/surveys.md, docs/month-close.md and docs/agreements.md as an integrator reads them, checked with
 * hand-computed scenarios against the real survey service, CSV reader, campaign, month-close input and
 * quality score: the documented sheet and error example, CSV edge cases, the report's shares, completion
 * in the agreement's zone, which campaign a month reads, and "more than" / "at least" thresholds.
 */
class SurveyContractTest {

    /** 2026-06-30 22:30 UTC: 1 July 00:30 in Warsaw, still 30 June 18:30 in New York. */
    private static final Instant EVENING = Instant.parse("2026-06-30T22:30:00Z");
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

    private SurveyHarness surveys;
    private long campaign;

    @BeforeEach
    void setUp() {
        surveys = new SurveyHarness(Instant.parse("2026-06-15T10:00:00Z"));
        surveys.agreement(1, "Europe/Warsaw");
        campaign = surveys.docsCampaign(1, "Customer survey, first half of 2026").id();
    }

    private static List<String> errors(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        return e.errors().stream().map(f -> f.field() + ": " + f.getMessage()).toList();
    }

    private ImportOutcome importCsv(String csv) {
        return surveys.service.importAnswers(campaign, csv);
    }

    // ---- the CSV sheet ------------------------------------------------------------------------------

    private static final String DOCS_SHEET = """
            respondent,role,1,Were you kept informed about progress?
            Carl Meyer,manager,as I expected,mostly yes
            "Smith, Clara",specialist,slower than I expected,
            Dan Brown,manager,,yes
            """;

    @Test
    void theSheetOfTheDocsIsImportedAsDocumented() {
        String docs = ProductDocs.read("surveys.md");
        assertTrue(docs.contains(DOCS_SHEET.indent(4)), "the sheet is the one docs/surveys.md shows");
        ImportOutcome outcome = importCsv(DOCS_SHEET);
        assertEquals(3, outcome.lines());
        assertEquals(3, outcome.newRespondents());
        assertEquals(4, outcome.answers(), "an empty cell is a question not answered");
        assertEquals(0, outcome.replaced());
        assertEquals(surveys.campaigns.get(campaign).version(), outcome.version());
        CampaignReport report = surveys.service.report(campaign);
        assertEquals(List.of(new RoleCount("manager", 2), new RoleCount("specialist", 1)), report.roles());
        QuestionShares speed = report.questions().get(0);
        // Carl: as I expected (+), Clara: slower (-), Dan: none -> 1 positive of 2 answers
        assertEquals(2, speed.total().answers());
        assertEquals(1, speed.total().positive());
        assertEquals(new BigDecimal("50.00"), speed.total().positiveShare());
        assertEquals("Smith, Clara", surveys.campaigns.get(campaign).respondents().get(1).name(), "quoted comma");
        QuestionShares informed = report.questions().get(1);
        assertEquals(2, informed.total().answers());
        assertEquals(new BigDecimal("100.00"), informed.total().positiveShare());
    }

    @Test
    void theSameSheetAsASpreadsheetWritesItImportsAlike() {
        String csv = "\uFEFFROLE;Respondent;  were you kept   INFORMED about progress? ;1\r\n"
                + "manager;Carl Meyer;Mostly Yes;AS I EXPECTED\r\n"
                + "\r\n"
                + "specialist;\"Smith; Clara \"\"CJ\"\"\";;slower than I expected\r\n"
                + "  \r\n"
                + "manager;Dan Brown;yes;\"\"\r\n";
        ImportOutcome outcome = importCsv(csv);
        assertEquals(3, outcome.lines(), "empty and blank lines are skipped");
        assertEquals(4, outcome.answers());
        assertEquals("Smith; Clara \"CJ\"", surveys.campaigns.get(campaign).respondents().get(1).name(),
                "a quoted cell keeps the separator and a doubled quote is one quote");
        assertEquals(List.of(new QuestionTally(1, SPEED, 1, 2), new QuestionTally(2, INFORMED, 2, 2)),
                surveys.campaigns.get(campaign).tallies());
    }

    @Test
    void theErrorExampleOfTheDocsIsReproducedExactlyAndNothingIsStored() {
        // the docs' example: new respondent Clara without a role on line 3, 'sometimes' in column 3 (1) on line 4
        String docs = ProductDocs.read("surveys.md");
        Matcher m = Pattern.compile("\\{\"field\":\"([^\"]+)\",\"message\":\"([^\"]+)\"}").matcher(docs);
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1) + ": " + m.group(2));
        }
        assertEquals(2, documented.size(), documented.toString());
        long version = surveys.campaigns.get(campaign).version();
        List<String> errors = errors(() -> importCsv("""
                respondent,role,1,Were you kept informed about progress?
                Carl Meyer,manager,as I expected,mostly yes
                Clara,,slower than I expected,
                Dan Brown,manager,sometimes,yes
                """));
        assertEquals(documented, errors);
        assertEquals(0, surveys.campaigns.get(campaign).respondents().size(), "whole or not at all");
        assertEquals(version, surveys.campaigns.get(campaign).version());
    }

    @Test
    void aRespondentOnTwoLinesIsNamedOnTheSecondByItsPhysicalLine() {
        List<String> errors = errors(() -> importCsv("respondent,role,1,2\n"
                + "\"Carl\nMeyer\",manager,as I expected,yes\n"      // lines 2-3: a name may not span lines
                + "Dan Brown,manager,as I expected,yes\n"             // line 4
                + "\n"                                                // line 5
                + "dan   BROWN,manager,slower than I expected,no\n")); // line 6
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("line 2, column 1 (respondent): "), errors.get(0));
        assertEquals("line 6, column 1 (respondent): Respondent dan   BROWN is on line 4 already; give each"
                + " respondent one line", errors.get(1));
    }

    @Test
    void aLineWithAnotherNumberOfCellsAndAnUnclosedQuoteAreNamedByTheirLine() {
        assertEquals(List.of("line 3: The line has 3 columns; the header has 4"), errors(() -> importCsv(
                "respondent,role,1,2\nCarl Meyer,manager,as I expected,yes\nDan Brown,manager,yes\n")));
        List<String> broken = errors(() -> importCsv(
                "respondent,role,1,2\nCarl Meyer,manager,as I expected,yes\n\"Dan Brown,manager,yes,no\n"));
        assertEquals(1, broken.size());
        assertTrue(broken.get(0).startsWith("line 3: A quoted cell starting on this line is not closed"),
                broken.get(0));
    }

    @Test
    void headerMistakesAreNamedByColumn() {
        assertEquals(List.of("line 1, column 3 (Q1): 'Q1' is neither respondent nor role nor a question of the"
                        + " campaign (a number from 1 to 2 or a question's text)",
                "line 1, column 5 (How fast was your request resolved?): Question 1 already has column 4"),
                errors(() -> importCsv("respondent,role,Q1,1,How fast was your request resolved?\nA,b,yes,yes,yes\n")));
    }

    @Test
    void anEmptyRoleKeepsAKnownRespondentsRoleAndAnsweringAgainReplaces() {
        surveys.respond(campaign, "Carl Meyer", "Manager", 1, "as I expected");
        ImportOutcome outcome = importCsv("respondent,role,1,2\ncarl meyer,,slower than I expected,no\n"
                + "Dan Brown,MANAGER,,yes\n");
        assertEquals(1, outcome.newRespondents());
        assertEquals(3, outcome.answers());
        assertEquals(1, outcome.replaced());
        var respondents = surveys.campaigns.get(campaign).respondents();
        assertEquals(List.of("Manager", "Manager"), respondents.stream().map(r -> r.role()).toList(),
                "kept; a new respondent takes the spelling of a role already there");
        assertEquals(List.of(new QuestionTally(1, SPEED, 0, 1), new QuestionTally(2, INFORMED, 1, 2)),
                surveys.campaigns.get(campaign).tallies());
    }

    @Test
    void aCompletedCampaignTakesNoImportAndNoAnswer() {
        surveys.respond(campaign, "Carl Meyer", "manager", 1, "as I expected", 2, "yes");
        surveys.complete(campaign, LocalDate.of(2026, 6, 15));
        assertThrows(ConflictException.class, () -> importCsv(DOCS_SHEET));
        assertThrows(ConflictException.class, () -> surveys.respond(campaign, "Dan", "manager", 1, "as I expected"));
    }

    // ---- the qualitative report ---------------------------------------------------------------------

    @Test
    void theReportGivesEachAnswersShareOfTheAnswersInTotalAndByRole() {
        surveys.respond(campaign, "Anna", "manager", 1, "faster than I expected");
        surveys.respond(campaign, "Boris", "specialist", 1, "as I expected", 2, "no");
        surveys.respond(campaign, "Clara", "Specialist", 1, "slower than I expected");
        surveys.respond(campaign, "Dan", "manager", 2, "yes");      // no answer to question 1
        surveys.respond(campaign, "Erik", "director");              // no answer at all
        CampaignReport report = surveys.service.report(campaign);
        assertEquals(5, report.respondents());
        assertEquals(List.of(new RoleCount("director", 1), new RoleCount("manager", 2),
                new RoleCount("specialist", 2)), report.roles(),
                "alphabetical, counting respondents whether or not they answered");
        QuestionShares speed = report.questions().get(0);
        // 3 answers (Dan and Erik left question 1 out): 1 + 1 positive = 2 of 3
        assertEquals(new AnswerShares(3, 2, new BigDecimal("66.67"), List.of(
                new OptionShare("faster than I expected", true, 1, new BigDecimal("33.33")),
                new OptionShare("as I expected", true, 1, new BigDecimal("33.33")),
                new OptionShare("slower than I expected", false, 1, new BigDecimal("33.33")))), speed.total());
        assertEquals(List.of(
                new RoleShares("manager", new AnswerShares(1, 1, new BigDecimal("100.00"), List.of(
                        new OptionShare("faster than I expected", true, 1, new BigDecimal("100.00")),
                        new OptionShare("as I expected", true, 0, new BigDecimal("0.00")),
                        new OptionShare("slower than I expected", false, 0, new BigDecimal("0.00"))))),
                new RoleShares("specialist", new AnswerShares(2, 1, new BigDecimal("50.00"), List.of(
                        new OptionShare("faster than I expected", true, 0, new BigDecimal("0.00")),
                        new OptionShare("as I expected", true, 1, new BigDecimal("50.00")),
                        new OptionShare("slower than I expected", false, 1, new BigDecimal("50.00")))))),
                speed.byRole(), "only roles with an answer to the question (not director; manager counts Anna only)");
        QuestionShares informed = report.questions().get(1);
        assertEquals(2, informed.total().answers());
        assertEquals(new BigDecimal("50.00"), informed.total().positiveShare());
    }

    @Test
    void sharesAreRoundedHalfUpForDisplayOnly() {
        // 1 of 32 = 3.125 % -> 3.13 (half-up; half-even would give 3.12)
        for (int i = 0; i < 32; i++) {
            surveys.respond(campaign, "R" + i, "staff", 2, i == 0 ? "yes" : "no");
        }
        QuestionShares informed = surveys.service.report(campaign).questions().get(1);
        assertEquals(new BigDecimal("3.13"), informed.total().positiveShare());
        QuestionShares unanswered = surveys.service.report(campaign).questions().get(0);
        assertEquals(0, unanswered.total().answers());
        assertNull(unanswered.total().positiveShare(), "a share of no answers is left out");
        assertNull(unanswered.total().options().get(0).share());
    }

    // ---- completion and the month that reads it -----------------------------------------------------

    @Test
    void theDayOfCompletionMayNotBeInTheFutureInTheAgreementsZone() {
        surveys.clock.now = EVENING;
        surveys.agreement(2, "America/New_York");
        long newYork = surveys.docsCampaign(2, "New York").id();
        surveys.respond(campaign, "Carl", "manager", 1, "as I expected", 2, "yes");
        surveys.respond(newYork, "Carl", "manager", 1, "as I expected", 2, "yes");
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> surveys.complete(newYork, JULY_1), "1 July has not begun in New York");
        assertEquals("on", early.field());
        assertEquals("2026-07-01", surveys.complete(campaign, JULY_1).completedOn().toString(),
                "1 July has begun in Warsaw");
        assertEquals(JUNE_30, surveys.complete(newYork, JUNE_30).completedOn());
    }

    @Test
    void aMonthReadsTheCampaignCompletedOnItsLastDayNotTheOneCompletedTheDayAfter() {
        surveys.clock.now = EVENING;
        long second = surveys.docsCampaign(1, "Second").id();
        surveys.respond(campaign, "Carl", "manager", 1, "as I expected", 2, "yes");
        surveys.respond(second, "Carl", "manager", 1, "as I expected", 2, "no");
        surveys.complete(campaign, JUNE_30);
        surveys.complete(second, JULY_1);                     // 00:30 on 1 July in Warsaw
        SurveyResult june = surveys.closeInput(1, YearMonth.of(2026, 6));
        assertEquals(List.of(JUNE_30), surveys.askedForLastCompletedOn, "the month's last day, as a day");
        assertEquals("Customer survey, first half of 2026", june.campaign());
        assertEquals(JUNE_30, june.completedOn());
        assertEquals(new SurveyResult.Question(INFORMED, 1, 1), june.question(INFORMED).orElseThrow());
        SurveyResult july = surveys.closeInput(1, YearMonth.of(2026, 7));
        assertEquals("Second", july.campaign());
        assertEquals(new SurveyResult.Question(INFORMED, 0, 1), july.question(INFORMED).orElseThrow());
        // and the close itself accepts June's and refuses July's campaign for June
        ClosingMonth closingJune = new ClosingMonth(YearMonth.of(2026, 6), ZoneId.of("Europe/Warsaw"));
        assertTrue(quality(closingJune, ThresholdComparison.GREATER_THAN, "70", june).met());
        assertThrows(IllegalArgumentException.class, () -> quality(closingJune, ThresholdComparison.GREATER_THAN, "70",
                july));
    }

    @Test
    void ofTwoCampaignsCompletedInOneMonthTheLaterDayAndOnOneDayTheLaterCompletionCounts() {
        long early = campaign;
        long late = surveys.docsCampaign(1, "Late").id();
        long sameDayFirst = surveys.docsCampaign(1, "Same day, completed first").id();
        long sameDaySecond = surveys.docsCampaign(1, "Same day, completed second").id();
        for (long c : List.of(early, late, sameDayFirst, sameDaySecond)) {
            surveys.respond(c, "Carl", "manager", 1, "as I expected", 2, "yes");
        }
        surveys.clock.now = Instant.parse("2026-06-25T08:00:00Z");
        surveys.complete(late, LocalDate.of(2026, 6, 20));
        surveys.complete(early, LocalDate.of(2026, 6, 10));  // completed afterwards, but on an earlier day
        assertEquals("Late", surveys.closeInput(1, YearMonth.of(2026, 6)).campaign());
        surveys.clock.now = Instant.parse("2026-07-20T08:00:00Z");
        surveys.complete(sameDaySecond, LocalDate.of(2026, 7, 15));
        surveys.clock.now = Instant.parse("2026-07-20T07:00:00Z");
        surveys.complete(sameDayFirst, LocalDate.of(2026, 7, 15));
        assertEquals("Same day, completed second", surveys.closeInput(1, YearMonth.of(2026, 7)).campaign());
        assertEquals("Late", surveys.closeInput(1, YearMonth.of(2026, 6)).campaign(), "June is not changed by July");
    }

    // ---- the survey metric --------------------------------------------------------------------------

    private static MetricOutcome quality(ClosingMonth month, ThresholdComparison comparison, String threshold,
                                         SurveyResult survey) {
        CloseTerms terms = new CloseTerms(Currency.getInstance("EUR"), new BigDecimal("1000.00"),
                LocalDate.of(2026, 1, 1), 0, List.of(new CloseTerms.Priority(1, "P1", false, Duration.ofHours(4),
                Duration.ofMinutes(30), new BigDecimal("10"))), List.of(),
                List.of(CloseTerms.Metric.survey(INFORMED, new BigDecimal(threshold), comparison, BigDecimal.ONE)),
                List.of(new CloseTerms.Band(BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("10")),
                        new CloseTerms.Band(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO)),
                null, Map.of(), null, null, null);
        return MonthCloseCalculator.close(new MonthCloseInput(month, terms, List.of(), List.of(), survey, null))
                .quality().metrics().get(0);
    }

    private static final ClosingMonth JUNE = new ClosingMonth(YearMonth.of(2026, 6), ZoneId.of("Europe/Warsaw"));

    /** Question 2 answered by {@code positive} + {@code negative} respondents; two more answer question 1 only. */
    private SurveyResult juneWith(int positive, int negative) {
        for (int i = 0; i < positive; i++) {
            surveys.respond(campaign, "Yes " + i, i % 2 == 0 ? "manager" : "specialist", 2, i % 2 == 0 ? "yes"
                    : "mostly yes");
        }
        for (int i = 0; i < negative; i++) {
            surveys.respond(campaign, "No " + i, "specialist", 2, i % 2 == 0 ? "no" : "mostly no");
        }
        surveys.respond(campaign, "Silent 1", "manager", 1, "slower than I expected");
        surveys.respond(campaign, "Silent 2", "director", 1, "slower than I expected");
        surveys.complete(campaign, LocalDate.of(2026, 6, 15));
        return surveys.closeInput(1, YearMonth.of(2026, 6));
    }

    @Test
    void exactly70PercentMeetsAtLeast70ButNotMoreThan70AndLeftOutQuestionsDoNotCount() {
        SurveyResult june = juneWith(7, 3);   // 7 of 10; 7 of 12 respondents would be 58.33 %
        assertEquals(new SurveyResult.Question(INFORMED, 7, 10), june.question(INFORMED).orElseThrow());
        MetricOutcome moreThan = quality(JUNE, ThresholdComparison.GREATER_THAN, "70", june);
        assertEquals(Check.NOT_MET, moreThan.check(), "the sample contract's 'more than 70 %'");
        assertEquals("70 %", moreThan.value());
        assertTrue(moreThan.explanation().contains("7 positive of 10 answers = 70 %"), moreThan.explanation());
        assertEquals(Check.MET, quality(JUNE, ThresholdComparison.AT_LEAST, "70", june).check(), "'at least 70 %'");
        assertEquals(Check.MET, quality(JUNE, ThresholdComparison.GREATER_THAN, "69.99", june).check());
    }

    @Test
    void twoThirdsIsComparedUnroundedWithThresholdsAroundItsDisplayedValue() {
        SurveyResult june = juneWith(2, 1);
        assertEquals(new BigDecimal("66.67"), surveys.service.lastCompleted(1, JUNE_30).orElseThrow()
                .question(INFORMED).orElseThrow().sharePercent(), "shown as 66.67");
        // 66.666...: above 66.66, below 66.67
        assertEquals(Check.MET, quality(JUNE, ThresholdComparison.GREATER_THAN, "66.66", june).check());
        assertEquals(Check.MET, quality(JUNE, ThresholdComparison.AT_LEAST, "66.66", june).check());
        assertEquals(Check.NOT_MET, quality(JUNE, ThresholdComparison.GREATER_THAN, "66.67", june).check());
        assertEquals(Check.NOT_MET, quality(JUNE, ThresholdComparison.AT_LEAST, "66.67", june).check());
        assertEquals("66.67 %", quality(JUNE, ThresholdComparison.AT_LEAST, "66.67", june).value());
    }

    @Test
    void withNoCampaignCompletedByTheMonthsEndTheMetricIsMet() {
        surveys.respond(campaign, "Carl", "manager", 1, "as I expected", 2, "no");
        SurveyResult none = surveys.closeInput(1, YearMonth.of(2026, 6));       // open campaigns never count
        assertNull(none);
        MetricOutcome outcome = quality(JUNE, ThresholdComparison.GREATER_THAN, "70", none);
        assertEquals(Check.NOTHING_TO_MEASURE, outcome.check());
        assertTrue(outcome.met());
        assertEquals("No survey campaign was completed on or before 2026-06-30: the question '" + INFORMED
                + "' metric is met", outcome.explanation());
    }
}
