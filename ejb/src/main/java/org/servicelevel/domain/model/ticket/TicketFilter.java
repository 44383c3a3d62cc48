package org.servicelevel.domain.model.ticket;

import java.time.Instant;
import java.util.Collection;
import org.servicelevel.domain.clock.ClockState;

/**
 * Which tickets to list; every {@code null} matches all. {@code customerId} also restricts a
 * customer user to their organisation; {@code withoutAgreement} lists only tickets without an
 * agreement; {@code breachedAt} lists tickets with a clock breached by that instant, and with
 * {@code breachedSince} only those breached from that instant on; {@code dueBefore} those with a
 * running clock due before it; {@code text} searches number, title and description.
 *
 * <p>The queue's filters: {@code open} only tickets still to be resolved; {@code resolution} those whose
 * resolution clock is in that state as of {@code asOf} (a running one past its target counts as
 * {@code BREACHED}, not {@code RUNNING}); {@code resolutionDueBefore} those whose resolution clock runs and
 * is due before it; {@code ids} only these tickets; {@code byDue} sorts by the resolution clock's due
 * instant, nearest first, tickets without one last.
 */
public record TicketFilter(Long customerId, Long agreementId, boolean withoutAgreement, String status, Integer priority,
                           String assignee, Instant breachedAt, Instant dueBefore, String text, boolean open,
                           ClockState resolution, Instant asOf, Instant resolutionDueBefore, Instant breachedSince,
                           Collection<Long> ids, boolean byDue) {

    /** A filter of the API's list: no queue filters, newest first. */
    public TicketFilter(Long customerId, Long agreementId, boolean withoutAgreement, String status, Integer priority,
                        String assignee, Instant breachedAt, Instant dueBefore, String text) {
        this(customerId, agreementId, withoutAgreement, status, priority, assignee, breachedAt, dueBefore, text, false,
                null, null, null, null, null, false);
    }
}
