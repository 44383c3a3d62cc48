package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Recomputes each agreement's quality score and invoice of the month, storing the result where a figure changed. */
@Named
public class AdjustmentWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String agreement;

    @Inject
    private MonthCloseSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            long id = (Long) item;
            MonthJobs.forAgreement(agreement, id, () -> steps.adjust(id, MonthJobs.month(month)));
        }
    }
}
