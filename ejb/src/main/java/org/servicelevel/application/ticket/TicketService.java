package org.servicelevel.application.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;

/**
 * Tickets and their SLA clocks. A caller with the customer role creates and sees only tickets of
 * their own organisation (any other answers as not existing), sees only comments meant for the
 * customer, and makes only the status moves open to customers. Unknown ids fail with
 * {@link org.servicelevel.domain.NotFoundException}, bad input with
 * {@link org.servicelevel.domain.InvalidFieldException}, moves the status model does not allow with
 * {@link org.servicelevel.domain.ConflictException}, stale edits with
 * {@link org.servicelevel.domain.StaleVersionException}.
 */
public interface TicketService {

    /** A page of tickets. */
    record Page(List<TicketDetails> items, int offset, int limit, long total) {
    }

    /** A ticket created by a request, and whether it was created by an earlier try of the same request. */
    record Created(TicketDetails ticket, boolean replayed) {
    }

    /** A status move possible now. */
    record TransitionOption(String to, String name, String toName) {
    }

    /** A status of the status model: its code, name and what it means for the clocks. */
    record StatusOption(String code, String name, StatusCategory category) {
    }

    /**
     * Which tickets to list; {@code breached} and {@code dueBefore} read the clocks as last stored;
     * {@code withoutAgreement} true lists only tickets without an agreement (it cannot be combined
     * with {@code agreement}).
     *
     * <p>The work queue's filters, on the resolution clock: {@code open} only tickets still to be
     * resolved; {@code resolution} those whose resolution clock is in that state now ({@code RUNNING},
     * {@code PAUSED}, {@code BREACHED}, {@code NOT_STARTED}...; a running one past its target is
     * {@code BREACHED}); {@code dueWithin} those whose resolution clock runs and is due within that
     * time from now; {@code atRisk} those at risk (see {@link #dashboard}); {@code breachedToday} those
     * with a clock breached today in {@code zone} (if null, the service desk's zone
     * {@code servicelevel.screens.zone}); {@code byDue} sorts by the resolution
     * clock's due instant, nearest first.
     */
    record Query(String customer, String agreement, Boolean withoutAgreement, String status, Integer priority,
                 String assignee, Boolean breached, Instant dueBefore, String text, int offset, int limit,
                 Boolean open, String resolution, Duration dueWithin, Boolean atRisk, Boolean breachedToday,
                 ZoneId zone, boolean byDue) {

        /** A query of the API's list, without the work queue's filters. */
        public Query(String customer, String agreement, Boolean withoutAgreement, String status, Integer priority,
                     String assignee, Boolean breached, Instant dueBefore, String text, int offset, int limit) {
            this(customer, agreement, withoutAgreement, status, priority, assignee, breached, dueBefore, text, offset,
                    limit, null, null, null, null, null, null, false);
        }
    }

    /** A customer and how many of their tickets are open. */
    record CustomerLoad(String code, String name, long open) {
    }

    /**
     * The work queue at a glance, as of {@code asOf}: open tickets by the state of their resolution
     * clock ({@code NO_AGREEMENT} for those without clocks), the tickets at risk (their number and the
     * first {@code shown} of them, due first), how many tickets had a clock breached since the start of
     * today ({@code dayStart}), and open tickets per customer. {@code atRiskShare} is the threshold used.
     */
    record Dashboard(Instant asOf, int atRiskShare, Map<String, Long> openByResolution, long atRisk,
                     List<TicketDetails> atRiskTickets, long breachedToday, ZonedDateTime dayStart,
                     List<CustomerLoad> openByCustomer) {
    }

    Created create(TicketDraft draft, String idempotencyKey, String requestHash);

    /**
     * Registers a ticket as {@code requester} would have, with the same rules (a customer user's ticket
     * is of their own organisation): for the mail channel, which runs as the system identity.
     */
    TicketDetails createAs(Caller requester, TicketDraft draft);

    /**
     * Adds {@code author}'s comment to ticket {@code number}, as they would have: a customer user's
     * comment, on a ticket of their own organisation, is visible to the customer; staff's is an
     * internal note. For the mail channel, which runs as the system identity.
     */
    TicketDetails commentAs(Caller author, String number, String text);

    /** The ticket with its clocks as of {@code asOf} (now if null). */
    TicketDetails find(long id, Instant asOf);

    TicketDetails findByNumber(String number);

    Page list(Query query);

    /**
     * The work queue at a glance (see {@link Dashboard}); "today" is the day in {@code zone}, if null in
     * the service desk's zone {@code servicelevel.screens.zone} (UTC unless configured). A customer
     * user sees only their organisation's tickets. A ticket is at risk while its resolution clock still
     * counts towards its target (running or waiting, not breached) and has used at least the share of it
     * set by {@code servicelevel.screens.at-risk-share} (80 % unless configured).
     */
    Dashboard dashboard(ZoneId zone, int shown);

    /** The share of its target, in percent, from which a clock is at risk ({@code servicelevel.screens.at-risk-share}). */
    int atRiskShare();

    TicketDetails update(long id, long expectedVersion, TicketChange change);

    /**
     * Puts a ticket registered without an agreement under its customer's SLA numbered
     * {@code agreement}, which must have applied on the registration day and cover the ticket's
     * service; the version in force on the registration day governs it and its clocks count from
     * registration. The priority is {@code priority}, else the one the ticket was registered with,
     * else the one the agreement gives its request type. Support staff only; a ticket that has an
     * agreement fails with {@link org.servicelevel.domain.ConflictException}.
     */
    TicketDetails assignAgreement(long id, long expectedVersion, String agreement, Integer priority);

    /** Moves the ticket; a note by staff is internal unless {@code noteVisibleToCustomer}. */
    TicketDetails transition(long id, Long expectedVersion, String to, String note, boolean noteVisibleToCustomer);

    List<TransitionOption> transitions(long id);

    /** Every status a ticket can be in, in the model's order. */
    List<StatusOption> statuses();

    TicketDetails comment(long id, String text, boolean visibleToCustomer);

    List<TicketEventDetails> history(long id);

    /**
     * The ids of up to {@code max} tickets after {@code afterId} whose stored clocks were computed
     * under an earlier edition of the clock rules, in order.
     */
    List<Long> ticketsWithStaleClocks(long afterId, int max);

    /**
     * Recomputes the stored clocks of one ticket as of now under the current rules, without changing
     * the ticket's version (its ETag stays valid).
     */
    void settleStoredClocks(long ticketId);

    /** One clock with its evidence, as of {@code asOf} (now if null). */
    SlaClock clock(long id, String metric, Instant asOf);

    /** Imports tickets with their histories, each in a transaction of its own, with a result per ticket. */
    ImportReport importTickets(List<ImportedTicket> tickets);

    /**
     * Imports tickets in the caller's transaction, all or none: the first ticket that breaks a rule
     * fails the whole import with its errors named inside {@code tickets[i]}.
     */
    ImportReport importTogether(List<ImportedTicket> tickets);
}
