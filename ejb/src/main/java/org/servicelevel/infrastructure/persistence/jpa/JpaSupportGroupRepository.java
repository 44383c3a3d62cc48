package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupRepository;

@ApplicationScoped
public class JpaSupportGroupRepository implements SupportGroupRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SupportGroup> findById(long id) {
        return Optional.ofNullable(em.find(SupportGroup.class, id));
    }

    @Override
    public Optional<SupportGroup> findByCode(String code) {
        return em.createNamedQuery("SupportGroup.findByCode", SupportGroup.class)
                .setParameter("code", code == null ? null : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<SupportGroup> findAll() {
        return em.createNamedQuery("SupportGroup.findAll", SupportGroup.class).getResultList();
    }

    @Override
    public SupportGroup store(SupportGroup group) {
        if (group.id() == null) {
            em.persist(group);
            em.flush();
            return group;
        }
        SupportGroup merged = em.merge(group);
        em.flush();
        return merged;
    }
}
