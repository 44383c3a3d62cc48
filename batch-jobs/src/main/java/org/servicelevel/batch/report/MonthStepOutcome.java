package org.servicelevel.batch.report;

import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.domain.DomainException;

/**
 * Says in the job's exit status what a person needs to act on: the agreements a run over every
 * agreement skipped and why, or why a step failed, in the words of the business rule that stopped it
 * (an unexpected failure only points to the server log).
 */
@Named
public class MonthStepOutcome implements StepListener, SkipReadListener, SkipWriteListener {

    /** The longest exit status kept; the batch repository's column is larger, the rest is in the log. */
    private static final int MAX_STATUS = 1000;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private static final Logger LOG = Logger.getLogger(MonthStepOutcome.class.getName());

    @Override
    public void beforeStep() {
        // nothing to prepare
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            LOG.log(Level.WARNING, "Job " + job.getJobName() + " (execution " + job.getExecutionId() + "), step "
                    + step.getStepName() + " failed", failure);
            status(job, "FAILED: " + reason(failure, job.getExecutionId()));
        }
    }

    @Override
    public void onSkipReadItem(Exception e) {
        skipped(e);
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception e) {
        skipped(e);
    }

    private void skipped(Exception e) {
        leftOut(job, e);
    }

    /** Names an agreement left out of a run over every agreement, and why, in the job's exit status. */
    static void leftOut(JobContext job, Exception why) {
        @SuppressWarnings("unchecked")
        List<String> skipped = job.getTransientUserData() instanceof List<?> list ? (List<String>) list
                : new ArrayList<>();
        job.setTransientUserData(skipped);
        skipped.add(reason(why, job.getExecutionId()));
        LOG.warning(() -> "Job " + job.getJobName() + " (execution " + job.getExecutionId() + "): " + why.getMessage());
        status(job, "COMPLETED; not closed: " + String.join("; ", skipped));
    }

    private static void status(JobContext job, String text) {
        job.setExitStatus(text.length() <= MAX_STATUS ? text : text.substring(0, MAX_STATUS - 3) + "...");
    }

    /** The reason of a failure as a person reads it: a business rule's message, else a pointer to the log. */
    static String reason(Throwable failure, long executionId) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException || t instanceof AgreementNotClosed) {
                return t.getMessage();
            }
        }
        return "an unexpected failure; the server log has the details of execution " + executionId;
    }
}
