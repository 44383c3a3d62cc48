package org.servicelevel.infrastructure.startup;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccountRepository;

/**
 * The data a start may load, in one transaction, as the system identity: the bootstrap administrator
 * (when none exists) and, when switched on and the database held no organisation and no user, the
 * demo data set. A start that fails part-way leaves nothing behind, so the next start tries again.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@PermitAll
@DeclareRoles(Role.Names.SYSTEM)
public class StartupData {

    @Inject
    private BootstrapAdministrator administrator;

    @Inject
    private DemoDataLoader demo;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository users;

    @Inject
    private Logger log;

    public void load() {
        boolean empty = organisations.count() == 0 && users.count() == 0;
        administrator.ensureAdministrator();
        if (!demo.enabled()) {
            return;
        }
        if (!empty) {
            log.info("Demo data switched on, but the database already holds data: nothing loaded");
            return;
        }
        demo.load();
    }
}
