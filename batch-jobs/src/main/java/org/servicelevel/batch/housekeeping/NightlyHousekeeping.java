package org.servicelevel.batch.housekeeping;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;
import org.servicelevel.batch.BatchJobLauncher;
import org.servicelevel.domain.model.identity.Role;

/** Starts the housekeeping jobs every night at 03:15 server time, once per cluster. */
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
public class NightlyHousekeeping {

    @Inject
    private BatchJobLauncher launcher;

    @Schedule(hour = "3", minute = "15", persistent = true, info = "nightly housekeeping")
    void run() {
        launcher.start(HousekeepingJobs.PURGE_API_TOKENS, new Properties());
    }
}
