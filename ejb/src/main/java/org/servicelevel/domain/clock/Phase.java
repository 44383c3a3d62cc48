package org.servicelevel.domain.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a ticket's life from {@code from} until the next phase begins (or now): in one
 * status, with one support group at one support line, at one priority. A ticket's phases follow
 * each other without gaps from its registration; two changes in the same second give a phase that
 * lasts no time, which still counts (a reopening and a new resolution within one second).
 *
 * @param lineLevel the support line of the group (1 for the first line; 0 for groups that are not lines)
 * @param priority  the ticket's priority number in this phase
 * @param responded whether the first response had come by the start of this phase (the change that is
 *                  the first response begins a phase, so changes in the same second keep their order)
 */
public record Phase(Instant from, String status, StatusCategory category, String group, int lineLevel, int priority,
                    boolean responded) {

    public Phase {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(category, "category");
    }
}
