package org.servicelevel.domain.model.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the month's close needs to know of one ticket: its service, the priority it has when it
 * ended (or now, while it is open), how it ended and when, its resolution and first-response times
 * in working time (to the second, as {@link ResolutionTime} and the clocks count them), where its
 * clock evidence is, and every lowering of its priority after one of its targets was breached.
 *
 * @param outcome        how it ended, or {@link Outcome#OPEN}
 * @param endedAt        when it was resolved, closed or cancelled; {@code null} while open
 * @param resolutionTime its resolution time; required when resolved, optional otherwise
 * @param responseTime   its first-response time, or {@code null} when it has none
 * @param evidence       a reference to its clock evidence (e.g. the address of its resolution timeline)
 * @param resolutionTarget the resolution target its clock counted against when that differs from the
 *                       terms' target of its service and priority (a support line's extension), or
 *                       {@code null}: the terms' target
 */
public record TicketFacts(String number, String service, int priority, Outcome outcome, Instant registeredAt,
                          Instant endedAt, Duration resolutionTime, Duration responseTime, String evidence,
                          List<PriorityLowering> loweredAfterBreach, Duration resolutionTarget) {

    /** A ticket measured against the terms' target of its service and priority. */
    public TicketFacts(String number, String service, int priority, Outcome outcome, Instant registeredAt,
                       Instant endedAt, Duration resolutionTime, Duration responseTime, String evidence,
                       List<PriorityLowering> loweredAfterBreach) {
        this(number, service, priority, outcome, registeredAt, endedAt, resolutionTime, responseTime, evidence,
                loweredAfterBreach, null);
    }

    /** How a ticket ended, as far as the month's close is concerned. */
    public enum Outcome {
        /** Resolved: measured in the month it was resolved in. */
        RESOLVED,
        /** Closed without a resolution: listed in the month it was closed in, measured in no metric. */
        CLOSED,
        /** Cancelled: listed in the month it was cancelled in, measured in no metric. */
        CANCELLED,
        /** Not ended yet. */
        OPEN
    }

    public TicketFacts {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a ticket has a number");
        }
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("ticket " + number + " names its service");
        }
        Objects.requireNonNull(outcome, "outcome of ticket " + number);
        Objects.requireNonNull(registeredAt, "registration of ticket " + number);
        if (outcome == Outcome.OPEN && endedAt != null || outcome != Outcome.OPEN && endedAt == null) {
            throw new IllegalArgumentException("ticket " + number + " is " + outcome + ": it has an end instant"
                    + " exactly when it has ended");
        }
        if (endedAt != null && endedAt.isBefore(registeredAt)) {
            throw new IllegalArgumentException("ticket " + number + " ends at " + endedAt + ", before its registration at "
                    + registeredAt);
        }
        if (outcome == Outcome.RESOLVED && resolutionTime == null) {
            throw new IllegalArgumentException("the resolved ticket " + number + " has its resolution time");
        }
        CloseTerms.requireWholeSeconds(resolutionTime, "the resolution time of ticket " + number);
        CloseTerms.requireWholeSeconds(responseTime, "the response time of ticket " + number);
        CloseTerms.requireWholeSeconds(resolutionTarget, "the resolution target of ticket " + number);
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("ticket " + number + " refers to its clock evidence");
        }
        loweredAfterBreach = List.copyOf(loweredAfterBreach == null ? List.of() : loweredAfterBreach);
    }

    /**
     * A lowering of the ticket's priority (a larger number) made after one of its targets had been
     * breached: the breach stays a fact, and the report names who lowered it, when and why.
     */
    public record PriorityLowering(String by, Instant at, String reason, int from, int to) {

        public PriorityLowering {
            Objects.requireNonNull(by, "who lowered the priority");
            Objects.requireNonNull(at, "when the priority was lowered");
            if (to <= from) {
                throw new IllegalArgumentException("a lowering goes from a priority to a larger number, not from "
                        + from + " to " + to);
            }
        }

        /** E.g. "priority 1 → 2 by anna at 2026-11-03T10:00:00Z: customer agreed". */
        public String describe() {
            return "priority " + from + " → " + to + " by " + by + " at " + at
                    + (reason == null || reason.isBlank() ? " (no reason given)" : ": " + reason.strip());
        }
    }
}
