package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.ThresholdComparison;

/**
 * The month's quality (QoS): each metric of the agreement's quality table met or not, the score as
 * the exact decimal sum of the met metrics' weights, the penalty band the score falls in, and whether
 * the month is one of the grace months (which show score and band but cost no penalty).
 *
 * @param score       the sum of the met metrics' weights; {@code null} when the agreement has no quality table
 * @param band        the band containing the score; {@code null} without a score or without bands
 * @param monthNumber the month's number since the service start (1 for the month containing it)
 * @param grace       whether {@code monthNumber ≤ graceMonths}
 */
public record QualityScore(List<MetricOutcome> metrics, BigDecimal score, CloseTerms.Band band, long monthNumber,
                           int graceMonths, boolean grace) {

    public QualityScore {
        metrics = List.copyOf(metrics);
    }

    static QualityScore of(CloseTerms terms, MonthReport report, SurveyResult survey) {
        ClosingMonth month = report.month();
        long number = month.numberSince(terms.serviceStart());
        if (number < 1) {
            throw new InvalidFieldException("month", "The service starts on " + terms.serviceStart() + ", after the month "
                    + month.month() + ": there is nothing to close yet");
        }
        List<MetricOutcome> outcomes = new ArrayList<>();
        for (CloseTerms.Metric metric : terms.metrics()) {
            outcomes.add(switch (metric.kind()) {
                case RESOLUTION_TIME -> {
                    PriorityFigures p = report.priority(metric.priority());
                    yield MetricOutcome.of(metric, p.averageCheck(), p.averageText(), p.averageSeconds(),
                            p.explainAverage());
                }
                case OVERDUE_SHARE -> {
                    PriorityFigures p = report.priority(metric.priority());
                    yield MetricOutcome.of(metric, p.shareCheck(), p.overdueShareText(), p.overdueShare(),
                            p.explainShare());
                }
                case SURVEY -> survey(metric, survey, month);
                case AVAILABILITY -> {
                    ServiceAvailability s = report.service(metric.service());
                    yield MetricOutcome.of(metric, s.check(), Display.percent(s.availabilityPercent()),
                            s.availability(), s.explanation());
                }
            });
        }
        BigDecimal score = terms.metrics().isEmpty() ? null
                : outcomes.stream().map(MetricOutcome::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        CloseTerms.Band band = score == null || terms.bands().isEmpty() ? null : band(terms.bands(), score);
        return new QualityScore(outcomes, score, band, number, terms.graceMonths(), number <= terms.graceMonths());
    }

    private static CloseTerms.Band band(List<CloseTerms.Band> bands, BigDecimal score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst().orElseThrow(() ->
                new InvalidFieldException("penaltyBands", "The quality score " + Display.plain(score)
                        + " falls in no penalty band; the bands must cover every score from 0 to 1"));
    }

    private static MetricOutcome survey(CloseTerms.Metric metric, SurveyResult survey, ClosingMonth month) {
        String threshold = metric.comparison().symbol() + " " + Display.percent(metric.thresholdPercent());
        if (survey == null) {
            return MetricOutcome.of(metric, Check.NOTHING_TO_MEASURE, Display.NONE, null, "No survey campaign was"
                    + " completed on or before " + month.lastDay() + ": the " + metric.subject() + " metric is met");
        }
        String campaign = "campaign '" + survey.campaign() + "' (completed " + survey.completedOn() + ")";
        SurveyResult.Question question = survey.question(metric.question()).orElse(null);
        if (question == null) {
            return MetricOutcome.of(metric, Check.NOTHING_TO_MEASURE, Display.NONE, null, "The last " + campaign
                    + " did not ask the " + metric.subject() + ": the metric is met");
        }
        if (question.total() == 0) {
            return MetricOutcome.of(metric, Check.NOTHING_TO_MEASURE, Display.NONE, null, "Nobody answered the "
                    + metric.subject() + " in the last " + campaign + ": the metric is met");
        }
        Fraction share = Fraction.of(question.positive(), question.total());
        boolean met = metric.comparison() == ThresholdComparison.GREATER_THAN ? share.abovePercent(metric.thresholdPercent())
                : share.atLeastPercent(metric.thresholdPercent());
        String shown = Display.percent(share.percent(2));
        return MetricOutcome.of(metric, Check.of(met), shown, share, "The " + metric.subject() + " in the last "
                + campaign + ": " + question.positive() + " positive of " + question.total() + " answers = " + shown
                + " (exactly " + share + "), which needs to be " + threshold + (met ? ": met" : ": not met"));
    }

    /** Why the score and band are what they are, in a sentence. */
    public String explanation() {
        if (score == null) {
            return "The agreement has no quality table: no score and no band";
        }
        String sum = "Score " + Display.plain(score) + " = the sum of the weights of the "
                + metrics.stream().filter(MetricOutcome::met).count() + " met metrics of " + metrics.size();
        String banded = band == null ? "; the agreement has no penalty bands"
                : "; band " + band.range() + " costs " + Display.percent(band.penaltyPercent()) + " of the fee";
        return sum + banded + (grace ? "; month " + monthNumber + " of service is a grace month (of " + graceMonths
                + "): no penalty" : "");
    }
}
