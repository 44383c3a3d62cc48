package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccount;
import org.servicelevel.domain.model.identity.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        String normalised;
        try {
            normalised = UserAccount.normaliseUsername(username);
        } catch (InvalidFieldException malformed) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", normalised)
                .getResultStream().findFirst();
    }

    @Override
    public UserAccount store(UserAccount account) {
        if (account.id() == null) {
            em.persist(account);
            em.flush();
            return account;
        }
        UserAccount merged = em.merge(account);
        em.flush();
        return merged;
    }

    @Override
    public java.util.List<UserAccount> findByOrganisation(long organisationId) {
        return em.createNamedQuery("UserAccount.findByOrganisation", UserAccount.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public java.util.List<UserAccount> findAll() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    @Override
    public java.util.List<UserAccount> findEnabledByEmail(String email) {
        if (email == null || email.isBlank()) {
            return java.util.List.of();
        }
        return em.createNamedQuery("UserAccount.findEnabledByEmail", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return em.createNamedQuery("UserAccount.countByRole", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }
}
