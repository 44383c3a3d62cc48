package org.servicelevel.infrastructure.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.servicelevel.infrastructure.persistence.ApplicationDataSource;

/**
 * Brings the database schema to the version this build expects before anything else uses it.
 *
 * <p>The schema is owned by the versioned SQL migrations under {@code db/migration}; the same
 * scripts run on H2 (in PostgreSQL mode) and on PostgreSQL. Start-up beans that touch the database
 * declare {@code @DependsOn("DatabaseMigration")}. A failed migration fails the deployment, so the
 * application never runs against a schema it does not understand.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {


    @Inject
    private Logger log;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(ApplicationDataSource.lookup())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        log.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, database "
                + result.database + ")");
    }
}
