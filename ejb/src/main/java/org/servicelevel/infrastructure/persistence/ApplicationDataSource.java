package org.servicelevel.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Declares the one datasource the application uses, {@value #JNDI_NAME}.
 *
 * <p>Every connection setting is read from MicroProfile Config when the application is deployed
 * ({@code ${MPCONFIG=...}} is resolved by Payara), so the same EAR runs on the embedded H2 default
 * and on PostgreSQL: set {@code SERVICELEVEL_DATASOURCE_URL}, {@code _USER}, {@code _PASSWORD} and
 * {@code _CLASS_NAME} in the server's environment. Defaults live in
 * {@code META-INF/microprofile-config.properties}; the password has no default there and must come
 * from the environment, a password alias or the domain's config source. An installation may instead
 * name a datasource defined in its own server with {@code servicelevel.datasource.jndi-name}.
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

    /** The JNDI name under which the application's own datasource is bound. */
    public static final String JNDI_NAME = "java:app/jdbc/servicelevel";

    /** The configuration key naming the datasource in use; JPA reads it in {@code persistence.xml}. */
    public static final String JNDI_NAME_KEY = "servicelevel.datasource.jndi-name";

    /**
     * The datasource the application uses: its own ({@value #JNDI_NAME}) unless
     * {@value #JNDI_NAME_KEY} names one defined in the server. Flyway and JPA always agree on it.
     */
    public static DataSource lookup() {
        String name = ConfigProvider.getConfig().getOptionalValue(JNDI_NAME_KEY, String.class).orElse(JNDI_NAME);
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource is bound at '" + name + "' (" + JNDI_NAME_KEY + ")", e);
        }
    }
}
