package org.servicelevel.domain.model.escalation;

import java.time.Instant;

/**
 * A step of a clock's escalation that has fired: planning does not plan it again. A step is known by
 * its clock ({@code metric}), its rule ({@code rule}: the priority the rule is for, 0 for all
 * priorities), its position in the rule, its name and its {@code at}, so that a step of another rule
 * (the rule of a raised priority) is another step, also at the same position with the same name.
 *
 * @param dueAt   when it came due
 * @param firedAt when it fired: a repetition comes an interval after the occurrence before it fired
 * @param rule    {@code null} for a step stored before steps knew their rule: it stands for the step
 *                of whichever rule matches the rest, so it never fires twice
 */
public record FiredStep(String metric, int stepIndex, String name, String at, int occurrence, Instant dueAt,
                        Instant firedAt, Integer rule) {

    /** A step of a rule for all priorities, or the breach, that fired when it came due. */
    public FiredStep(String metric, int stepIndex, String name, String at, int occurrence, Instant dueAt) {
        this(metric, stepIndex, name, at, occurrence, dueAt, dueAt, 0);
    }

    /** A step of a rule for all priorities, or the breach. */
    public FiredStep(String metric, int stepIndex, String name, String at, int occurrence, Instant dueAt,
                     Instant firedAt) {
        this(metric, stepIndex, name, at, occurrence, dueAt, firedAt, 0);
    }

    /** Whether this is an occurrence of the step so named of the rule {@code otherRule}. */
    public boolean of(String otherMetric, int otherRule, int otherIndex, String otherName, String otherAt) {
        return metric.equals(otherMetric) && stepIndex == otherIndex && at.equals(otherAt)
                && ScheduledStep.storedName(otherName).equals(name) && (rule == null || rule == otherRule);
    }
}
