package org.servicelevel.infrastructure.startup;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.NewUser;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccountRepository;

/**
 * Makes sure a fresh installation can be administered: when no enabled administrator exists and
 * {@code servicelevel.bootstrap-admin.password} is configured (environment variable
 * {@code SERVICELEVEL_BOOTSTRAP_ADMIN_PASSWORD}), it creates the administrator
 * {@code servicelevel.bootstrap-admin.username}. It never changes an existing user's password. Runs
 * as part of {@link StartupData}.
 */
@Dependent
public class BootstrapAdministrator {

    @Inject
    @ConfigProperty(name = "servicelevel.bootstrap-admin.username", defaultValue = "admin")
    private String username;

    @Inject
    @ConfigProperty(name = "servicelevel.bootstrap-admin.password")
    private Optional<String> password;

    @Inject
    private UserAccountRepository users;

    @Inject
    private IdentityService identity;

    @Inject
    private Logger log;

    void ensureAdministrator() {
        if (users.countEnabledWithRole(Role.ADMIN) > 0) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            log.warning("No administrator exists yet. Set SERVICELEVEL_BOOTSTRAP_ADMIN_PASSWORD in the server's"
                    + " environment and restart to create one.");
            return;
        }
        if (users.findByUsername(username).isPresent()) {
            log.warning(() -> "No enabled administrator exists, but user '" + username
                    + "' already exists; it is left unchanged.");
            return;
        }
        identity.createUser(new NewUser(username, "Administrator", null, password.get().toCharArray(),
                EnumSet.of(Role.ADMIN), null));
        log.info(() -> "Bootstrap administrator '" + username + "' created");
    }
}
