package org.servicelevel.domain.model.agreement;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One step of an escalation policy: when it comes due ({@code at}, see {@link StepAt}), how an
 * offset or repetition is counted, whether it repeats while the clock stays breached, and what it
 * does.
 *
 * @param name        a short name shown in the ticket's history, e.g. "warning"; defaults to {@code at}
 * @param at          as written: {@code "80%"}, {@code "100%"}, {@code "PT30M"} (after due) or {@code "-PT1H"}
 * @param basis       how an offset and the repetition are counted; working time unless it says {@code REAL}
 * @param repeatEvery for a step at or after the due instant, the interval at which it repeats while
 *                    the clock stays breached and running; {@code null} for once
 */
public record EscalationStep(String name, String at, TimeBasis basis, Duration repeatEvery,
                             List<EscalationAction> actions) {

    public EscalationStep {
        name = name == null || name.isBlank() ? null : name.strip();
        at = at == null ? null : at.strip();
        basis = basis == null ? TimeBasis.WORKING : basis;
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public EscalationStep(String name, String at, EscalationAction... actions) {
        this(name, at, null, null, List.of(actions));
    }

    /** When the step comes due; empty if {@code at} cannot be read. */
    public Optional<StepAt> when() {
        return StepAt.parse(at);
    }

    /** The name shown in the history: the step's own or its {@code at}. */
    public String label() {
        return name != null ? name : at;
    }

    public Optional<Duration> repetition() {
        return Optional.ofNullable(repeatEvery);
    }
}
