package org.servicelevel.domain.model.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The tickets a run of the monthly report collected per agreement and month, and the stored tickets
 * it reads them from. A run (one job instance) collects an agreement's month page by page; closing the
 * month from the run keeps it as the month's last closed run and removes the earlier runs.
 */
public interface MonthCollectionRepository {

    /**
     * The agreement's tickets registered before {@code end} that had not ended before {@code start}
     * by their stored end instants (a ticket may still be read that the close then leaves out), with
     * an id above {@code afterId}, in id order, at most {@code limit}.
     */
    List<StoredTicket> ticketsTouching(long agreementId, Instant start, Instant end, long afterId, int limit);

    /**
     * Adds collected tickets to the run's collection of the agreement's month, creating it if needed;
     * {@code last}: no more tickets follow, the collection is complete.
     */
    void collect(long runId, long agreementId, YearMonth month, List<CollectedTicket> tickets, boolean last);

    /**
     * How far the run has collected the agreement's month: whether it is complete and the last ticket
     * kept (0 when none). Pages are kept with the job's checkpoint, so this is where a run that
     * stopped without a checkpoint of its own (its server died) goes on.
     */
    Progress progress(long runId, long agreementId);

    /** How far a run has collected an agreement's month. */
    record Progress(boolean complete, long lastTicketId) {
    }

    /** The tickets the run collected for the agreement, in id order. */
    List<CollectedTicket> collected(long runId, long agreementId);

    /** The agreements whose collection in the run is complete and not closed yet, in id order. */
    List<Long> unclosed(long runId);

    /** Marks the run's collection of the agreement's month closed and removes the month's other runs. */
    void closed(long runId, long agreementId, YearMonth month, Instant at);

    /** The last run the agreement's month was closed from. */
    Optional<Long> lastClosedRun(long agreementId, YearMonth month);

    /** One collected ticket: its id and its facts as the month's close reads them. */
    record CollectedTicket(long ticketId, TicketFacts facts) {
    }
}
