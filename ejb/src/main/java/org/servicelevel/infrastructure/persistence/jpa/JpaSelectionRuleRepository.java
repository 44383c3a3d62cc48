package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.selection.SelectionRule;
import org.servicelevel.domain.model.selection.SelectionRuleRepository;

@ApplicationScoped
public class JpaSelectionRuleRepository implements SelectionRuleRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SelectionRule> findById(long id) {
        return Optional.ofNullable(em.find(SelectionRule.class, id));
    }

    @Override
    public List<SelectionRule> findAll() {
        return em.createNamedQuery("SelectionRule.findAll", SelectionRule.class).getResultList();
    }

    @Override
    public List<SelectionRule> findByAgreement(Agreement agreement) {
        return em.createNamedQuery("SelectionRule.findByAgreement", SelectionRule.class)
                .setParameter("agreement", agreement).getResultList();
    }

    @Override
    public SelectionRule store(SelectionRule rule) {
        if (rule.id() == null) {
            em.persist(rule);
            em.flush();
            return rule;
        }
        SelectionRule merged = em.merge(rule);
        em.flush();
        return merged;
    }

    @Override
    public void remove(SelectionRule rule) {
        em.remove(rule);
    }
}
