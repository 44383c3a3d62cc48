package org.servicelevel.application.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A step of a ticket clock's escalation fired, in the transaction that fired it: a {@code WARNING}
 * before the clock's due instant, the {@code BREACH} record when the clock passed its target, or an
 * {@code ESCALATION} at or after it. Observers (webhooks) publish it.
 *
 * @param level      the clock's escalation level after the step
 * @param due        the clock's due instant (the deadline it passed, for a breach)
 * @param outcome    what each action did, one line per action
 */
public record ClockEscalated(long ticketId, Kind kind, String metric, String step, String at, int occurrence,
                             int level, Instant due, Instant breachedAt, Instant firedAt, Duration lateBy,
                             List<String> outcome) {

    /** Where the step stands against the clock's due instant. */
    public enum Kind { WARNING, BREACH, ESCALATION }

    public ClockEscalated {
        outcome = List.copyOf(outcome);
    }
}
