package org.servicelevel.domain.model.identity;

import java.util.Optional;

/** Stores and finds user accounts by their username. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /**
     * The e-mail addresses of the enabled users among {@code usernames}, by username, as stored: a
     * change this transaction has not written yet is not seen (nothing is flushed for the lookup).
     */
    java.util.Map<String, String> enabledAddresses(java.util.Collection<String> usernames);

    UserAccount store(UserAccount account);

    java.util.List<UserAccount> findAll();

    /** The users of organisation {@code organisationId}, by username. */
    java.util.List<UserAccount> findByOrganisation(long organisationId);

    /** Enabled users whose e-mail address is {@code email}, compared case-insensitively. */
    java.util.List<UserAccount> findEnabledByEmail(String email);

    long countEnabledWithRole(Role role);

    long count();
}
