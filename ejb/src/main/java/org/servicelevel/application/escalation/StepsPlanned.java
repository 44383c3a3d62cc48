package org.servicelevel.application.escalation;

import java.time.Instant;
import java.util.Optional;

/**
 * Escalation steps were planned in a transaction; once it commits, whoever arms the timer arms it
 * by the earliest of them. Fired once per transaction however many tickets it planned; the earliest
 * instant grows as the transaction plans more.
 */
public final class StepsPlanned {

    private Instant earliest;

    public synchronized void offer(Instant due) {
        if (earliest == null || due.isBefore(earliest)) {
            earliest = due;
        }
    }

    public synchronized Optional<Instant> earliest() {
        return Optional.ofNullable(earliest);
    }
}
