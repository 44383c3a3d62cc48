package org.servicelevel.domain.model.report;

import java.util.Objects;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;

/**
 * A ticket of the month's report whose priority was lowered after one of its targets had been
 * breached: it counts in the priority it has when resolved, against that priority's target, and the
 * report says who lowered it, when and why, because the breach stays a fact.
 *
 * @param priority the priority the ticket is counted in
 */
public record PriorityFlag(String ticket, int priority, PriorityLowering lowering) {

    public PriorityFlag {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(lowering, "lowering");
    }

    /** E.g. "T-000123, counted in priority 3: priority 2 → 3 by anna at ...: customer agreed". */
    public String describe() {
        return ticket + ", counted in priority " + priority + ": " + lowering.describe();
    }
}
