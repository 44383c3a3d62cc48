package org.servicelevel.domain.model.report;

import java.time.Instant;
import java.util.List;
import org.servicelevel.domain.model.report.Compliance.Count;
import org.servicelevel.domain.model.report.Compliance.Dimension;
import org.servicelevel.domain.model.report.Compliance.ResolvedTicket;

/**
 * Reads SLA compliance from the tickets' stored resolution clocks: the tickets of some agreements
 * resolved in {@code [from, to)} whose resolution clock stopped met or breached.
 */
public interface ComplianceRepository {

    /**
     * Which tickets count: those of the agreements resolved in {@code [from, to)}, and of the customer
     * organisation when one is given (a customer's user sees their own only).
     */
    record Scope(List<Long> agreementIds, Instant from, Instant to, Long customerId) {

        public Scope {
            agreementIds = List.copyOf(agreementIds);
        }
    }

    /** The met and breached tickets of the scope, counted per combination of priority, assignee, service and request type. */
    List<Count> counts(Scope scope);

    /**
     * The tickets of the scope whose {@code dimension} is {@code key} ({@code null}: none), breached or
     * met as asked ({@code null}: both), in order of resolution, at most {@code limit}.
     */
    List<ResolvedTicket> tickets(Scope scope, Dimension dimension, String key, Boolean breached, int limit);
}
