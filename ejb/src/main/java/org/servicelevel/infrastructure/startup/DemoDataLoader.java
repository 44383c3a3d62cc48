package org.servicelevel.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.IdentityService;
import org.servicelevel.application.NewUser;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccountRepository;

/**
 * Loads the demo data set so a newcomer can look around at once: only when
 * {@code servicelevel.demo-data.enabled} is {@code true} and the database holds no organisation and
 * no user yet. The demo users and their passwords are listed in the README; never enable this switch
 * on a production installation.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    /** The demo users' shared password, documented in the README. */
    static final String DEMO_PASSWORD = "demo";

    @Inject
    @ConfigProperty(name = "servicelevel.demo-data.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository users;

    @Inject
    private IdentityService identity;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @PostConstruct
    void loadWhenEmpty() {
        if (!enabled) {
            return;
        }
        if (organisations.count() > 0 || users.count() > 0) {
            log.info("Demo data switched on, but the database already holds data: nothing loaded");
            return;
        }
        Organisation acme = organisations.store(new Organisation("ACME", "ACME Manufacturing", clock.instant()));
        user("alice", "Alice Admin", Role.ADMIN, null);
        user("max", "Max Manager", Role.MANAGER, null);
        user("anna", "Anna Agent", Role.AGENT, null);
        user("carl", "Carl Customer (ACME)", Role.CUSTOMER, acme.code());
        user("helpdesk", "Help desk integration", Role.INTEGRATION, null);
        log.info("Demo data loaded: organisation ACME and users alice, max, anna, carl, helpdesk");
    }

    private void user(String username, String name, Role role, String organisationCode) {
        identity.createUser(new NewUser(username, name, username + "@demo.invalid", DEMO_PASSWORD.toCharArray(),
                EnumSet.of(role), organisationCode));
    }
}
