package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.report.Compliance.Count;
import org.servicelevel.domain.model.report.Compliance.Dimension;
import org.servicelevel.domain.model.report.Compliance.ResolvedTicket;
import org.servicelevel.domain.model.report.ComplianceRepository;

/**
 * SLA compliance in JPQL: the counts are grouped by the database, the tickets behind a bar read with
 * their resolution clock in one query.
 */
@ApplicationScoped
public class JpaComplianceRepository implements ComplianceRepository {

    /** The tickets of the scope with their stopped resolution clock {@code c}. */
    private static final String SCOPE = " FROM Ticket t JOIN t.clocks c"
            + " WHERE c.metric = :metric AND c.state IN :states AND t.agreement.id IN :agreements"
            + " AND t.resolvedAt >= :from AND t.resolvedAt < :to";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Count> counts(Scope scope) {
        if (scope.agreementIds().isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT t.priority, t.assignee, t.serviceCode, t.requestType,"
                + " c.state, COUNT(t.id)" + SCOPE + customer(scope)
                + " GROUP BY t.priority, t.assignee, t.serviceCode, t.requestType, c.state", Object[].class);
        return bind(query, scope).getResultList().stream()
                .map(row -> new Count((Integer) row[0], (String) row[1], (String) row[2], (String) row[3],
                        row[4] == ClockState.BREACHED, ((Number) row[5]).longValue()))
                .toList();
    }

    @Override
    public List<ResolvedTicket> tickets(Scope scope, Dimension dimension, String key, Boolean breached, int limit) {
        if (scope.agreementIds().isEmpty()) {
            return List.of();
        }
        String attribute = switch (dimension) {
            case PRIORITY -> "t.priority";
            case ASSIGNEE -> "t.assignee";
            case SERVICE -> "t.serviceCode";
            case REQUEST_TYPE -> "t.requestType";
        };
        String where = SCOPE + customer(scope) + (key == null ? " AND " + attribute + " IS NULL"
                : " AND " + attribute + " = :key") + (breached == null ? "" : " AND c.state = :state");
        TypedQuery<Object[]> query = em.createQuery("SELECT t.id, t.number, t.title, t.agreement.number,"
                + " t.agreement.timeZone, t.priority, t.assignee, t.serviceCode, t.requestType, t.resolvedAt,"
                + " c.elapsedSeconds, c.targetSeconds, c.state"
                + where + " ORDER BY t.resolvedAt, t.id", Object[].class);
        bind(query, scope);
        if (key != null) {
            query.setParameter("key", dimension == Dimension.PRIORITY ? (Object) Integer.valueOf(key) : key);
        }
        if (breached != null) {
            query.setParameter("state", breached ? ClockState.BREACHED : ClockState.MET);
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> new ResolvedTicket((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (Integer) row[5], (String) row[6], (String) row[7], (String) row[8],
                        (Instant) row[9], Duration.ofSeconds(((Number) row[10]).longValue()),
                        Duration.ofSeconds(((Number) row[11]).longValue()), row[12] == ClockState.BREACHED))
                .toList();
    }

    private static String customer(Scope scope) {
        return scope.customerId() == null ? "" : " AND t.customer.id = :customer";
    }

    private static TypedQuery<Object[]> bind(TypedQuery<Object[]> query, Scope scope) {
        query.setParameter("metric", SlaClock.RESOLUTION)
                .setParameter("states", List.of(ClockState.MET, ClockState.BREACHED))
                .setParameter("agreements", scope.agreementIds())
                .setParameter("from", scope.from()).setParameter("to", scope.to());
        if (scope.customerId() != null) {
            query.setParameter("customer", scope.customerId());
        }
        return query;
    }
}
