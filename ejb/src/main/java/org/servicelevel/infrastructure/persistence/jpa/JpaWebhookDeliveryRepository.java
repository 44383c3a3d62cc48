package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.webhook.DeliveryState;
import org.servicelevel.domain.model.webhook.WebhookDelivery;
import org.servicelevel.domain.model.webhook.WebhookDeliveryRepository;

@ApplicationScoped
public class JpaWebhookDeliveryRepository implements WebhookDeliveryRepository {

    private static final List<DeliveryState> QUEUED = List.of(DeliveryState.PENDING, DeliveryState.FAILED);

    @PersistenceContext
    private EntityManager em;

    @Override
    public void store(WebhookDelivery delivery) {
        if (delivery.id() == null) {
            em.persist(delivery);
        } else {
            em.merge(delivery);
        }
    }

    @Override
    public Optional<WebhookDelivery> findById(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    @Override
    public Page findOf(long subscriptionId, int offset, int limit) {
        List<WebhookDelivery> page = em.createNamedQuery("WebhookDelivery.findOf", WebhookDelivery.class)
                .setParameter("subscription", subscriptionId).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createNamedQuery("WebhookDelivery.countOf", Long.class).setParameter("subscription", subscriptionId)
                .getSingleResult();
        return new Page(page, total);
    }

    @Override
    public List<Long> findDueSubscriptions(Instant now) {
        return em.createNamedQuery("WebhookDelivery.findDueSubscriptions", Long.class).setParameter("queued", QUEUED)
                .setParameter("now", now).getResultList();
    }

    @Override
    public List<Long> findDueOf(long subscriptionId, Instant now, int max) {
        return em.createNamedQuery("WebhookDelivery.findDueOf", Long.class).setParameter("subscription", subscriptionId)
                .setParameter("queued", QUEUED).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public boolean claim(long id, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE webhook_delivery SET claimed_until = ?1, attempts = attempts + 1,"
                        + " version = version + 1 WHERE id = ?2 AND state IN ('PENDING', 'FAILED') AND next_attempt_at <= ?3"
                        + " AND (claimed_until IS NULL OR claimed_until < ?3)")
                .setParameter(1, until.atOffset(ZoneOffset.UTC)).setParameter(2, id)
                .setParameter(3, now.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }
}
