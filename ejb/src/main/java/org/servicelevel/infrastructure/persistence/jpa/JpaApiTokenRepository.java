package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.identity.ApiToken;
import org.servicelevel.domain.model.identity.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> findByOwner(String username) {
        return em.createNamedQuery("ApiToken.findByOwner", ApiToken.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public List<Long> findIdsExpiredBefore(Instant cutoff, int maxResults) {
        return em.createNamedQuery("ApiToken.findIdsExpiredBefore", Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(maxResults)
                .getResultList();
    }

    @Override
    public ApiToken store(ApiToken token) {
        if (token.id() == null) {
            em.persist(token);
            em.flush();
            return token;
        }
        ApiToken merged = em.merge(token);
        em.flush();
        return merged;
    }

    @Override
    public void deleteById(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token != null) {
            em.remove(token);
        }
    }
}
