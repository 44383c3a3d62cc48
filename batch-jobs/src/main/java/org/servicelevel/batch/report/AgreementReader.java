package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reads the agreements whose month closes, in id order; its checkpoint is the last agreement read. */
@Named
public class AgreementReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String agreement;

    @Inject
    private MonthCloseSteps steps;

    private List<Long> agreements;
    private int index;

    @Override
    public void open(Serializable checkpoint) {
        agreements = steps.agreementsToClose(MonthJobs.month(month), MonthJobs.agreement(agreement));
        if (checkpoint instanceof Long last) {
            while (index < agreements.size() && agreements.get(index) <= last) {
                index++;
            }
        }
    }

    @Override
    public Object readItem() {
        return index < agreements.size() ? agreements.get(index++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return index == 0 ? null : agreements.get(index - 1);
    }
}
