package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.escalation.PlannedStep;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.escalation.ScheduledStepRepository;

/**
 * Escalation steps in JPA. A claim locks the step's row with {@code FOR UPDATE SKIP LOCKED}, which
 * PostgreSQL and H2 both understand: a row another transaction (of this or another server instance)
 * is firing is skipped rather than waited for, and a row that has fired meanwhile no longer matches.
 */
@ApplicationScoped
public class JpaScheduledStepRepository implements ScheduledStepRepository {

    private static final String CLAIM = "SELECT * FROM escalation_step WHERE id = ? AND state = 'PENDING'"
            + " FOR UPDATE SKIP LOCKED";

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
    public List<Long> dueIds(Instant now, int max) {
        return em.createNamedQuery("ScheduledStep.due", Long.class).setParameter("pending", ScheduledStep.State.PENDING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<ScheduledStep> claim(long id) {
        @SuppressWarnings("unchecked")
        List<ScheduledStep> rows = em.createNativeQuery(CLAIM, ScheduledStep.class).setParameter(1, id)
                .setHint("eclipselink.refresh", "true").getResultList();
        return rows.stream().findFirst();
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
