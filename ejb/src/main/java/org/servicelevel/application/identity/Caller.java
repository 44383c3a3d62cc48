package org.servicelevel.application.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccount;

/**
 * Who is calling, as established by authentication: the username, the role names and, for a
 * customer user, the organisation whose data they may see.
 */
public record Caller(String username, String displayName, Set<String> roles, Long organisationId,
                     String organisationCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller a user account stands for. */
    public static Caller of(UserAccount user) {
        Organisation organisation = user.organisation();
        return new Caller(user.username(), user.displayName(),
                user.roles().stream().map(Role::roleName).collect(Collectors.toSet()),
                organisation == null ? null : organisation.id(), organisation == null ? null : organisation.code());
    }
}
