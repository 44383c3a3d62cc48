package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * The tickets of the scope with their stopped resolution clock {@code c} in one state. One query per
     * state ({@code MET}, {@code BREACHED}): with an equality on every column of the clocks' index on
     * (metric, state, ticket) H2 seeks each ticket's clock whichever index it picks; with {@code state IN}
     * it sometimes scanned every resolution clock for each ticket (minutes at 200,000 tickets).
     */
    private static final String SCOPE = " FROM Ticket t JOIN t.clocks c"
            + " WHERE c.metric = :metric AND c.state = :state AND t.agreement.id IN :agreements"
            + " AND t.resolvedAt >= :from AND t.resolvedAt < :to";

    private static final List<ClockState> STOPPED = List.of(ClockState.MET, ClockState.BREACHED);

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Count> counts(Scope scope) {
        if (scope.agreementIds().isEmpty()) {
            return List.of();
        }
        List<Count> counts = new ArrayList<>();
        for (ClockState state : STOPPED) {
            TypedQuery<Object[]> query = em.createQuery("SELECT t.priority, t.assignee, t.serviceCode,"
                    + " t.requestType, COUNT(t.id)" + SCOPE + customer(scope)
                    + " GROUP BY t.priority, t.assignee, t.serviceCode, t.requestType", Object[].class);
            bind(query, scope, state).getResultList().forEach(row -> counts.add(new Count((Integer) row[0],
                    (String) row[1], (String) row[2], (String) row[3], state == ClockState.BREACHED,
                    ((Number) row[4]).longValue())));
        }
        return counts;
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
                : " AND " + attribute + " = :key");
        List<ResolvedTicket> found = new ArrayList<>();
        for (ClockState state : STOPPED) {
            if (breached != null && breached != (state == ClockState.BREACHED)) {
                continue;
            }
            TypedQuery<Object[]> query = em.createQuery("SELECT t.id, t.number, t.title, t.agreement.number,"
                    + " t.agreement.timeZone, t.priority, t.assignee, t.serviceCode, t.requestType, t.resolvedAt,"
                    + " c.elapsedSeconds, c.targetSeconds"
                    + where + " ORDER BY t.resolvedAt, t.id", Object[].class);
            bind(query, scope, state);
            if (key != null) {
                query.setParameter("key", dimension == Dimension.PRIORITY ? (Object) Integer.valueOf(key) : key);
            }
            query.setMaxResults(limit).getResultList().forEach(row -> found.add(new ResolvedTicket((Long) row[0],
                    (String) row[1], (String) row[2], (String) row[3], (String) row[4], (Integer) row[5],
                    (String) row[6], (String) row[7], (String) row[8], (Instant) row[9],
                    Duration.ofSeconds(((Number) row[10]).longValue()),
                    Duration.ofSeconds(((Number) row[11]).longValue()), state == ClockState.BREACHED)));
        }
        // both states' first tickets, in the order of one query over both
        return found.stream().sorted(Comparator.comparing(ResolvedTicket::resolvedAt)
                .thenComparing(ResolvedTicket::id)).limit(limit).toList();
    }

    private static String customer(Scope scope) {
        return scope.customerId() == null ? "" : " AND t.customer.id = :customer";
    }

    private static TypedQuery<Object[]> bind(TypedQuery<Object[]> query, Scope scope, ClockState state) {
        query.setParameter("metric", SlaClock.RESOLUTION)
                .setParameter("state", state)
                .setParameter("agreements", scope.agreementIds())
                .setParameter("from", scope.from()).setParameter("to", scope.to());
        if (scope.customerId() != null) {
            query.setParameter("customer", scope.customerId());
        }
        return query;
    }
}
