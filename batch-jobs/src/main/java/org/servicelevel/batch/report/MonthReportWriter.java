package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Closes each collected agreement's month from the run and stores it as the month's result. */
@Named
public class MonthReportWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String agreement;

    @Inject
    @BatchProperty
    private String run;

    @Inject
    private JobContext job;

    @Inject
    private MonthCloseSteps steps;

    /** How many agreements' months the step closes at once. */
    @Inject
    @ConfigProperty(name = "servicelevel.reports.workers", defaultValue = "2")
    private int workers;

    /**
     * Closes the chunk's agreements, up to {@code workers} at once, and takes their outcomes in the
     * chunk's order: an agreement that cannot be closed is left out as {@link MonthJobs#forAgreement}
     * says, and the chunk ends only when all its closes have ended (each commits on its own, and a
     * restarted job closes only those still open).
     */
    @Override
    public void writeItems(List<Object> items) {
        long runId = MonthJobs.run(run, job.getInstanceId());
        YearMonth closing = MonthJobs.month(month);
        Deque<Closing> running = new ArrayDeque<>();
        Iterator<Object> next = items.iterator();
        RuntimeException failure = null;
        while (!running.isEmpty() || (failure == null && next.hasNext())) {
            while (failure == null && next.hasNext() && running.size() < Math.max(1, workers)) {
                long id = (Long) next.next();
                running.add(new Closing(id, steps.closeCollectedAside(runId, id, closing)));
            }
            Closing done = running.poll();
            try {
                MonthJobs.forAgreement(job, agreement, done.agreementId(), () -> done.result());
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One agreement's close under way. */
    private record Closing(long agreementId, Future<String> outcome) {

        /** The close's result number, or what stopped it, as the close itself threw it. */
        String result() {
            return MonthJobs.awaited(outcome, agreementId);
        }
    }
}
