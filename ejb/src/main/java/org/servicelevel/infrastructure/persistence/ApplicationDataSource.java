package org.servicelevel.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the one datasource the application uses, {@value #JNDI_NAME}.
 *
 * <p>Every connection setting is read from MicroProfile Config when the application is deployed
 * ({@code ${MPCONFIG=...}} is resolved by Payara), so the same EAR runs on the embedded H2 default
 * and on PostgreSQL: set {@code SERVICELEVEL_DATASOURCE_URL}, {@code _USER}, {@code _PASSWORD} and
 * {@code _CLASS_NAME} in the server's environment. Defaults live in
 * {@code META-INF/microprofile-config.properties}; the password has no default there and must come
 * from the environment, a password alias or the domain's config source.
 */
@Singleton
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "${MPCONFIG=servicelevel.datasource.class-name}",
        url = "${MPCONFIG=servicelevel.datasource.url}",
        user = "${MPCONFIG=servicelevel.datasource.user}",
        password = "${MPCONFIG=servicelevel.datasource.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
public class ApplicationDataSource {

    /** The JNDI name under which the application's datasource is bound. */
    public static final String JNDI_NAME = "java:app/jdbc/servicelevel";
}
