package org.servicelevel.interfaces.web.close;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.application.report.MonthResultService.ResultDetails;
import org.servicelevel.batch.report.MonthCloseJobs;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.ResultHeader;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * One month's result ({@code ?id=N}, or the month's standing result {@code ?agreement=N&month=2026-11}):
 * the stored document's report per priority, first responses, services' availability, ticket lines,
 * quality metrics, score, band and invoice (with how each metric, availability and the score were
 * decided, in the page's language), with the downloads; managers and administrators run the month again (as on the
 * month's close page, which then follows the job) and approve a draft as they read it. The service
 * decides what the viewer reads: a customer's user only their organisation's approved results, and
 * anything else is 404.
 */
@Named
@ViewScoped
public class MonthResultBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonthResultService results;

    @Inject
    private MonthCloseJobs jobs;

    private String id;
    private String agreement;
    private String month;

    /** The result as shown: an approval sends the version the manager read. */
    private ResultLine line;
    private transient ResultDetails details;

    /** Loads the result the view parameters name; one that does not exist or is hidden from the viewer gives 404. */
    public void load() throws IOException {
        try {
            details = id != null && !id.isBlank() ? results.find(Long.parseLong(id.strip()))
                    : results.ofMonth(Long.parseLong(String.valueOf(agreement).strip()),
                            YearMonth.parse(String.valueOf(month).strip()));
        } catch (NotFoundException | NumberFormatException | DateTimeParseException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such result");
            faces.responseComplete();
            return;
        }
        line = ResultLine.of(details.summary(), Feedback.texts());
        id = Long.toString(line.id());
    }

    private ResultDetails details() {
        if (details == null) {
            details = results.find(line.id());
        }
        return details;
    }

    private MonthClose close() {
        return details().document().close();
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Approves the draft as it was shown; a draft a later run replaced meanwhile is refused as stale. */
    public String approve() {
        if (!isManager()) {
            Feedback.error(Feedback.text("error.notAllowed"));
            return null;
        }
        return Feedback.changeAndRedirect(() -> results.approve(line.id(), line.version()),
                approved -> Feedback.text("close.approved", approved.number()), "close.stale",
                approved -> "/app/month-result?faces-redirect=true&id=" + approved.id());
    }

    /** Runs the monthly report of the result's agreement and month again, and follows the job on the month's close page. */
    public String rerun() {
        if (!isManager()) {
            Feedback.error(Feedback.text("error.notAllowed"));
            return null;
        }
        YearMonth m = YearMonth.parse(line.month());
        return Feedback.changeAndRedirect(() -> jobs.startReport(m, line.agreementId()),
                started -> Feedback.text("close.reportStarted", MonthCloseBean.monthLabel(m, locale()),
                        Long.toString(started.id())), "close.stale",
                started -> "/app/month-close?faces-redirect=true&month=" + m + "&agreement=" + line.agreementId()
                        + "&execution=" + started.id());
    }

    /** Whether the viewer runs months and approves results: managers and administrators. */
    public boolean isManager() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    // ---- what is shown -----------------------------------------------------------------------------

    public ResultLine getResult() {
        return line;
    }

    /** "November 2026". */
    public String getMonthLabel() {
        return MonthCloseBean.monthLabel(YearMonth.parse(line.month()), locale());
    }

    /** The agreement with its title and customer, as the document names them. */
    public String getAgreementLabel() {
        ResultHeader h = details().document().header();
        return h.agreementNumber() + (h.agreementTitle() == null ? "" : " · " + h.agreementTitle())
                + (h.customerCode() == null ? "" : " · " + (h.customerName() == null ? h.customerCode()
                : h.customerName() + " (" + h.customerCode() + ")"));
    }

    public String getZone() {
        return zone().getId();
    }

    /** "Draft, revision 2" or "Approved by max on 2026-12-02 10:30". */
    public String getStanding() {
        MonthResultService.ResultSummary s = details().summary();
        return line.draft() ? Feedback.text("result.standing.draft", s.revision())
                : Feedback.text("result.standing.approved", s.approvedBy(), AgreementRows.instant(s.approvedAt(), zone()));
    }

    public String getComputed() {
        MonthResultService.ResultSummary s = details().summary();
        return Feedback.text("result.computed", AgreementRows.instant(s.computedAt(), zone()), s.computedBy());
    }

    public List<ResultPage.PriorityRow> getPriorities() {
        return ResultPage.priorities(close(), texts());
    }

    public List<ResultPage.TicketRow> getTickets() {
        return ResultPage.tickets(close(), texts());
    }

    public List<ResultPage.MetricRow> getMetrics() {
        return ResultPage.metrics(close().quality(), texts(), locale());
    }

    public String getScore() {
        return ResultPage.score(close().quality(), texts());
    }

    /** How the score and band were decided, in the page's language. */
    public String getScoreExplanation() {
        return ResultPage.scoreExplanation(close().quality(), locale());
    }

    /** How each service's availability was decided, in the page's language. */
    public List<String> getAvailability() {
        return ResultPage.availability(close(), locale());
    }

    public List<ResultPage.InvoiceRow> getInvoice() {
        return ResultPage.invoice(close(), texts());
    }

    public String getTotal() {
        return line.total();
    }

    public List<String> getFormats() {
        return List.of("pdf", "xlsx", "csv", "json");
    }

    public String getLanguage() {
        return locale().getLanguage();
    }

    private ZoneId zone() {
        return close().report().month().zone();
    }

    private static ResourceBundle texts() {
        return Feedback.texts();
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    // ---- view parameters ---------------------------------------------------------------------------

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
