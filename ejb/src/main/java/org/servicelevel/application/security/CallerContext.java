package org.servicelevel.application.security;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccount;
import org.servicelevel.domain.model.identity.UserAccountRepository;

/**
 * Who is calling an application service, as the services need it: the caller's user with roles and,
 * for a customer user, the one organisation whose data they may see; {@link #SYSTEM} for timers,
 * batch jobs, the mail channel and start-up, which run as the declared system identity. The user
 * is read once per request (or timer callback) and then reused by every service that request calls.
 * Services pass their own {@code SessionContext}, which knows the identity the container established,
 * including a {@code @RunAs}.
 */
@ApplicationScoped
public class CallerContext {

    /** The system identity's caller: every role check passes only where {@code system} is listed. */
    public static final Caller SYSTEM = new Caller("system", "System", Set.of(Role.Names.SYSTEM), null, null);

    /** The principal name the system identity runs as ({@code glassfish-application.xml}); no user can have it. */
    public static final String SYSTEM_PRINCIPAL = "[system]";

    /** The callers resolved in the current request, so a request resolves each user once. */
    @RequestScoped
    static class Resolved {

        private final Map<String, Caller> callers = new HashMap<>();

        Caller get(String username, Function<String, Caller> load) {
            return callers.computeIfAbsent(username, load);
        }
    }

    @Inject
    private UserAccountRepository users;

    @Inject
    private Instance<Resolved> resolved;

    @Inject
    private BeanManager beans;

    /** The calling user, or {@link #SYSTEM}. */
    public Caller of(EJBContext session) {
        if (isSystem(session)) {
            return SYSTEM;
        }
        String name = principalName(session);
        if (name == null) {
            throw new NotFoundException("There is no signed-in user");
        }
        if (beans.getContext(RequestScoped.class).isActive()) {
            try {
                return resolved.get().get(name, this::load);
            } catch (ContextNotActiveException raced) {
                return load(name);
            }
        }
        return load(name);
    }

    /**
     * For a customer user, the id of the only organisation they may see ({@code -1} if they belong to
     * none); empty for the provider's staff, integrations and the system.
     */
    public Optional<Long> customerOrganisation(EJBContext session) {
        if (!session.isCallerInRole(Role.Names.CUSTOMER)) {
            return Optional.empty();
        }
        Caller caller = of(session);
        return Optional.of(caller.organisationId() == null ? -1L : caller.organisationId());
    }

    /** The calling customer user, if the caller has the customer role. */
    public Optional<Caller> customerUser(EJBContext session) {
        return session.isCallerInRole(Role.Names.CUSTOMER) ? Optional.of(of(session)) : Optional.empty();
    }

    /** Whether the caller may see the data of organisation {@code organisationId}. */
    public boolean sees(EJBContext session, Long organisationId) {
        return customerOrganisation(session).map(own -> own.equals(organisationId)).orElse(true);
    }

    /** The caller's username for audit trails; {@code system} for the system identity. */
    public String actor(EJBContext session) {
        if (isSystem(session)) {
            return SYSTEM.username();
        }
        String name = principalName(session);
        return name == null ? SYSTEM.username() : name;
    }

    private static boolean isSystem(EJBContext session) {
        Principal principal = session.getCallerPrincipal();
        return principal != null && SYSTEM_PRINCIPAL.equals(principal.getName())
                || session.isCallerInRole(Role.Names.SYSTEM);
    }

    private static String principalName(EJBContext session) {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? null : name;
    }

    private Caller load(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled).map(Caller::of)
                .orElseThrow(() -> new NotFoundException("Your user " + username + " no longer exists or is disabled"));
    }
}
