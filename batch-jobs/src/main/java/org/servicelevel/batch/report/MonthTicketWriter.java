package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicelevel.application.report.MonthCloseService;

/** Keeps the pages read in the job's run (its instance), in the chunk's transaction with its checkpoint. */
@Named
public class MonthTicketWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String run;

    @Inject
    private JobContext job;

    @Inject
    private MonthCloseSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            steps.keep(MonthJobs.run(run, job.getInstanceId()), MonthJobs.month(month), (MonthCloseService.Page) item);
        }
    }
}
