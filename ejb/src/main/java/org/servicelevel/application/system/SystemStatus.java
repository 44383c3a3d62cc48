package org.servicelevel.application.system;

/** What the running installation is: its version, the database it uses and the schema version. */
public record SystemStatus(String productVersion, String databaseProduct, String databaseVersion,
                           String schemaVersion, boolean demoDataEnabled) {
}
