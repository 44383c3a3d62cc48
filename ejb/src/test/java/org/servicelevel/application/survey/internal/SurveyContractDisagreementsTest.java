package org.servicelevel.application.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.application.survey.internal.SurveyHarness.INFORMED;
import static org.servicelevel.application.survey.internal.SurveyHarness.SPEED;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.application.survey.SurveyService.ImportOutcome;
import org.servicelevel.application.survey.SurveyService.RoleCount;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.report.Check;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.MonthCloseCalculator;
import org.servicelevel.domain.model.report.MonthCloseInput;
import org.servicelevel.domain.model.report.SurveyResult;

/**
 * Where docs/surveys.md, docs/agreements.md or docs/month-close.md and the code disagree (or the docs
 * with each other). Each test states what a client reading the docs expects; they fail against the
 * code as it is, so they are disabled with the reason.
 */
@Disabled("code disagrees: the survey docs and the code (or two docs) differ; see each test's reason")
class SurveyContractDisagreementsTest {

    private SurveyHarness surveys;
    private long campaign;

    @BeforeEach
    void setUp() {
        surveys = new SurveyHarness(Instant.parse("2026-06-15T10:00:00Z"));
        surveys.agreement(1, "Europe/Warsaw");
        campaign = surveys.docsCampaign(1, "Customer survey, first half of 2026").id();
    }

    @Test
    @Disabled("code disagrees: docs/agreements.md says a SURVEY metric is 'read from the last survey campaign"
            + " completed by the month's end whose question has that text'; the code (and month-close.md,"
            + " surveys.md) read the last completed campaign and call the metric met when it did not ask the question")
    void aMetricReadsTheLastCampaignThatAskedItsQuestion() {
        // June: "kept informed?" 5 of 10 positive, 50 %: not more than 70 %
        for (int i = 0; i < 10; i++) {
            surveys.respond(campaign, "R" + i, "manager", 1, "as I expected", 2, i < 5 ? "yes" : "no");
        }
        surveys.complete(campaign, LocalDate.of(2026, 6, 15));
        // August: a campaign that asks only about speed
        surveys.clock.now = Instant.parse("2026-08-20T10:00:00Z");
        long august = surveys.service.create(1, new SurveyService.CampaignChange("Speed only",
                LocalDate.of(2026, 8, 20), List.of(new SurveyService.QuestionChange(SPEED, List.of("fast", "slow"),
                        List.of("fast"))))).id();
        surveys.respond(august, "R0", "manager", 1, "fast");
        surveys.complete(august, LocalDate.of(2026, 8, 20));

        SurveyResult input = surveys.closeInput(1, YearMonth.of(2026, 8));
        CloseTerms terms = new CloseTerms(Currency.getInstance("EUR"), new BigDecimal("1000.00"),
                LocalDate.of(2026, 1, 1), 0, List.of(new CloseTerms.Priority(1, "P1", false, Duration.ofHours(4),
                Duration.ofMinutes(30), new BigDecimal("10"))), List.of(),
                List.of(CloseTerms.Metric.survey(INFORMED, new BigDecimal("70"), ThresholdComparison.GREATER_THAN,
                        BigDecimal.ONE)),
                List.of(new CloseTerms.Band(BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("10")),
                        new CloseTerms.Band(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO)),
                null, Map.of(), null, null, null);
        Check check = MonthCloseCalculator.close(new MonthCloseInput(new ClosingMonth(YearMonth.of(2026, 8),
                ZoneId.of("Europe/Warsaw")), terms, List.of(), List.of(), input, null)).quality().metrics().get(0)
                .check();
        assertEquals(Check.NOT_MET, check, "June's 50 % is the last reading of the question; the close read '"
                + input.campaign() + "'");
    }

    @Test
    @Disabled("code disagrees: spec ambiguity: 'roles in alphabetical order' - the code sorts lower-cased roles by"
            + " UTF-16 code unit, so the Polish role 'łącznik' comes after 'menedżer' instead of between k and m")
    void rolesAreInAlphabeticalOrderAlsoWithLettersBeyondAsciiZ() {
        surveys.respond(campaign, "A", "menedżer", 1, "as I expected");
        surveys.respond(campaign, "B", "łącznik", 1, "as I expected");
        surveys.respond(campaign, "C", "kierownik", 1, "as I expected");
        assertEquals(List.of("kierownik", "łącznik", "menedżer"),
                surveys.service.report(campaign).roles().stream().map(RoleCount::role).toList());
    }

    @Test
    @Disabled("code disagrees: spec ambiguity: 'Empty lines are skipped' - an empty line before the header is taken"
            + " as the header (and decides the separator), so the sheet is refused")
    void anEmptyLineBeforeTheHeaderIsSkippedToo() {
        ImportOutcome outcome = surveys.service.importAnswers(campaign,
                "\r\nrespondent;role;1;2\r\nCarl Meyer;manager;as I expected;yes\r\n");
        assertEquals(1, outcome.lines());
    }

    @Test
    @Disabled("code disagrees: 'An empty cell is a question not answered' and texts compare 'ignoring ... any white"
            + " space, a no-break space too'; a cell holding only a no-break space (as spreadsheets write one) is"
            + " refused as an answer")
    void aCellWithOnlyANoBreakSpaceIsAnEmptyCell() {
        ImportOutcome outcome = surveys.service.importAnswers(campaign,
                "respondent,role,1,2\nCarl Meyer,manager,\u00A0,yes\n");
        assertEquals(1, outcome.answers());
    }
}
