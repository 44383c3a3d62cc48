package org.servicelevel.domain.model.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicelevel.domain.model.report.TicketFacts.Outcome;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;

/**
 * One ticket in a priority's lists: one that ended in the month (resolved, closed or cancelled) with
 * its resolution time, the target it was measured against and whether it was late, or one still open
 * at the month's end. Each line refers to the ticket's clock evidence and names every lowering of its
 * priority after a breach.
 *
 * @param endedAt        when it ended in the month; {@code null} on the list of open tickets
 * @param resolutionTime its resolution time; {@code null} on the list of open tickets
 * @param target         the resolution target it was measured against, {@code null} when not measured
 * @param overTarget     how much working time it took beyond its target (zero unless late)
 * @param responseTarget the response target it was measured against, {@code null} when none
 */
public record TicketLine(String number, String service, int priority, Outcome outcome, Instant registeredAt,
                         Instant endedAt, Duration resolutionTime, Duration target, Verdict verdict,
                         Duration overTarget, Duration responseTime, Duration responseTarget, boolean responseLate,
                         String evidence, List<PriorityLowering> loweredAfterBreach) {

    /** Why the line counts as it does. */
    public enum Verdict {
        ON_TIME("resolved within its target"),
        LATE("resolved late: its resolution time is greater than its target"),
        CLOSED_UNRESOLVED("closed without resolution: listed, measured in no metric"),
        CANCELLED("cancelled: listed, measured in no metric"),
        BY_AGREEMENT("priority by agreement: listed, measured in no metric"),
        OPEN("open at the month's end: measured in the month it is resolved");

        private final String meaning;

        Verdict(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    public TicketLine {
        Objects.requireNonNull(verdict, "verdict");
        loweredAfterBreach = List.copyOf(loweredAfterBreach);
    }

    /** Whether the line counts in the month's resolution metrics. */
    public boolean measured() {
        return verdict == Verdict.ON_TIME || verdict == Verdict.LATE;
    }

    public boolean late() {
        return verdict == Verdict.LATE;
    }

    /** The working hours beyond the target, each started hour counting whole: 1 s late is 1 hour. */
    public long startedHoursLate() {
        long seconds = overTarget.getSeconds();
        return seconds == 0 ? 0 : (seconds + 3599) / 3600;
    }

    /** The line of a ticket that ended in the month. */
    static TicketLine ended(TicketFacts ticket, CloseTerms terms) {
        CloseTerms.Priority priority = terms.priority(ticket.priority()).orElseThrow();
        Duration responseTarget = priority.byAgreement() ? null
                : terms.responseTarget(ticket.service(), ticket.priority());
        boolean responseLate = responseTarget != null && ticket.responseTime() != null
                && ticket.responseTime().compareTo(responseTarget) > 0;
        Verdict verdict;
        Duration target = null;
        Duration over = Duration.ZERO;
        if (ticket.outcome() == Outcome.CLOSED) {
            verdict = Verdict.CLOSED_UNRESOLVED;
        } else if (ticket.outcome() == Outcome.CANCELLED) {
            verdict = Verdict.CANCELLED;
        } else if (priority.byAgreement()) {
            verdict = Verdict.BY_AGREEMENT;
        } else {
            target = ticket.resolutionTarget() != null ? ticket.resolutionTarget()
                    : terms.resolutionTarget(ticket.service(), ticket.priority());
            boolean late = ticket.resolutionTime().compareTo(target) > 0;
            verdict = late ? Verdict.LATE : Verdict.ON_TIME;
            over = late ? ticket.resolutionTime().minus(target) : Duration.ZERO;
        }
        return new TicketLine(ticket.number(), ticket.service(), ticket.priority(), ticket.outcome(),
                ticket.registeredAt(), ticket.endedAt(), ticket.resolutionTime(), target, verdict, over,
                ticket.responseTime(), responseTarget, responseLate, ticket.evidence(), ticket.loweredAfterBreach());
    }

    /**
     * The line of a ticket open at the month's end, as it stood then: what happened to it later (its
     * end, its times, lowerings after the month) is left out, so the month's list reads the same
     * whenever the month is closed.
     */
    static TicketLine open(TicketFacts ticket, Instant monthEnd) {
        return new TicketLine(ticket.number(), ticket.service(), ticket.priority(), Outcome.OPEN,
                ticket.registeredAt(), null, null, null, Verdict.OPEN, Duration.ZERO, null, null, false,
                ticket.evidence(), ticket.loweredAfterBreach().stream().filter(l -> l.at().isBefore(monthEnd)).toList());
    }

    /** E.g. "T-000123 (WS): 4:00:01 against 4:00:00, late by 0:00:01". */
    public String describe() {
        String head = number + " (" + service + "): ";
        return switch (verdict) {
            case ON_TIME -> head + Display.hms(resolutionTime) + " against " + Display.hms(target) + ", on time";
            case LATE -> head + Display.hms(resolutionTime) + " against " + Display.hms(target) + ", late by "
                    + Display.hms(overTarget);
            default -> head + verdict.meaning();
        };
    }
}
