package org.servicelevel.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.report.MonthCloseService;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.model.report.MonthCollectionRepository;

/**
 * Reads the month's tickets as pages, agreement after agreement in id order. Its checkpoint is the
 * agreement being read and the last ticket read, so a restarted job goes on from the first page not
 * yet kept; a new execution that takes up the run of one whose server died (parameter {@code run})
 * goes on from the pages that run kept; an agreement that can no longer be closed is skipped in a run over every agreement and
 * fails the job when it was the one asked for.
 */
@Named
public class MonthTicketReader extends AbstractItemReader {

    /** Tickets per page: one item of the chunk. */
    static final int PAGE = 500;

    /** Where the reader stands: the agreement it reads and the last ticket read of it. */
    record Position(long agreementId, long afterTicketId) implements Serializable {
    }

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

    /** How many agreements' tickets are read at once: the one being collected and those read ahead. */
    @Inject
    @ConfigProperty(name = "servicelevel.reports.workers", defaultValue = "2")
    private int workers;

    private final Map<Long, Future<MonthCloseService.Page>> ahead = new HashMap<>();
    private YearMonth closing;
    private boolean single;
    private List<Long> agreements;
    private int index;
    private long after;

    @Override
    public void open(Serializable checkpoint) {
        closing = MonthJobs.month(month);
        Long only = MonthJobs.agreement(agreement);
        single = only != null;
        agreements = steps.agreementsToClose(closing, only);
        if (checkpoint instanceof Position position) {
            while (index < agreements.size() && agreements.get(index) < position.agreementId()) {
                index++;
            }
            if (index < agreements.size() && agreements.get(index) == position.agreementId()) {
                after = position.afterTicketId();
            }
        } else if (run != null && !run.isBlank()) {
            resumeFromKeptPages(MonthJobs.run(run, job.getInstanceId()));
        }
    }

    /** Goes on where the pages kept in the run end: the first agreement not complete, after its last ticket kept. */
    private void resumeFromKeptPages(long runId) {
        while (index < agreements.size()) {
            MonthCollectionRepository.Progress progress = steps.progress(runId, agreements.get(index));
            if (!progress.complete()) {
                after = progress.lastTicketId();
                return;
            }
            index++;
        }
    }

    @Override
    public Object readItem() {
        if (index >= agreements.size()) {
            return null;
        }
        long id = agreements.get(index);
        readAhead();
        MonthCloseService.Page page;
        try {
            Future<MonthCloseService.Page> read = after == 0 ? ahead.remove(id) : null;
            page = read != null ? MonthJobs.awaited(read, id) : steps.collect(id, closing, after, PAGE);
        } catch (DomainException e) {
            if (single) {
                throw e;
            }
            index++;
            after = 0;
            throw new AgreementNotClosed(id, e.getMessage());
        }
        if (page.last()) {
            index++;
            after = 0;
        } else {
            after = page.lastTicketId();
        }
        return page;
    }

    /**
     * Starts reading the first page of the next agreements while this one is read and kept, up to
     * {@code workers - 1} ahead. What is read ahead is only held in memory: the checkpoint still
     * names the agreement being read, so a restart reads those pages again.
     */
    private void readAhead() {
        for (int i = index + 1; i < agreements.size() && i <= index + Math.max(0, workers - 1); i++) {
            ahead.computeIfAbsent(agreements.get(i), next -> steps.collectAside(next, closing, PAGE));
        }
    }

    @Override
    public void close() {
        ahead.values().forEach(read -> read.cancel(false));
        ahead.clear();
    }

    @Override
    public Serializable checkpointInfo() {
        return index < agreements.size() ? new Position(agreements.get(index), after) : new Position(Long.MAX_VALUE, 0);
    }
}
