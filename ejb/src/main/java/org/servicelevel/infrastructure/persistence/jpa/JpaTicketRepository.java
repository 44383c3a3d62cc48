package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.ticket.ClockSnapshot;
import org.servicelevel.domain.model.ticket.IdempotencyRecord;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.StatusTransition;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketFilter;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Ticket> findById(long id) {
        return Optional.ofNullable(em.find(Ticket.class, id));
    }

    @Override
    public List<Ticket> findAllById(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // what a change of each ticket reads is read for all of them at once when first touched, not ticket by ticket
        TypedQuery<Ticket> query = em.createNamedQuery("Ticket.findAllById", Ticket.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN");
        for (String attribute : List.of("t.events", "t.clocks", "t.tags", "t.customer", "t.supportGroup")) {
            query.setHint("eclipselink.batch", attribute);
        }
        return query.getResultList();
    }

    @Override
    public List<Long> idsWithStaleClocks(long afterId, int max) {
        return em.createNamedQuery("Ticket.idsWithStaleClocks", Long.class)
                .setParameter("rules", ClockCalculator.RULES).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    /** An instant parameter, typed even when it is null (PostgreSQL reads an untyped null as text). */
    private static final String INSTANT = "CAST(? AS TIMESTAMP WITH TIME ZONE)";

    @Override
    public void restoreClocks(Ticket ticket, List<ClockSnapshot> current) {
        em.createNativeQuery("DELETE FROM ticket_clock WHERE ticket_id = ?").setParameter(1, ticket.id())
                .executeUpdate();
        for (ClockSnapshot c : current) {
            em.createNativeQuery("INSERT INTO ticket_clock (ticket_id, metric, state, target_seconds, elapsed_seconds,"
                            + " due_at, breached_at, breaches_after, computed_at) VALUES (?, ?, ?, ?, ?, " + INSTANT
                            + ", " + INSTANT + ", " + INSTANT + ", " + INSTANT + ")")
                    .setParameter(1, ticket.id()).setParameter(2, c.metric()).setParameter(3, c.state().name())
                    .setParameter(4, c.targetSeconds()).setParameter(5, c.elapsedSeconds())
                    .setParameter(6, utc(c.dueAt())).setParameter(7, utc(c.breachedAt()))
                    .setParameter(8, utc(c.breachesAfter())).setParameter(9, utc(c.computedAt()))
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE ticket SET clock_rules = ? WHERE id = ?").setParameter(1, ClockCalculator.RULES)
                .setParameter(2, ticket.id()).executeUpdate();
        em.detach(ticket);
    }

    private static java.time.OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    @Override
    public Optional<Ticket> findByNumber(String number) {
        return number == null ? Optional.empty() : em.createNamedQuery("Ticket.findByNumber", Ticket.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Optional<Ticket> findByExternalReference(Organisation customer, String reference) {
        return em.createNamedQuery("Ticket.findByExternalReference", Ticket.class)
                .setParameter("customer", customer).setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public List<Ticket> findChildren(Ticket parent) {
        return em.createNamedQuery("Ticket.findChildren", Ticket.class).setParameter("parent", parent).getResultList();
    }

    @Override
    public java.util.Map<Long, List<String>> childNumbers(List<Ticket> parents) {
        java.util.Map<Long, List<String>> children = new java.util.HashMap<>();
        if (parents.isEmpty()) {
            return children;
        }
        em.createQuery("SELECT t.parent.id, t.number FROM Ticket t WHERE t.parent IN :parents ORDER BY t.id",
                        Object[].class).setParameter("parents", parents).getResultList()
                .forEach(row -> children.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return children;
    }

    @Override
    public Page find(TicketFilter filter, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> query = cb.createQuery(Ticket.class);
        Root<Ticket> ticket = query.from(Ticket.class);
        ticket.alias("t");
        query.select(ticket).where(conditions(cb, query, ticket, filter));
        if (filter.byDue()) {
            // one resolution clock per ticket: a left join keeps tickets without clocks, which sort last
            Join<Ticket, ClockSnapshot> resolution = ticket.join("clocks", JoinType.LEFT);
            resolution.on(cb.equal(resolution.get("metric"), SlaClock.RESOLUTION));
            query.orderBy(cb.asc(resolution.get("dueAt")), cb.desc(ticket.get("registeredAt")),
                    cb.desc(ticket.get("id")));
        } else {
            query.orderBy(cb.desc(ticket.get("registeredAt")), cb.desc(ticket.get("id")));
        }
        // a page of tickets reads their histories, tags and parties in a few queries, not a few per ticket
        List<Ticket> tickets = em.createQuery(query).setFirstResult(offset).setMaxResults(limit)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.events")
                .setHint("eclipselink.batch", "t.tags")
                .setHint("eclipselink.batch", "t.customer")
                .setHint("eclipselink.batch", "t.agreement")
                .setHint("eclipselink.batch", "t.supportGroup")
                .getResultList();
        return new Page(tickets, count(filter));
    }

    @Override
    public long count(TicketFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Ticket> counted = count.from(Ticket.class);
        count.select(cb.count(counted)).where(conditions(cb, count, counted, filter));
        return em.createQuery(count).getSingleResult();
    }

    @Override
    public List<CustomerCount> openByCustomer(Long customerId) {
        String own = customerId == null ? "" : " AND o.id = :customer";
        TypedQuery<Object[]> query = em.createQuery("SELECT o.code, o.name, COUNT(t) FROM Ticket t JOIN t.customer o"
                + " WHERE t.statusCategory NOT IN :closed" + own
                + " GROUP BY o.code, o.name ORDER BY COUNT(t) DESC, o.code", Object[].class)
                .setParameter("closed", CLOSED);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query.getResultList().stream()
                .map(row -> new CustomerCount((String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    @Override
    public List<Long> nearTarget(Long customerId, int percent, Instant asOf) {
        // seconds since the clock was stored: real time, at least the working time it can have counted since
        String since = "(EXTRACT(EPOCH FROM " + INSTANT + ") - EXTRACT(EPOCH FROM c.computed_at))";
        jakarta.persistence.Query query = em.createNativeQuery("SELECT c.ticket_id FROM ticket_clock c"
                        + " JOIN ticket t ON t.id = c.ticket_id WHERE c.metric = ?1 AND c.target_seconds > 0"
                        + (customerId == null ? "" : " AND t.customer_id = ?6")
                        + " AND ((c.state = 'PAUSED' AND c.elapsed_seconds * 100 >= c.target_seconds * ?2)"
                        + " OR (c.state = 'RUNNING' AND (c.breaches_after IS NULL OR c.breaches_after > "
                        + INSTANT.replace("?", "?3") + ") AND (c.elapsed_seconds + " + since.replace("?", "?4")
                        + ") * 100 >= c.target_seconds * ?5)) ORDER BY c.ticket_id")
                .setParameter(1, SlaClock.RESOLUTION).setParameter(2, percent)
                .setParameter(3, utc(asOf.minusSeconds(1))).setParameter(4, utc(asOf)).setParameter(5, percent);
        if (customerId != null) {
            query.setParameter(6, customerId);
        }
        List<?> ids = query.getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static final List<StatusCategory> CLOSED = List.of(StatusCategory.RESOLVED, StatusCategory.CLOSED,
            StatusCategory.CANCELLED);

    private static Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Ticket> ticket,
                                          TicketFilter f) {
        List<Predicate> where = new ArrayList<>();
        if (f.customerId() != null) {
            where.add(cb.equal(ticket.get("customer").get("id"), f.customerId()));
        }
        if (f.agreementId() != null) {
            where.add(cb.equal(ticket.get("agreement").get("id"), f.agreementId()));
        }
        if (f.withoutAgreement()) {
            where.add(cb.isNull(ticket.get("agreement")));
        }
        if (f.status() != null) {
            where.add(cb.equal(ticket.get("status"), f.status()));
        }
        if (f.priority() != null) {
            where.add(cb.equal(ticket.get("priority"), f.priority()));
        }
        if (f.assignee() != null) {
            where.add(cb.equal(ticket.get("assignee"), f.assignee()));
        }
        if (f.text() != null) {
            String pattern = "%" + f.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(ticket.get("number")), pattern, '\\'),
                    cb.like(cb.lower(ticket.get("title")), pattern, '\\'),
                    cb.like(cb.lower(ticket.get("description")), pattern, '\\')));
        }
        if (f.breachedAt() != null) {
            where.add(cb.exists(clockWhere(cb, query, ticket, clock -> cb.or(
                    cb.and(cb.isNotNull(clock.get("breachedAt")),
                            cb.lessThanOrEqualTo(clock.get("breachedAt"), f.breachedAt())),
                    cb.and(cb.equal(clock.get("state"), ClockState.RUNNING),
                            cb.lessThanOrEqualTo(clock.get("breachesAfter"), f.breachedAt().minusSeconds(1)))))));
        }
        if (f.dueBefore() != null) {
            where.add(cb.exists(clockWhere(cb, query, ticket, clock -> cb.and(
                    cb.equal(clock.get("state"), ClockState.RUNNING),
                    cb.lessThan(clock.get("dueAt"), f.dueBefore())))));
        }
        if (f.open()) {
            where.add(cb.not(ticket.get("statusCategory").in(CLOSED)));
        }
        if (f.resolution() != null) {
            where.add(cb.exists(clockWhere(cb, query, ticket, clock -> cb.and(
                    cb.equal(clock.get("metric"), SlaClock.RESOLUTION), inState(cb, clock, f.resolution(), f.asOf())))));
        }
        if (f.resolutionDueBefore() != null) {
            where.add(cb.exists(clockWhere(cb, query, ticket, clock -> cb.and(
                    cb.equal(clock.get("metric"), SlaClock.RESOLUTION),
                    cb.equal(clock.get("state"), ClockState.RUNNING),
                    cb.lessThan(clock.get("dueAt"), f.resolutionDueBefore())))));
        }
        if (f.breachedSince() != null && f.breachedAt() != null) {
            Instant from = f.breachedSince();
            where.add(cb.exists(clockWhere(cb, query, ticket, clock -> cb.or(
                    cb.between(clock.get("breachedAt"), from, f.breachedAt()),
                    cb.and(cb.equal(clock.get("state"), ClockState.RUNNING),
                            cb.between(clock.get("breachesAfter"), from.minusSeconds(1),
                                    f.breachedAt().minusSeconds(1)))))));
        }
        if (f.ids() != null) {
            where.add(f.ids().isEmpty() ? cb.disjunction() : ticket.get("id").in(f.ids()));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * A clock in {@code state} as of {@code asOf}: a running clock that has counted past its target
     * by then is breached, as the breach timer will record.
     */
    private static Predicate inState(CriteriaBuilder cb, Join<Ticket, ClockSnapshot> clock, ClockState state,
                                     Instant asOf) {
        Instant passed = asOf.minusSeconds(1);
        return switch (state) {
            case RUNNING -> cb.and(cb.equal(clock.get("state"), ClockState.RUNNING),
                    cb.or(cb.isNull(clock.get("breachesAfter")), cb.greaterThan(clock.get("breachesAfter"), passed)));
            case BREACHED -> cb.or(cb.equal(clock.get("state"), ClockState.BREACHED),
                    cb.and(cb.equal(clock.get("state"), ClockState.RUNNING),
                            cb.lessThanOrEqualTo(clock.get("breachesAfter"), passed)));
            default -> cb.equal(clock.get("state"), state);
        };
    }

    private static Subquery<Long> clockWhere(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Ticket> ticket,
                                             java.util.function.Function<Join<Ticket, ClockSnapshot>, Predicate> on) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<Ticket> same = sub.from(Ticket.class);
        Join<Ticket, ClockSnapshot> clock = same.join("clocks");
        sub.select(same.get("id")).where(cb.equal(same.get("id"), ticket.get("id")), on.apply(clock));
        return sub;
    }

    @Override
    public String nextNumber() {
        Number next = (Number) em.createNativeQuery("SELECT nextval('ticket_number_seq')").getSingleResult();
        return String.format(Locale.ROOT, "T-%06d", next.longValue());
    }

    @Override
    public Ticket store(Ticket ticket) {
        if (ticket.id() == null) {
            em.persist(ticket);
            em.flush();
            return ticket;
        }
        Ticket merged = em.merge(ticket);
        em.flush();
        return merged;
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotencyRecord(String principal, String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(principal, key)));
    }

    @Override
    public void store(IdempotencyRecord record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public StatusModel statusModel() {
        return new StatusModel(em.createNamedQuery("TicketStatus.findAll", TicketStatus.class).getResultList(),
                em.createNamedQuery("StatusTransition.findAll", StatusTransition.class).getResultList());
    }

    @Override
    public void lockStatusModel() {
        em.createNamedQuery("TicketStatus.findAll", TicketStatus.class)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public void replace(StatusModel model) {
        em.createNamedQuery("StatusTransition.findAll", StatusTransition.class).getResultList().forEach(em::remove);
        em.flush();
        List<String> codes = model.statuses().stream().map(TicketStatus::code).toList();
        for (TicketStatus existing : em.createNamedQuery("TicketStatus.findAll", TicketStatus.class).getResultList()) {
            if (!codes.contains(existing.code())) {
                em.remove(existing);
            }
        }
        em.flush();
        model.statuses().forEach(em::merge);
        em.flush();
        model.transitions().forEach(em::persist);
        em.flush();
    }

    @Override
    public boolean statusInUse(String code) {
        return !em.createQuery("SELECT e.id FROM TicketEvent e WHERE e.status = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }
}
