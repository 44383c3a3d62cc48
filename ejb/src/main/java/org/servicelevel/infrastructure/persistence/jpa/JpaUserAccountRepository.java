package org.servicelevel.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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
    public Map<String, String> enabledAddresses(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> asked = new HashMap<>();
        for (String username : usernames) {
            try {
                asked.put(UserAccount.normaliseUsername(username), username);
            } catch (InvalidFieldException malformed) {
                // no user has such a name
            }
        }
        if (asked.isEmpty()) {
            return Map.of();
        }
        Map<String, String> addresses = new HashMap<>();
        em.createNamedQuery("UserAccount.enabledAddresses", Object[].class).setParameter("usernames", asked.keySet())
                .setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> addresses.put(asked.get((String) row[0]), (String) row[1]));
        return addresses;
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
