package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the adjustment of the month (for the report's agreement, or every agreement) when a report
 * that asks for it ({@code then=adjustment}, as the monthly timer starts it) has completed: both of the
 * month's jobs run on the 1st, one after the other.
 */
@Named
public class AdjustmentAfterReport extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(AdjustmentAfterReport.class.getName());

    @Inject
    @BatchProperty
    String month;

    @Inject
    @BatchProperty
    String agreement;

    @Inject
    @BatchProperty
    String then;

    @Inject
    JobContext job;

    @Inject
    MonthCloseSteps steps;

    @Override
    public void afterJob() {
        if (!MonthJobs.ADJUSTMENT.equals(then)) {
            return;
        }
        // the job's own status: the batch runtime answers queries about executions only to their
        // submitter, which this listener on the batch thread is not
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPING || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED) {
            LOG.warning(() -> "The report of " + month + " (execution " + job.getExecutionId() + ") ended " + status
                    + ": the adjustment starts when a restart of it completes");
            return;
        }
        try {
            steps.startAdjustment(MonthJobs.month(month), MonthJobs.agreement(agreement));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The adjustment of " + month + " could not be started after the report (execution "
                    + job.getExecutionId() + ")", e);
        }
    }
}
