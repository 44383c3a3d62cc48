package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the agreements whose month the job's run has collected completely and not closed yet; a
 * restarted job reads only those still open, so no month is closed twice by one run.
 */
@Named
public class CollectedAgreementReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String run;

    @Inject
    private JobContext job;

    @Inject
    private MonthCloseSteps steps;

    private Iterator<Long> agreements;

    @Override
    public void open(Serializable checkpoint) {
        agreements = steps.unclosed(MonthJobs.run(run, job.getInstanceId())).iterator();
    }

    @Override
    public Object readItem() {
        return agreements.hasNext() ? agreements.next() : null;
    }
}
