package org.servicelevel.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Loads the {@link StartupData} once the database schema is migrated, in a transaction of its own. A
 * failure fails the deployment, with nothing of the data stored.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ApplicationStartup {

    @Inject
    private StartupData data;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        data.load();
    }
}
