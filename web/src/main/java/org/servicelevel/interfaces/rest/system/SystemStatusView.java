package org.servicelevel.interfaces.rest.system;

/** The installation as reported to operators and integrations. */
public record SystemStatusView(String productVersion, String databaseProduct, String databaseVersion,
                               String schemaVersion, boolean demoDataEnabled) {
}
