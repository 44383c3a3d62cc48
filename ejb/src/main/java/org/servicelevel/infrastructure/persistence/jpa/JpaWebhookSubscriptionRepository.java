package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.webhook.WebhookSubscription;
import org.servicelevel.domain.model.webhook.WebhookSubscriptionRepository;

@ApplicationScoped
public class JpaWebhookSubscriptionRepository implements WebhookSubscriptionRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<WebhookSubscription> findById(long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id));
    }

    @Override
    public List<WebhookSubscription> findAll() {
        return em.createNamedQuery("WebhookSubscription.findAll", WebhookSubscription.class).getResultList();
    }

    @Override
    public List<WebhookSubscription> findActiveFor(String type, String customerCode) {
        if (customerCode == null) {
            return em.createNamedQuery("WebhookSubscription.findActiveForAnyCustomer", WebhookSubscription.class)
                    .setParameter("type", type).setFlushMode(FlushModeType.COMMIT).getResultList();
        }
        return em.createNamedQuery("WebhookSubscription.findActiveForCustomer", WebhookSubscription.class)
                .setParameter("type", type).setParameter("customer", customerCode).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public WebhookSubscription store(WebhookSubscription subscription) {
        if (subscription.id() == null) {
            em.persist(subscription);
            em.flush();
            return subscription;
        }
        WebhookSubscription merged = em.merge(subscription);
        em.flush();
        return merged;
    }

    @Override
    public void remove(WebhookSubscription subscription) {
        em.createNamedQuery("WebhookDelivery.deleteOf").setParameter("subscription", subscription.id()).executeUpdate();
        em.remove(em.contains(subscription) ? subscription : em.merge(subscription));
        em.flush();
    }
}
