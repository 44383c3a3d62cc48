package org.servicelevel.application.identity;

import java.util.Set;

/**
 * Who is calling, as established by authentication: the username, the role names and, for a
 * customer user, the organisation whose data they may see.
 */
public record Caller(String username, String displayName, Set<String> roles, Long organisationId,
                     String organisationCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }
}
