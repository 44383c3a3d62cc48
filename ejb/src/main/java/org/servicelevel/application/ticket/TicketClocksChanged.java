package org.servicelevel.application.ticket;

import java.time.Instant;
import java.util.List;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * A ticket's clocks were computed afresh after a change, in the transaction of that change: whoever
 * plans what happens when a clock runs out (escalation) plans again from them. {@code terms} and
 * {@code calendar} are those the clocks count with; both are {@code null} for a ticket without an
 * agreement.
 */
public record TicketClocksChanged(Ticket ticket, List<SlaClock> clocks, AgreementTerms terms, WorkCalendar calendar,
                                  Instant at) {
}
