package org.servicelevel.domain.model.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The late-ticket penalty model, beside or instead of the quality table's penalty bands: per priority
 * what each ticket resolved late costs ({@link LatePenaltyRate}), and optionally a cap on the month's
 * total, an amount in the agreement's currency. A priority without a rate costs nothing when late.
 */
public record LatePenalty(List<LatePenaltyRate> priorities, BigDecimal monthlyCap) {

    public LatePenalty {
        priorities = List.copyOf(priorities == null ? List.of() : priorities);
    }

    /** The rate of the priority, if it has one. */
    public Optional<LatePenaltyRate> rate(int priority) {
        return priorities.stream().filter(r -> r.priority() == priority).findFirst();
    }
}
