package org.servicelevel.application.security;

import jakarta.ejb.SessionContext;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.domain.model.identity.Role;

/** Who is calling, as the services need it: the actor for the audit trail and a customer user's organisation. */
public final class Tenancy {

    private Tenancy() {
    }

    /**
     * For a customer user, the id of the only organisation they may see ({@code -1} if they belong to
     * none); empty for the provider's staff and integrations.
     */
    public static Optional<Long> ownOrganisation(SessionContext session, IdentityService identity) {
        if (!session.isCallerInRole(Role.Names.CUSTOMER)) {
            return Optional.empty();
        }
        Caller caller = identity.findActiveCaller(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new NoSuchElementException("Your user no longer exists"));
        return Optional.of(caller.organisationId() == null ? -1L : caller.organisationId());
    }

    /** The calling customer user, if the caller has the customer role. */
    public static Optional<Caller> customerUser(SessionContext session, IdentityService identity) {
        if (!session.isCallerInRole(Role.Names.CUSTOMER)) {
            return Optional.empty();
        }
        return identity.findActiveCaller(session.getCallerPrincipal().getName());
    }

    /** The caller's username for the audit trail, {@code system} for timers and start-up work. */
    public static String actor(SessionContext session) {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "system" : name;
    }
}
