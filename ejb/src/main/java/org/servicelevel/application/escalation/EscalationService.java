package org.servicelevel.application.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fires the escalation steps of tickets' clocks as they come due, and lists them. The timer calls
 * {@link #dueSteps}, then {@link #fireAll} for chunks of them (or {@link #fire} for one), then arms
 * itself by {@link #nextDue}; it runs as the system identity. A step fires in a transaction that locks
 * its row, so it fires once however many server instances try; a step whose condition no longer holds
 * when it comes due (the ticket resolved, waiting, its deadline moved) does nothing and the ticket's
 * steps are planned afresh.
 */
public interface EscalationService {

    /** A pending step that is due, with its ticket. */
    record DueStep(long step, long ticket) {
    }

    /** The pending steps due now, earliest first, at most {@code max}. */
    List<DueStep> dueSteps(int max);

    /**
     * Fires the steps, one transaction for all, as {@link #fire} fires one: the steps another
     * transaction holds, or that are no longer pending, are left out, and so is every step of a ticket
     * after its first (firing it plans the ticket's other steps afresh). If any step fails, none of them
     * is fired: the caller then fires them one by one. Returns the ids of the steps this call took.
     */
    List<Long> fireAll(List<Long> stepIds);

    /**
     * Fires the step if it is still pending, due and not being fired elsewhere: records it (and for the
     * breach, the breach in the ticket's history), performs its actions and plans the ticket's next
     * steps. Returns whether this call took the step (fired it, or found it moved and planned afresh).
     */
    boolean fire(long stepId);

    /**
     * Moves a pending step that could not be fired (its transaction failed) to {@code until}, so that
     * the timer tries it again then rather than at once; the failure is logged by the caller.
     */
    void postpone(long stepId, Instant until);

    /**
     * Plans the ticket's steps afresh from its clocks as of now, after something the ticket does not
     * know of changed (its calendar, its agreement's lifecycle).
     */
    void replan(long ticketId);

    /** The tickets whose pending steps a change of the calendar may move. */
    List<Long> ticketsOnCalendar(long calendarId);

    /** The tickets whose pending steps a change of the agreement may move. */
    List<Long> ticketsOfAgreement(long agreementId);

    /** The due instant of the earliest pending step. */
    Optional<Instant> nextDue();

    /** Every step of the ticket's clocks, fired and pending, in the order they come due. */
    List<EscalationEntry> escalations(long ticketId);
}
