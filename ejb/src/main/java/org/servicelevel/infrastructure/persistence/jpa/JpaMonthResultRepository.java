package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.model.report.MonthResult;
import org.servicelevel.domain.model.report.MonthResultRepository;

@ApplicationScoped
public class JpaMonthResultRepository implements MonthResultRepository {

    /** The SQL state of a unique key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * EclipseLink's hint that loads every attribute, the lazy document too. A single result is read
     * whole: changing a result whose document was left out makes EclipseLink load the rest of it when
     * the document is set, and that load overwrote the changes made before it (the revision counter
     * stayed where it was). Only lists leave the document out.
     */
    private static final String DEFAULT_FETCH_GROUP = "eclipselink.fetch-group.default";
    private static final Map<String, Object> WHOLE = Map.of(DEFAULT_FETCH_GROUP, "false");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<MonthResult> findById(long id) {
        return Optional.ofNullable(em.find(MonthResult.class, id, WHOLE));
    }

    @Override
    public Optional<MonthResult> findByNumber(String number) {
        return em.createNamedQuery("MonthResult.findByNumber", MonthResult.class).setParameter("number", number)
                .setHint(DEFAULT_FETCH_GROUP, "false").getResultStream().findFirst();
    }

    @Override
    public Optional<MonthResult> lockLatest(long agreementId, YearMonth month) {
        return em.createNamedQuery("MonthResult.findOfMonth", MonthResult.class)
                .setParameter("agreement", agreementId).setParameter("month", month.toString())
                .setHint(DEFAULT_FETCH_GROUP, "false")
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<MonthResult> find(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MonthResult> query = cb.createQuery(MonthResult.class);
        Root<MonthResult> result = query.from(MonthResult.class);
        List<Predicate> where = new ArrayList<>();
        if (filter.agreementId() != null) {
            where.add(cb.equal(result.get("agreementId"), filter.agreementId()));
        }
        if (filter.month() != null) {
            where.add(cb.equal(result.get("month"), filter.month().toString()));
        }
        if (filter.state() != null) {
            where.add(cb.equal(result.get("state"), filter.state()));
        }
        if (filter.organisationId() != null) {
            where.add(cb.equal(result.get("organisationId"), filter.organisationId()));
        }
        query.select(result).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(result.get("month")),
                cb.asc(result.get("agreementNumber")), cb.asc(result.get("sequence")));
        return em.createQuery(query).getResultList();
    }

    @Override
    public MonthResult store(MonthResult result) {
        try {
            if (result.id() == null) {
                em.persist(result);
                em.flush();
                return result;
            }
            MonthResult merged = em.merge(result);
            em.flush();
            return merged;
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                throw new ConflictException("Another run stored result " + result.number() + " at the same time;"
                        + " run the month again to store this one after it");
            }
            throw e;
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
