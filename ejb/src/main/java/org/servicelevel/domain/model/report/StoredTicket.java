package org.servicelevel.domain.model.report;

import java.time.Instant;

/**
 * A ticket of an agreement as stored, read the way the month's close reads many of them at once:
 * its state columns, the stored snapshots of its response and resolution clocks, and how many
 * priority changes its history has.
 *
 * @param statusCategory  the category of its current status (e.g. {@code RESOLVED}, {@code CANCELLED})
 * @param clockRules      the edition of the clock rules its snapshots were computed under
 * @param resolution      its stored resolution clock, {@code null} when it has none
 * @param response        its stored response clock, {@code null} when it has none
 * @param priorityChanges the number of priority changes in its history
 */
public record StoredTicket(long id, String number, String serviceCode, int priority, String statusCategory,
                           Instant registeredAt, Instant resolvedAt, Instant closedAt, int clockRules,
                           StoredClock resolution, StoredClock response, int priorityChanges) {

    /** A clock's stored snapshot: its state, target and elapsed working time, and when it was computed. */
    public record StoredClock(String state, long targetSeconds, long elapsedSeconds, Instant computedAt) {

        /** Whether the clock had stopped (met or breached) when its snapshot was taken. */
        public boolean stopped() {
            return "MET".equals(state) || "BREACHED".equals(state);
        }
    }

    /** Where a ticket's clock evidence is: the timeline of its resolution clock in the API. */
    public static String evidence(long ticketId) {
        return "/api/tickets/" + ticketId + "/clocks/resolution/timeline";
    }
}
