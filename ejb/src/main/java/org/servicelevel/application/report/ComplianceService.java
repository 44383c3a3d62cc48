package org.servicelevel.application.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.servicelevel.domain.model.report.Compliance.Bar;
import org.servicelevel.domain.model.report.Compliance.Dimension;
import org.servicelevel.domain.model.report.Compliance.ResolvedTicket;

/**
 * SLA compliance over a period (see {@code docs/month-close.md}, "Compliance over a period"): the
 * tickets resolved in it whose resolution clock stopped, met or breached as their stored clock says,
 * counted per priority, assignee, service and request type, and the tickets behind each count. The
 * period's days are read in each agreement's time zone. The provider's staff see every agreement; a
 * customer's user sees their own organisation's SLAs and tickets only, any other agreement answers
 * as not existing.
 */
public interface ComplianceService {

    /** The longest period asked at once. */
    int MAX_DAYS = 366;

    /** The most tickets listed behind one bar. */
    int MAX_TICKETS = 500;

    /**
     * The compliance of one agreement or of all the caller sees, over the days {@code from} to
     * {@code to} (both included).
     *
     * @param agreementId {@code null}: every agreement the caller sees
     * @param total       the met and breached tickets of the period
     * @param bars        per breakdown, the bars in the order they are shown
     */
    record Figures(LocalDate from, LocalDate to, Long agreementId, Bar total, Map<Dimension, List<Bar>> bars) {

        public Figures {
            bars = Map.copyOf(bars);
        }
    }

    /**
     * @throws org.servicelevel.domain.InvalidInputException naming {@code from} or {@code to} when a day is missing,
     *                                                        the period ends before it starts or is longer than {@link #MAX_DAYS}
     * @throws org.servicelevel.domain.NotFoundException      if the agreement does not exist or the caller may not see it
     */
    Figures figures(LocalDate from, LocalDate to, Long agreementId);

    /**
     * The tickets behind one bar: those of the period whose {@code dimension} is {@code key}
     * ({@code null}: none), breached or met ({@code null}: both), in order of resolution, at most
     * {@link #MAX_TICKETS}.
     */
    List<ResolvedTicket> tickets(LocalDate from, LocalDate to, Long agreementId, Dimension dimension, String key,
                                 Boolean breached);
}
