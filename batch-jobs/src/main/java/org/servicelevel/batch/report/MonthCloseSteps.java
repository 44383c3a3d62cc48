package org.servicelevel.batch.report;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import org.servicelevel.application.report.MonthCloseService;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.report.MonthCollectionRepository;

/**
 * What the month's jobs ask of the month's close, as the system identity: the jobs' artifacts run on
 * batch threads with no caller of their own. Each call is one transaction of its own, or joins the
 * chunk's transaction (a page kept with its checkpoint).
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class MonthCloseSteps {

    @Inject
    private MonthCloseService close;

    public List<Long> agreementsToClose(YearMonth month, Long agreementId) {
        return close.agreementsToClose(month, agreementId);
    }

    public MonthCloseService.Page collect(long agreementId, YearMonth month, long afterTicketId, int size) {
        return close.collect(agreementId, month, afterTicketId, size);
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
    public String closeCollected(long runId, long agreementId, YearMonth month) {
        return close.closeCollected(runId, agreementId, month).number();
    }

    /** The number of the result the adjustment stored, or {@code null} when nothing changed. */
    public String adjust(long agreementId, YearMonth month) {
        return close.adjust(agreementId, month).map(MonthResultService.ResultSummary::number).orElse(null);
    }
}
