package org.servicelevel.application.system.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.system.SystemService;
import org.servicelevel.application.system.SystemStatus;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.infrastructure.persistence.ApplicationDataSource;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SystemServiceBean implements SystemService {

    @Inject
    private Logger log;

    @Inject
    @ConfigProperty(name = "servicelevel.demo-data.enabled", defaultValue = "false")
    private jakarta.inject.Provider<Boolean> demoDataEnabled;

    @Override
    @PermitAll
    public Readiness readiness() {
        try {
            SystemStatus status = status();
            return new Readiness(true, status.databaseProduct(), status.schemaVersion());
        } catch (IllegalStateException e) {
            log.log(Level.WARNING, "Not ready", e);
            return new Readiness(false, null, null);
        }
    }

    @Override
    public SystemStatus status() {
        try (Connection connection = ApplicationDataSource.lookup().getConnection();
             Statement statement = connection.createStatement();
             ResultSet schema = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = TRUE"
                             + " ORDER BY installed_rank DESC")) {
            DatabaseMetaData meta = connection.getMetaData();
            String schemaVersion = schema.next() ? schema.getString(1) : "none";
            return new SystemStatus(productVersion(), meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), schemaVersion, demoDataEnabled.get());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static String productVersion() {
        String version = SystemServiceBean.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
