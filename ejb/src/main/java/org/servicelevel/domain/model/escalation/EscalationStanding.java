package org.servicelevel.domain.model.escalation;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a clock stands in its escalation: how many of its policy's steps have fired ({@code level},
 * 0 for none; the breach record and repetitions do not count) and the next step, if any: its name,
 * {@code at} as written, what it does and when.
 */
public record EscalationStanding(String metric, int level, String nextStep, String nextAt, String nextActions,
                                 Instant nextDueAt) {

    /** The standing of each clock the steps (of one ticket) speak of, by metric. */
    public static Map<String, EscalationStanding> of(List<ScheduledStep> steps) {
        Map<String, EscalationStanding> standing = new LinkedHashMap<>();
        steps.stream().map(ScheduledStep::metric).distinct().sorted().forEach(metric -> {
            int level = (int) steps.stream().filter(s -> s.metric().equals(metric) && !s.isBreach()
                    && s.occurrence() == 0 && s.state() == ScheduledStep.State.FIRED).count();
            Optional<ScheduledStep> next = steps.stream().filter(s -> s.metric().equals(metric)
                    && s.state() == ScheduledStep.State.PENDING).min(Comparator.comparing(ScheduledStep::dueAt)
                    .thenComparing(ScheduledStep::stepIndex));
            standing.put(metric, new EscalationStanding(metric, level, next.map(ScheduledStep::name).orElse(null),
                    next.map(ScheduledStep::at).orElse(null), next.map(ScheduledStep::actions).orElse(null),
                    next.map(ScheduledStep::dueAt).orElse(null)));
        });
        return standing;
    }
}
