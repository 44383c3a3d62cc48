package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Organisation> findById(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return em.createNamedQuery("Organisation.findByCode", Organisation.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<Organisation> findAll() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
    }

    @Override
    public Organisation store(Organisation organisation) {
        if (organisation.id() == null) {
            em.persist(organisation);
            em.flush();
            return organisation;
        }
        Organisation merged = em.merge(organisation);
        em.flush();
        return merged;
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
    }
}
