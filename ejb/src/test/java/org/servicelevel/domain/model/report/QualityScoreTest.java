package org.servicelevel.domain.model.report;

import org.servicelevel.domain.model.agreement.ThresholdComparison;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.OFFICE;
import static org.servicelevel.domain.model.report.CloseFixture.assertDecimal;
import static org.servicelevel.domain.model.report.CloseFixture.at;
import static org.servicelevel.domain.model.report.CloseFixture.close;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.n;
import static org.servicelevel.domain.model.report.CloseFixture.resolved;
import static org.servicelevel.domain.model.report.CloseFixture.terms;
import static org.servicelevel.domain.model.report.CloseFixture.ws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.report.CloseTerms.Band;
import org.servicelevel.domain.model.report.CloseTerms.Metric;
import org.servicelevel.domain.model.report.ServiceFacts.AvailabilityTarget;
import org.servicelevel.domain.model.report.ServiceFacts.Outage;

/** Quality metrics, the score as the sum of the met weights, the band it falls in, and grace months. */
class QualityScoreTest {

    private static final String SPEED = "Was your request handled fast enough?";

    /** Resolution time of priority 1 (0.5), its overdue share (0.3) and a survey question (0.2). */
    private static CloseFixture.Terms threeMetrics(ThresholdComparison comparison) {
        return terms().metric(Metric.resolutionTime(1, n("0.5"))).metric(Metric.overdueShare(1, n("0.3")))
                .metric(Metric.survey(SPEED, n("70"), comparison, n("0.2")));
    }

    private static SurveyResult survey(int positive, int total) {
        return new SurveyResult("H2 2026", LocalDate.of(2026, 11, 20),
                List.of(new SurveyResult.Question(SPEED, positive, total)));
    }

