package org.servicelevel.domain.model.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored escalation steps of tickets' clocks. */
public interface ScheduledStepRepository {

    /** Every step of the ticket, pending and fired, in the order they come (or came) due. */
    List<ScheduledStep> ofTicket(long ticketId);

    /** Every step of the tickets. */
    List<ScheduledStep> ofTickets(Collection<Long> ticketIds);

    /** Replaces the ticket's pending steps with {@code plan}. */
    void replacePending(long ticketId, List<PlannedStep> plan, Instant now);

    /** A pending step that is due, with its ticket. */
    record Due(long id, long ticketId) {
    }

    /** The pending steps due by {@code now}, earliest first. */
    List<Due> due(Instant now, int max);

    /**
     * The pending step with the id, locked for this transaction together with its ticket; empty if it
     * is no longer pending or another transaction holds it (it is skipped, not waited for). A firing of
     * another step of the same ticket is waited for, so one ticket's steps fire one after another.
     */
    Optional<ScheduledStep> claim(long id);

    /**
     * The pending steps with the ids, locked for this transaction together with their tickets (taken
     * in the order of their ids, so that two claims never wait for each other in a circle); a step no
     * longer pending or held by another transaction is left out.
     */
    List<ScheduledStep> claimAll(Collection<Long> ids);

    /** The open tickets, and those with pending steps, whose agreement (or its parent) has a service on the calendar. */
    List<Long> ticketsToReplanOnCalendar(long calendarId);

    /** The open tickets of the agreement (or of its children), and those with pending steps. */
    List<Long> ticketsToReplanOfAgreement(long agreementId);

    /** Moves the pending step's due instant to {@code until}. */
    void postpone(long id, Instant until);

    /** The due instant of the earliest pending step. */
    Optional<Instant> earliestPending();
}
