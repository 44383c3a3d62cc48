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

    /**
     * The caller a user account signs in as, with the roles the container grants: those of
     * {@link #of}, except that a customer user has the customer role only. The accounts refuse a staff
     * role beside the customer role, but one stored before that rule would otherwise be served by the
     * staff methods that apply no organisation (ticket imports, outages, selection rules) every
     * organisation's data.
     */
    public static Caller signingIn(UserAccount user) {
        Caller caller = of(user);
        return caller.roles().contains(Role.Names.CUSTOMER) && caller.roles().size() > 1
                ? new Caller(caller.username(), caller.displayName(), Set.of(Role.Names.CUSTOMER),
                        caller.organisationId(), caller.organisationCode())
                : caller;
    }
}
