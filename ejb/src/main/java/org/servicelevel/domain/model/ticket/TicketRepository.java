package org.servicelevel.domain.model.ticket;

import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.customer.Organisation;

/** Stores and finds tickets. */
public interface TicketRepository {

    /** A page of tickets: the tickets on it and how many match in all. */
    record Page(List<Ticket> tickets, long total) {
    }

    Optional<Ticket> findById(long id);

    /** The tickets with the ids, read in one go (those that exist). */
    List<Ticket> findAllById(java.util.Collection<Long> ids);

    /**
     * The ids of up to {@code max} tickets after {@code afterId} whose stored clocks were computed
     * under an earlier edition of the rules, in order.
     */
    List<Long> idsWithStaleClocks(long afterId, int max);

    /**
     * Replaces the ticket's stored clocks with {@code current}, computed under the current edition of
     * the rules, without counting as a change of the ticket (its version and ETag stay).
     */
    void restoreClocks(Ticket ticket, List<ClockSnapshot> current);

    Optional<Ticket> findByNumber(String number);

    Optional<Ticket> findByExternalReference(Organisation customer, String reference);

    List<Ticket> findChildren(Ticket parent);

    /** The numbers of the children of each of the tickets, by the parent's id (one query for a page). */
    java.util.Map<Long, List<String>> childNumbers(List<Ticket> parents);

    /** Tickets matching the filter, newest first (or by due instant, as the filter says). */
    Page find(TicketFilter filter, int offset, int limit);

    /** How many tickets match the filter. */
    long count(TicketFilter filter);

    /** A customer and how many of their tickets are open. */
    record CustomerCount(String code, String name, long open) {
    }

    /** Open tickets per customer (of {@code customerId} only, unless null), most first. */
    List<CustomerCount> openByCustomer(Long customerId);

    /**
     * The ids of tickets (of {@code customerId} only, unless null) whose resolution clock, as stored,
     * may have used {@code percent} of its target by {@code asOf} without being breached: a waiting one
     * that had, and a running one that had or would have if all the real time since it was stored
     * counted. A superset of the tickets at risk, to be checked against their clocks as of now.
     */
    List<Long> nearTarget(Long customerId, int percent, java.time.Instant asOf);

    /** The next ticket number, e.g. {@code T-000124}. */
    String nextNumber();

    Ticket store(Ticket ticket);

    Optional<IdempotencyRecord> findIdempotencyRecord(String principal, String key);

    void store(IdempotencyRecord record);

    StatusModel statusModel();

    /**
     * Locks the status model against a concurrent replacement until this transaction ends. Read it
     * afterwards with {@link #statusModel()}: the locking statement does not see the statuses a
     * replacement added while it waited, and a model read with it could name transitions into them.
     */
    void lockStatusModel();

    /** Replaces the status model. */
    void replace(StatusModel model);

    /** Whether any ticket is or was in the status. */
    boolean statusInUse(String code);
}
