package org.servicelevel.domain.model.escalation;

import java.time.Instant;

/**
 * A step of a clock's escalation that has fired: planning does not plan it again. A step is known by
 * its clock ({@code metric}), its position in the rule, its name and its {@code at}, so that a step of
 * another rule at the same position (the rule of a raised priority) is another step.
 *
 * @param dueAt   when it came due
 * @param firedAt when it fired: a repetition comes an interval after the occurrence before it fired
 */
public record FiredStep(String metric, int stepIndex, String name, String at, int occurrence, Instant dueAt,
                        Instant firedAt) {

    /** A step that fired when it came due. */
    public FiredStep(String metric, int stepIndex, String name, String at, int occurrence, Instant dueAt) {
        this(metric, stepIndex, name, at, occurrence, dueAt, dueAt);
    }

    /** Whether this is an occurrence of the step so named. */
    public boolean of(String otherMetric, int otherIndex, String otherName, String otherAt) {
        return metric.equals(otherMetric) && stepIndex == otherIndex && at.equals(otherAt)
                && ScheduledStep.storedName(otherName).equals(name);
    }
}
