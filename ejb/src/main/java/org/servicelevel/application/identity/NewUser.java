package org.servicelevel.application.identity;

import java.util.Set;
import org.servicelevel.domain.model.identity.Role;

/**
 * What it takes to create a user account; {@code organisationCode} is required for customers and refused
 * for others.
 */
public record NewUser(String username, String displayName, String email, char[] password,
                      Set<Role> roles, String organisationCode) {

    /** The fewest characters a password has. */
    public static final int MIN_PASSWORD = 8;

    /** The most characters a password has. */
    public static final int MAX_PASSWORD = 200;

}
