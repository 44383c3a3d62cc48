package org.servicelevel.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.servicelevel.application.system.SystemService;
import org.servicelevel.application.system.SystemStatus;

/** Ready when the database answers and its schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    private SystemService system;

    @Override
    public HealthCheckResponse call() {
        try {
            SystemStatus status = system.status();
            return HealthCheckResponse.named("servicelevel-database").up()
                    .withData("database", status.databaseProduct())
                    .withData("schemaVersion", status.schemaVersion())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("servicelevel-database").down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
