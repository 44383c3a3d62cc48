package org.servicelevel.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.servicelevel.application.system.SystemService;

/** Ready when the database answers and its schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    private SystemService system;

    @Override
    public HealthCheckResponse call() {
        SystemService.Readiness readiness = system.readiness();
        if (!readiness.up()) {
            return HealthCheckResponse.named("servicelevel-database").down()
                    .withData("error", "The database cannot be reached or its schema is not migrated; see the server log")
                    .build();
        }
        return HealthCheckResponse.named("servicelevel-database").up()
                .withData("database", readiness.databaseProduct())
                .withData("schemaVersion", readiness.schemaVersion())
                .build();
    }
}
