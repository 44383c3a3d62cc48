package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.notification.Notification;
import org.servicelevel.domain.model.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void store(Notification notification) {
        if (notification.id() == null) {
            em.persist(notification);
        } else {
            em.merge(notification);
        }
    }

    @Override
    public Optional<Notification> findForDelivery(long id) {
        return Optional.ofNullable(em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> findDue(Instant now, int max) {
        return em.createNamedQuery("Notification.findDue", Long.class).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Notification> findRecent(int max) {
        return em.createNamedQuery("Notification.findRecent", Notification.class).setMaxResults(max).getResultList();
    }

    @Override
    public List<Notification> findByReference(String kind, String reference) {
        return em.createNamedQuery("Notification.findByReference", Notification.class)
                .setParameter("kind", kind).setParameter("reference", reference).getResultList();
    }
}