    private static QualityScore quality(CloseTerms terms, SurveyResult survey, TicketFacts... tickets) {
        return MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms, List.of(tickets), List.of(ws()), survey,
                null)).quality();
    }

    private static TicketFacts onTime() {
        return resolved("T-1", 1, "2026-11-02T09:00", "2026-11-02T12:00", hms(3, 0, 0));
    }

    private static TicketFacts late() {
        return resolved("T-2", 1, "2026-11-02T09:00", "2026-11-02T14:00", hms(5, 0, 0));
    }

    @Test
    void aScoreExactlyOnABandsLowerBoundFallsInThatBand() {
        QualityScore quality = quality(threeMetrics(ThresholdComparison.AT_LEAST).build(), survey(6, 10), onTime());
        assertDecimal("0.8", quality.score());
        assertEquals(new Band(n("0.8"), n("0.9"), n("3.33")), quality.band());
        assertEquals("Score 0.8 = the sum of the weights of the 2 met metrics of 3; band [0.8, 0.9) costs 3.33 % of"
                + " the fee", quality.explanation());
    }

    @Test
    void aScoreOfOneFallsInTheTopBand() {
        QualityScore quality = quality(threeMetrics(ThresholdComparison.AT_LEAST).build(), survey(7, 10), onTime());
        assertDecimal("1", quality.score());
        assertEquals(new Band(n("0.9"), n("1"), n("0")), quality.band());
    }

    @Test
    void theScoreIsTheExactDecimalSumOfTheMetWeights() {
        CloseTerms terms = terms().metric(Metric.resolutionTime(1, n("0.1"))).metric(Metric.resolutionTime(2, n("0.2")))
                .metric(Metric.overdueShare(1, n("0.7"))).build();
        QualityScore quality = quality(terms, null, late(), resolved("T-3", 1, "2026-11-02T09:00",
                "2026-11-02T09:30", hms(0, 30, 0)));
        assertEquals(List.of(true, true, false), quality.metrics().stream().map(MetricOutcome::met).toList());
        assertEquals(new BigDecimal("0.3"), quality.score(), "0.1 + 0.2 is exactly 0.3");
        assertEquals(List.of(n("0.1"), n("0.2"), BigDecimal.ZERO),
                quality.metrics().stream().map(MetricOutcome::points).toList());
        assertEquals(new Band(n("0"), n("0.5"), n("20")), quality.band());
    }

    @Test
    void aScoreInNoBandIsAnErrorNamingTheScore() {
        CloseFixture.Terms terms = terms().metric(Metric.resolutionTime(1, n("0.55"))).metric(
                Metric.overdueShare(1, n("0.45")));
        terms.bands = List.of(new Band(n("0"), n("0.5"), n("20")), new Band(n("0.6"), n("1"), n("0")));
        InvalidFieldException error = assertThrows(InvalidFieldException.class,
                () -> quality(terms.build(), null, late(), onTime(), resolved("T-3", 1, "2026-11-02T09:00",
                        "2026-11-02T09:30", hms(0, 30, 0))));
        assertEquals("penaltyBands", error.field());
        assertEquals("The quality score 0.55 falls in no penalty band; the bands must cover every score from 0 to 1",
                error.getMessage());
    }

    @Test
    void aSurveyShareExactlyAtItsThresholdMeetsAtLeastButNotGreaterThan() {
        MetricOutcome atLeast = quality(threeMetrics(ThresholdComparison.AT_LEAST).build(), survey(7, 10))
                .metrics().get(2);
        assertTrue(atLeast.met());
        assertEquals(Fraction.of(7, 10), atLeast.exact());
        assertEquals("70 %", atLeast.value());
        MetricOutcome greaterThan = quality(threeMetrics(ThresholdComparison.GREATER_THAN).build(), survey(7, 10))
                .metrics().get(2);
        assertFalse(greaterThan.met(), "70 % is not more than 70 %");
        assertEquals("The question 'Was your request handled fast enough?' in the last campaign 'H2 2026' (completed"
                + " 2026-11-20): 7 positive of 10 answers = 70 % (exactly 7/10), which needs to be > 70 %: not met",
                greaterThan.explanation());
        assertTrue(quality(threeMetrics(ThresholdComparison.GREATER_THAN).build(), survey(71, 100)).metrics().get(2)
                .met());
        assertFalse(quality(threeMetrics(ThresholdComparison.AT_LEAST).build(), survey(699, 1000)).metrics().get(2)
                .met());
    }

    @Test
    void aSurveyShareIsComparedExactly() {
        // 2 of 3 is 66.67 % when shown, but less than a threshold of 66.67 %
        CloseTerms terms = terms().metric(Metric.survey(SPEED, n("66.67"), ThresholdComparison.AT_LEAST, n("1")))
                .build();
        MetricOutcome outcome = quality(terms, survey(2, 3)).metrics().get(0);
        assertEquals("66.67 %", outcome.value());
        assertFalse(outcome.met());
    }

    @Test
    void withoutACampaignOrWithoutTheQuestionTheSurveyMetricIsMetAndSaysWhich() {
        MetricOutcome noCampaign = quality(threeMetrics(ThresholdComparison.GREATER_THAN).build(), null)
                .metrics().get(2);
        assertEquals(Check.NOTHING_TO_MEASURE, noCampaign.check());
        assertEquals("—", noCampaign.value());
        assertEquals("No survey campaign was completed on or before 2026-11-30: the question 'Was your request"
                + " handled fast enough?' metric is met", noCampaign.explanation());
        SurveyResult otherQuestion = new SurveyResult("H2 2026", LocalDate.of(2026, 11, 20),
                List.of(new SurveyResult.Question("Were you kept informed?", 1, 10)));
        MetricOutcome absent = quality(threeMetrics(ThresholdComparison.GREATER_THAN).build(), otherQuestion)
                .metrics().get(2);
        assertTrue(absent.met());
        assertEquals("The last campaign 'H2 2026' (completed 2026-11-20) did not ask the question 'Was your request"
                + " handled fast enough?': the metric is met", absent.explanation());
        MetricOutcome unanswered = quality(threeMetrics(ThresholdComparison.GREATER_THAN).build(), survey(0, 0))
                .metrics().get(2);
        assertTrue(unanswered.met());
        assertTrue(unanswered.explanation().startsWith("Nobody answered"));
    }

    @Test
    void aQuestionIsFoundIgnoringCaseAndSurroundingBlanks() {
        SurveyResult survey = new SurveyResult("H2 2026", LocalDate.of(2026, 11, 20),
                List.of(new SurveyResult.Question("  was your request handled FAST enough? ", 1, 10)));
        assertFalse(quality(threeMetrics(ThresholdComparison.AT_LEAST).build(), survey).metrics().get(2).met());
    }

    @Test
    void aCampaignCompletedAfterTheMonthIsRefused() {
        SurveyResult december = new SurveyResult("H2 2026", LocalDate.of(2026, 12, 1), List.of());
        assertThrows(IllegalArgumentException.class, () -> new MonthCloseInput(NOVEMBER, terms().build(), List.of(),
                List.of(), december, null));
    }

    @Test
    void theResolutionAndShareMetricsTakeThePriorityFiguresWithTheirValues() {
        QualityScore quality = quality(threeMetrics(ThresholdComparison.AT_LEAST).build(), null, onTime(), late());
        MetricOutcome average = quality.metrics().get(0);
        assertEquals("4:00:00", average.value());
        assertTrue(average.met(), "3 h and 5 h average exactly the 4 h target");
        assertEquals("Average resolution time of priority 1 over 2 resolved tickets: 4:00:00 (exactly 28800/2 s) ≤"
                + " target 4:00:00: met", average.explanation());
        MetricOutcome share = quality.metrics().get(1);
        assertEquals("50 %", share.value());
        assertFalse(share.met());
        assertEquals("Overdue share of priority 1: 1 of 2 = 50 % > limit 10 %: not met", share.explanation());
    }

    @Test
    void aPriorityWithoutTicketsMeetsItsMetrics() {
        QualityScore quality = quality(terms().metric(Metric.resolutionTime(2, n("0.5")))
                .metric(Metric.overdueShare(2, n("0.5"))).build(), null);
        assertDecimal("1", quality.score());
        assertEquals(List.of("—", "—"), quality.metrics().stream().map(MetricOutcome::value).toList());
    }

    @Test
    void anAvailabilityMetricTakesTheServicesCheck() {
        CloseTerms terms = terms().metric(Metric.availability("NET", n("1"))).build();
        ServiceFacts net = new ServiceFacts("NET", OFFICE, new AvailabilityTarget(n("99.9"), null),
                List.of(new Outage(at("2026-11-02T10:00"), at("2026-11-02T11:00"), "O-1")));
        QualityScore quality = MonthCloseCalculator.close(new MonthCloseInput(NOVEMBER, terms, List.of(),
                List.of(ws(), net), null, null)).quality();
        MetricOutcome availability = quality.metrics().get(0);
        assertFalse(availability.met(), "179 of 180 hours is 99.4444 %");
        assertEquals("99.4444 %", availability.value());
        assertDecimal("0", quality.score());
        assertThrows(IllegalArgumentException.class, () -> new MonthCloseInput(NOVEMBER, terms, List.of(),
                List.of(ws()), null, null), "the metric's service must be there with its target");
    }

    @Test
    void graceMonthsShowTheScoreAndBand() {
        CloseFixture.Terms terms = threeMetrics(ThresholdComparison.AT_LEAST);
        terms.serviceStart = LocalDate.of(2026, 10, 31);
        terms.graceMonths = 2;
        QualityScore november = quality(terms.build(), survey(1, 10), late());
        assertEquals(2, november.monthNumber(), "October, the month of the service start, is month 1");
        assertTrue(november.grace());
        assertDecimal("0", november.score());
        assertEquals(new Band(n("0"), n("0.5"), n("20")), november.band());
        assertTrue(november.explanation().endsWith("; month 2 of service is a grace month (of 2): no penalty"));
        terms.graceMonths = 1;
        assertFalse(quality(terms.build(), survey(1, 10), late()).grace());
    }

    @Test
    void aMonthBeforeTheServiceStartCannotBeClosed() {
        CloseFixture.Terms terms = terms();
        terms.serviceStart = LocalDate.of(2026, 12, 1);
        InvalidFieldException error = assertThrows(InvalidFieldException.class, () -> close(terms.build()));
        assertEquals("month", error.field());
    }

    @Test
    void anAgreementWithoutAQualityTableHasNoScoreAndNoBand() {
        MonthClose close = close(terms().build(), late());
        assertNull(close.quality().score());
        assertNull(close.quality().band());
        assertEquals(List.of(), close.invoice().lines(InvoiceLine.Kind.QOS_PENALTY));
    }
}
