package org.servicelevel.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;
import org.servicelevel.domain.model.identity.Role;

/**
 * Starts batch jobs and reports on their executions. Jobs must start outside a container
 * transaction, hence bean-managed transactions here; callers in a transaction are unaffected.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
@TransactionManagement(TransactionManagementType.BEAN)
public class BatchJobLauncher {

    @Inject
    private Logger log;

    /** Starts the job defined by {@code META-INF/batch-jobs/<jobName>.xml}; returns its execution id. */
    public long start(String jobName, Properties parameters) {
        long executionId = operator().start(jobName, parameters);
        log.info(() -> "Batch job " + jobName + " started as execution " + executionId + " with " + parameters);
        return executionId;
    }

    public BatchStatus status(long executionId) {
        return execution(executionId).getBatchStatus();
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
