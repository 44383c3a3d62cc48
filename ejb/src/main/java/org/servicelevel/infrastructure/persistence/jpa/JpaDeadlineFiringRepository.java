package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.deadline.DeadlineFiring;
import org.servicelevel.domain.model.deadline.DeadlineFiringRepository;

@ApplicationScoped
public class JpaDeadlineFiringRepository implements DeadlineFiringRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<DeadlineFiring> find(String kind, String reference, Instant due) {
        return em.createNamedQuery("DeadlineFiring.findOne", DeadlineFiring.class)
                .setParameter("kind", kind).setParameter("reference", reference).setParameter("due", due)
                .getResultStream().findFirst();
    }

    @Override
    public List<DeadlineFiring> findAll(String kind, String reference) {
        return em.createNamedQuery("DeadlineFiring.find", DeadlineFiring.class)
                .setParameter("kind", kind).setParameter("reference", reference)
                .getResultList();
    }

    @Override
    public void store(DeadlineFiring firing) {
        em.persist(firing);
        em.flush();
    }
}
