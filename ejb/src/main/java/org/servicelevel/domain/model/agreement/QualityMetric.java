package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the quality (QoS) table: what is measured ({@link MetricKind}), for which priority,
 * survey question or service, the threshold of a survey metric (in percent) with how the share
 * compares with it ({@link ThresholdComparison}, {@code AT_LEAST} unless the terms say otherwise), and
 * the metric's weight in the quality score. The weights of an agreement's metrics sum to 1.
 */
@Embeddable
public class QualityMetric {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MetricKind kind;

    @Column(name = "priority_number")
    private Integer priority;

    @Column(name = "question", length = 500)
    private String question;

    @Column(name = "service_code", length = 40)
    private String serviceCode;

    @Column(name = "threshold_percent", precision = 5, scale = 2)
    private BigDecimal thresholdPercent;

    @Column(name = "weight", nullable = false, precision = 6, scale = 4)
    private BigDecimal weight;

    /** Set for survey metrics only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_comparison", length = 12)
    private ThresholdComparison comparison;

    protected QualityMetric() {
    }

    public QualityMetric(MetricKind kind, Integer priority, String question, String serviceCode,
                         BigDecimal thresholdPercent, BigDecimal weight) {
        this(kind, priority, question, serviceCode, thresholdPercent, null, weight);
    }

    /** A metric; a survey metric without {@code comparison} compares {@code AT_LEAST}. */
    public QualityMetric(MetricKind kind, Integer priority, String question, String serviceCode,
                         BigDecimal thresholdPercent, ThresholdComparison comparison, BigDecimal weight) {
        this.kind = kind;
        this.priority = priority;
        this.question = question;
        this.serviceCode = serviceCode;
        this.thresholdPercent = thresholdPercent;
        this.comparison = comparison == null && kind == MetricKind.SURVEY ? ThresholdComparison.AT_LEAST : comparison;
        this.weight = weight;
    }

    public static QualityMetric resolutionTime(int priority, BigDecimal weight) {
        return new QualityMetric(MetricKind.RESOLUTION_TIME, priority, null, null, null, weight);
    }

    public static QualityMetric overdueShare(int priority, BigDecimal weight) {
        return new QualityMetric(MetricKind.OVERDUE_SHARE, priority, null, null, null, weight);
    }

    public static QualityMetric survey(String question, BigDecimal thresholdPercent, BigDecimal weight) {
        return survey(question, ThresholdComparison.AT_LEAST, thresholdPercent, weight);
    }

    /** A survey metric met when the share of positive answers is {@code comparison} the threshold. */
    public static QualityMetric survey(String question, ThresholdComparison comparison, BigDecimal thresholdPercent,
                                       BigDecimal weight) {
        return new QualityMetric(MetricKind.SURVEY, null, question, null, thresholdPercent, comparison, weight);
    }

    public static QualityMetric availability(String serviceCode, BigDecimal weight) {
        return new QualityMetric(MetricKind.AVAILABILITY, null, null, serviceCode, null, weight);
    }

    public MetricKind kind() {
        return kind;
    }

    public Integer priority() {
        return priority;
    }

    public String question() {
        return question;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public BigDecimal thresholdPercent() {
        return thresholdPercent;
    }

    public BigDecimal weight() {
        return weight;
    }

    /** How a survey metric's share compares with its threshold; {@code null} for other metrics. */
    public ThresholdComparison comparison() {
        return comparison == null && kind == MetricKind.SURVEY ? ThresholdComparison.AT_LEAST : comparison;
    }

    /** What the metric is about, for messages: "priority 2", "question 'Satisfied?'", "service NET". */
    public String subject() {
        return switch (kind) {
            case RESOLUTION_TIME, OVERDUE_SHARE -> "priority " + priority;
            case SURVEY -> "question '" + question + "'";
            case AVAILABILITY -> "service " + serviceCode;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualityMetric other && kind == other.kind && Objects.equals(priority, other.priority)
                && Objects.equals(question, other.question) && Objects.equals(serviceCode, other.serviceCode)
                && Objects.equals(thresholdPercent, other.thresholdPercent) && Objects.equals(weight, other.weight)
                && comparison() == other.comparison();
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, priority, question, serviceCode);
    }
}
