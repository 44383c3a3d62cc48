package org.servicelevel.domain.model.agreement;

/**
 * What a quality (QoS) metric measures in a month. Each metric scores 1 when met and 0 when not;
 * the weighted sum is the month's quality score.
 * <ul>
 *   <li>{@link #RESOLUTION_TIME}: the average resolution time of a priority is within its target;</li>
 *   <li>{@link #OVERDUE_SHARE}: the share of a priority's tickets resolved late is within its limit;</li>
 *   <li>{@link #SURVEY}: the share of positive answers to a survey question reaches a threshold (at least, or
 *   more than, as the metric's {@link ThresholdComparison} says);</li>
 *   <li>{@link #AVAILABILITY}: a service met its availability target.</li>
 * </ul>
 */
public enum MetricKind {
    RESOLUTION_TIME, OVERDUE_SHARE, SURVEY, AVAILABILITY
}
