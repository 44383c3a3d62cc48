package org.servicelevel.application.system;

/** Facts about the running installation, for operators, health checks and support. */
public interface SystemService {

    /** Reads the database's identity and schema version; fails if the database cannot be reached. */
    SystemStatus status();

    /** Whether the database answers and holds the migrated schema: for readiness probes, open to all. */
    record Readiness(boolean up, String databaseProduct, String schemaVersion) {
    }

    Readiness readiness();
}
