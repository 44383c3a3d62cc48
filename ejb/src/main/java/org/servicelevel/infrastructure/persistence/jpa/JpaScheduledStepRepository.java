package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.escalation.PlannedStep;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.escalation.ScheduledStepRepository;

/**
 * Escalation steps in JPA. A claim first locks the row of the step's ticket, waiting for a firing of
 * another step of the same ticket (in this or another server instance) to end, then locks the step's
 * row with {@code FOR UPDATE SKIP LOCKED}, which PostgreSQL and H2 both understand: a row another
 * transaction is firing is skipped rather than waited for, and a row that has fired or been planned
 * afresh meanwhile no longer matches. Taking the ticket first keeps two instances from firing two
 * steps of one ticket at once (e.g. the breach record and the breach step, due together), which would
 * end in a deadlock or an optimistic-lock failure and put one of them off for minutes.
 */
@ApplicationScoped
public class JpaScheduledStepRepository implements ScheduledStepRepository {

    private static final String LOCK_TICKETS = "SELECT id FROM ticket WHERE id IN (SELECT ticket_id FROM escalation_step"
            + " WHERE id IN (?) AND state = 'PENDING') ORDER BY id FOR UPDATE";
    private static final String CLAIM_ALL = "SELECT * FROM escalation_step WHERE id IN (?) AND state = 'PENDING'"
            + " ORDER BY due_at, id FOR UPDATE SKIP LOCKED";

    /**
     * The tickets a change of a calendar or an agreement may move deadlines of: open ones (also those
     * without a pending step, e.g. clocks stopped at an end of monitoring that an extension moves)
     * and any with a pending step (a breach record of a ticket resolved meanwhile).
     */
    private static final String TICKETS_TO_REPLAN = "SELECT t.id FROM ticket t JOIN agreement a ON a.id = t.agreement_id"
            + " WHERE %s AND (t.status_category IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'WAITING_ON_THIRD_PARTY')"
            + " OR EXISTS (SELECT 1 FROM escalation_step s WHERE s.ticket_id = t.id AND s.state = 'PENDING'))"
            + " ORDER BY t.id";

    /**
     * A service's calendar may be the ticket's agreement's own or one inherited from its parent or its
     * parent's parent (agreements nest three levels deep).
     */
    private static final String ON_CALENDAR = TICKETS_TO_REPLAN.formatted("EXISTS (SELECT 1 FROM agreement_version v"
            + " JOIN agreement_service sv ON sv.version_id = v.id WHERE sv.calendar_id = ?"
            + " AND (v.agreement_id = a.id OR v.agreement_id = a.parent_id"
            + " OR v.agreement_id = (SELECT p.parent_id FROM agreement p WHERE p.id = a.parent_id)))");

    /** The agreement's own tickets and those of the agreements below it, which inherit its terms. */
    private static final String OF_AGREEMENT = TICKETS_TO_REPLAN.formatted("(a.id = ? OR a.parent_id = ?"
            + " OR a.parent_id IN (SELECT c.id FROM agreement c WHERE c.parent_id = ?))");

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ScheduledStep> ofTicket(long ticketId) {
        return em.createNamedQuery("ScheduledStep.ofTicket", ScheduledStep.class).setParameter("ticket", ticketId)
                .getResultList();
    }

    @Override
    public List<ScheduledStep> ofTickets(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ScheduledStep.ofTickets", ScheduledStep.class).setParameter("tickets", ticketIds)
                .getResultList();
    }

    @Override
    public void replacePending(long ticketId, List<PlannedStep> plan, Instant now) {
        em.createNamedQuery("ScheduledStep.deletePending").setParameter("ticket", ticketId)
                .setParameter("pending", ScheduledStep.State.PENDING).executeUpdate();
        plan.forEach(p -> em.persist(new ScheduledStep(ticketId, p, now)));
    }

    @Override
    public List<Due> due(Instant now, int max) {
        return em.createNamedQuery("ScheduledStep.due", Object[].class)
                .setParameter("pending", ScheduledStep.State.PENDING).setParameter("now", now).setMaxResults(max)
                .getResultStream().map(row -> new Due(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    @Override
    public Optional<ScheduledStep> claim(long id) {
        return claimAll(List.of(id)).stream().findFirst();
    }

    @Override
    public List<ScheduledStep> claimAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        jakarta.persistence.Query lockTickets = em.createNativeQuery(LOCK_TICKETS.replace("?", marks));
        jakarta.persistence.Query claim = em.createNativeQuery(CLAIM_ALL.replace("?", marks), ScheduledStep.class)
                .setHint("eclipselink.refresh", "true");
        int position = 1;
        for (long id : ids) {
            lockTickets.setParameter(position, id);
            claim.setParameter(position++, id);
        }
        if (lockTickets.getResultList().isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<ScheduledStep> rows = claim.getResultList();
        return rows;
    }

    @Override
    public List<Long> ticketsToReplanOnCalendar(long calendarId) {
        return ids(ON_CALENDAR, calendarId);
    }

    @Override
    public List<Long> ticketsToReplanOfAgreement(long agreementId) {
        return ids(OF_AGREEMENT, agreementId, agreementId, agreementId);
    }

    private List<Long> ids(String sql, long... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = query.getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    @Override
    public void postpone(long id, Instant until) {
        claim(id).ifPresent(step -> step.postpone(until));
    }

    @Override
    public Optional<Instant> earliestPending() {
        // the earliest row by the (state, due_at) index; an aggregate would bypass the Instant converter
        return em.createNamedQuery("ScheduledStep.earliest", ScheduledStep.class)
                .setParameter("pending", ScheduledStep.State.PENDING).setMaxResults(1).getResultStream().findFirst()
                .map(ScheduledStep::dueAt);
    }
}
