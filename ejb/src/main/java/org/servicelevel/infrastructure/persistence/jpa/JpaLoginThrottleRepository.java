package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.identity.LoginThrottle;
import org.servicelevel.domain.model.identity.LoginThrottleRepository;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<LoginThrottle> findForUpdate(String subject) {
        return Optional.ofNullable(em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<LoginThrottle> find(String subject) {
        return Optional.ofNullable(em.find(LoginThrottle.class, subject));
    }

    @Override
    public LoginThrottle store(LoginThrottle throttle) {
        if (!em.contains(throttle)) {
            em.persist(throttle);
        }
        em.flush();
        return throttle;
    }

    @Override
    public int deleteQuietBefore(Instant cutoff, Instant now) {
        return em.createNamedQuery("LoginThrottle.deleteQuiet").setParameter("cutoff", cutoff).setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public List<LoginThrottle> findBlocked(Instant now) {
        return em.createNamedQuery("LoginThrottle.findBlocked", LoginThrottle.class).setParameter("now", now)
                .getResultList();
    }
}
