package org.servicelevel.domain.model.escalation;

import java.time.Instant;

/**
 * A step of a clock's escalation as planned now: which clock ({@code metric}), which step of its
 * policy ({@code stepIndex}; {@link #BREACH} for the breach itself) and which repetition, and when it
 * comes due.
 *
 * @param at      the step's {@code at} as written ({@code 80%}, {@code PT30M}); {@code 100%} for the breach
 * @param actions what the step does, in a few words
 */
public record PlannedStep(String metric, int stepIndex, String name, String at, int occurrence, String actions,
                          Instant dueAt) {

    /** The step index of the breach itself, which every clock with a target records. */
    public static final int BREACH = -1;

    /** Whether this is the stored step so named ({@code otherName} as stored, at most 100 characters). */
    public boolean sameStepAs(String otherMetric, int otherIndex, String otherName, String otherAt, int otherOccurrence) {
        return metric.equals(otherMetric) && stepIndex == otherIndex && at.equals(otherAt)
                && occurrence == otherOccurrence && ScheduledStep.storedName(name).equals(otherName);
    }

    public boolean isBreach() {
        return stepIndex == BREACH;
    }
}
