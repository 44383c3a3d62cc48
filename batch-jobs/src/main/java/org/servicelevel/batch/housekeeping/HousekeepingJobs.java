package org.servicelevel.batch.housekeeping;

/** Names of the housekeeping jobs, as in {@code META-INF/batch-jobs}. */
public final class HousekeepingJobs {

    /** Deletes API tokens that expired or were revoked; parameter {@code retentionDays} (default 30). */
    public static final String PURGE_API_TOKENS = "purge-api-tokens";

    private HousekeepingJobs() {
    }
}
