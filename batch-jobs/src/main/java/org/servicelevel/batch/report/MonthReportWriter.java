package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

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

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            long id = (Long) item;
            MonthJobs.forAgreement(agreement, id, () -> steps.closeCollected(MonthJobs.run(run,
                    job.getInstanceId()), id, MonthJobs.month(month)));
        }
    }
}
