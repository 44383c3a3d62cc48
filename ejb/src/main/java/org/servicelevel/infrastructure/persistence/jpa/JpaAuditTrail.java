package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> of(String subjectType, long subjectId) {
        return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }
}
