package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Forgets failed sign-ins that no longer count (older than the window and not refusing anyone), every
 * night, so guessed usernames do not pile up: a persistent timer, run once per cluster.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
public class SignInRetention {

    @Inject
    private IdentityService identity;

    @Schedule(hour = "3", minute = "45", persistent = true, info = "purge of old failed sign-ins")
    void forgetOldFailures() {
        identity.forgetOldSignInFailures();
    }
}
