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

    @Inject
    private Logger log;

    @Override
    public void beforeStep() {
        // nothing to prepare
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            log.log(Level.WARNING, "Job " + job.getJobName() + " (execution " + job.getExecutionId() + "), step "
                    + step.getStepName() + " failed", failure);
            status("FAILED: " + reason(failure, job.getExecutionId()));
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
        @SuppressWarnings("unchecked")
        List<String> skipped = job.getTransientUserData() instanceof List<?> list ? (List<String>) list
                : new ArrayList<>();
        job.setTransientUserData(skipped);
        skipped.add(reason(e, job.getExecutionId()));
        log.warning(() -> "Job " + job.getJobName() + " (execution " + job.getExecutionId() + "): " + e.getMessage());
        status("COMPLETED; not closed: " + String.join("; ", skipped));
    }

    private void status(String text) {
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
