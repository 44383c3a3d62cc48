package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.mail.InboundMail;
import org.servicelevel.domain.model.mail.InboundMailRepository;

@ApplicationScoped
public class JpaInboundMailRepository implements InboundMailRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<InboundMail> findByMessageId(String messageId) {
        return em.createNamedQuery("InboundMail.findByMessageId", InboundMail.class)
                .setParameter("messageId", messageId).getResultStream().findFirst();
    }

    @Override
    public void store(InboundMail mail) {
        em.persist(mail);
        em.flush();
    }

    @Override
    public List<InboundMail> findByOutcome(InboundMail.Outcome outcome, int max) {
        return em.createNamedQuery("InboundMail.findByOutcome", InboundMail.class).setParameter("outcome", outcome)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Optional<InboundMail> findById(long id) {
        return Optional.ofNullable(em.find(InboundMail.class, id));
    }

    @Override
    public void remove(InboundMail mail) {
        em.remove(mail);
    }

    @Override
    public int deleteByOutcomeProcessedBefore(InboundMail.Outcome outcome, Instant before) {
        return em.createNamedQuery("InboundMail.deleteByOutcomeProcessedBefore").setParameter("outcome", outcome)
                .setParameter("before", before).executeUpdate();
    }
}
