package org.servicelevel.domain.model.identity;

import java.util.Optional;

/** Stores and finds user accounts by their username. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    UserAccount store(UserAccount account);

    java.util.List<UserAccount> findAll();

    long countEnabledWithRole(Role role);

    long count();
}
