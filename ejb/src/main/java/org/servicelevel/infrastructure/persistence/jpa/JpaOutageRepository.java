package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.ticket.Outage;
import org.servicelevel.domain.model.ticket.OutageRepository;

@ApplicationScoped
public class JpaOutageRepository implements OutageRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Outage> findById(long id) {
        return Optional.ofNullable(em.find(Outage.class, id));
    }

    @Override
    public List<Outage> find(String serviceCode, Long customerId, Instant from, Instant to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Outage> query = cb.createQuery(Outage.class);
        Root<Outage> outage = query.from(Outage.class);
        List<Predicate> where = new ArrayList<>();
        if (serviceCode != null) {
            where.add(cb.equal(outage.get("serviceCode"), serviceCode.strip().toUpperCase(Locale.ROOT)));
        }
        if (customerId != null) {
            Join<Outage, Organisation> customer = outage.join("customer", JoinType.LEFT);
            where.add(cb.or(cb.isNull(customer.get("id")), cb.equal(customer.get("id"), customerId)));
        }
        if (to != null) {
            where.add(cb.lessThan(outage.get("start"), to));
        }
        if (from != null) {
            where.add(cb.or(cb.isNull(outage.get("end")), cb.greaterThan(outage.get("end"), from)));
        }
        query.select(outage).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(outage.get("start")));
        return em.createQuery(query).getResultList();
    }

    @Override
    public Outage store(Outage outage) {
        if (outage.id() == null) {
            em.persist(outage);
            em.flush();
            return outage;
        }
        Outage merged = em.merge(outage);
        em.flush();
        return merged;
    }

    @Override
    public void remove(Outage outage) {
        em.remove(outage);
    }
}
