package org.servicelevel.batch.report;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Future;
import org.servicelevel.application.report.MonthCloseService;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.report.MonthCollectionRepository;

/**
 * What the month's jobs ask of the month's close, as the system identity: the jobs' artifacts run on
 * batch threads with no caller of their own. A page kept joins the chunk's transaction, so it is kept
 * exactly when the checkpoint after it is; everything else runs in a transaction of its own, so one
 * agreement that cannot be closed neither rolls back nor holds up the others of its chunk.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class MonthCloseSteps {

    @Inject
    private MonthCloseService close;

    @Inject
    private MonthCloseJobs jobs;

    /** Starts the adjustment of the month and agreement ({@code null}: every agreement), as the system. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void startAdjustment(YearMonth month, Long agreementId) {
        jobs.startAdjustment(month, agreementId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> agreementsToClose(YearMonth month, Long agreementId) {
        return close.agreementsToClose(month, agreementId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MonthCloseService.Page collect(long agreementId, YearMonth month, long afterTicketId, int size) {
        return close.collect(agreementId, month, afterTicketId, size);
    }

    /**
     * As {@link #collect}, on a thread of the container's asynchronous pool: the collecting step reads
     * the first page of the agreements after the one it is on meanwhile.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Future<MonthCloseService.Page> collectAside(long agreementId, YearMonth month, int size) {
        return new AsyncResult<>(close.collect(agreementId, month, 0, size));
    }

    public void keep(long runId, YearMonth month, MonthCloseService.Page page) {
        close.keep(runId, month, page);
    }

    public MonthCollectionRepository.Progress progress(long runId, long agreementId) {
        return close.progress(runId, agreementId);
    }

    public List<Long> unclosed(long runId) {
        return close.unclosed(runId);
    }

    /** The number of the result stored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String closeCollected(long runId, long agreementId, YearMonth month) {
        return close.closeCollected(runId, agreementId, month).number();
    }

    /**
     * As {@link #closeCollected}, on a thread of the container's asynchronous pool, so that the
     * report step closes several agreements' months at once; each in a transaction of its own.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Future<String> closeCollectedAside(long runId, long agreementId, YearMonth month) {
        return new AsyncResult<>(close.closeCollected(runId, agreementId, month).number());
    }

    /** The number of the result the adjustment stored, or {@code null} when nothing changed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String adjust(long agreementId, YearMonth month) {
        return close.adjust(agreementId, month).map(MonthResultService.ResultSummary::number).orElse(null);
    }
}
