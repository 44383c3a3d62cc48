package org.servicelevel.domain.model.escalation;

import java.time.Instant;
import org.servicelevel.domain.model.agreement.EscalationRule;

/**
 * A step of a clock's escalation as planned now: which clock ({@code metric}), which step of its
 * policy ({@code stepIndex}; {@link #BREACH} for the breach itself) of which rule ({@code rule}: the
 * priority the rule is for, {@link EscalationRule#ALL_PRIORITIES} for a rule for all priorities and for
 * the breach) and which repetition, and when it comes due.
 *
 * @param at      the step's {@code at} as written ({@code 80%}, {@code PT30M}); {@code 100%} for the breach
 * @param actions what the step does, in a few words
 */
public record PlannedStep(String metric, int stepIndex, String name, String at, int occurrence, String actions,
                          Instant dueAt, int rule) {

    /** The step index of the breach itself, which every clock with a target records. */
    public static final int BREACH = -1;

    /** A step of a rule for all priorities, or the breach. */
    public PlannedStep(String metric, int stepIndex, String name, String at, int occurrence, String actions,
                       Instant dueAt) {
        this(metric, stepIndex, name, at, occurrence, actions, dueAt, EscalationRule.ALL_PRIORITIES);
    }

    /**
     * Whether this is the stored step so named ({@code otherName} as stored, at most 100 characters);
     * {@code otherRule} {@code null}: a step stored before steps knew their rule, taken for the step of
     * whichever rule matches the rest.
     */
    public boolean sameStepAs(String otherMetric, int otherIndex, String otherName, String otherAt, int otherOccurrence,
                              Integer otherRule) {
        return metric.equals(otherMetric) && stepIndex == otherIndex && at.equals(otherAt)
                && occurrence == otherOccurrence && ScheduledStep.storedName(name).equals(otherName)
                && (otherRule == null || otherRule == rule);
    }

    /** The same step due at another instant. */
    public PlannedStep withDueAt(Instant instant) {
        return new PlannedStep(metric, stepIndex, name, at, occurrence, actions, instant, rule);
    }

    public boolean isBreach() {
        return stepIndex == BREACH;
    }
}
