package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.survey.Campaign;
import org.servicelevel.domain.model.survey.CampaignRepository;

@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Campaign> findById(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    @Override
    public Optional<Campaign> lockById(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Campaign> findByAgreement(long agreementId) {
        return em.createNamedQuery("Campaign.findByAgreement", Campaign.class).setParameter("agreement", agreementId)
                .getResultList();
    }

    @Override
    public Optional<Campaign> lastCompletedOnOrBefore(long agreementId, LocalDate date) {
        return em.createNamedQuery("Campaign.findCompletedOnOrBefore", Campaign.class)
                .setParameter("agreement", agreementId).setParameter("date", date).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Campaign store(Campaign campaign) {
        if (campaign.id() == null) {
            em.persist(campaign);
            em.flush();
            return campaign;
        }
        Campaign merged = em.merge(campaign);
        em.flush();
        return merged;
    }
}
