package org.servicelevel.interfaces.web.agreement;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.application.usage.UsageService;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.web.Feedback;

/**
 * One agreement: its header, versions, the terms of the version shown (the one in force today, or
 * the one named by the {@code version} view parameter), its consistency report, and the lifecycle
 * actions for managers and administrators. Every action sends the agreement's version as it was when
 * the page was loaded, so a change someone else made meanwhile is refused instead of overwritten.
 */
@Named
@ViewScoped
public class AgreementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private UsageService usageService;

    @Inject
    private SurveyService surveyService;

    private transient List<SurveyService.CampaignSummary> surveys;

    private String id;
    private String month;
    private transient UsageService.MonthUsage usage;
    private String version;
    private long agreementId;
    private Integer versionNumber;
    private long loadedVersion;
    private transient AgreementDetails details;
    private transient AgreementDetails.Consistency checked;
    private LocalDate nextReviewDate;
    private LocalDate lastDay;
    private String reason;
    private LocalDate newVersionFrom;

    /**
     * Loads the agreement named by the {@code id} view parameter, showing the version named by
     * {@code version} if given; a malformed, missing or hidden one gives 404.
     */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            agreementId = Long.parseLong(id == null ? "" : id.strip());
            versionNumber = version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
            details = read();
        } catch (NumberFormatException | NotFoundException e) {
            details = null;
        }
        if (details == null) {
            faces.getExternalContext().responseSendError(404, "No such agreement");
            faces.responseComplete();
        } else {
            loadedVersion = details.version();
        }
    }

    private AgreementDetails read() {
        return versionNumber == null ? agreements.find(agreementId)
                : agreements.findVersion(agreementId, versionNumber);
    }

    private AgreementDetails details() {
        if (details == null) {
            details = read();
        }
        return details;
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Activates; with consistency findings the message says so, since they hold from the first day. */
    public String activate() {
        if (!isManager()) {
            Feedback.error(texts().getString("agreement.notAllowed"));
            return null;
        }
        return Feedback.changeAndRedirect(() -> agreements.activate(agreementId, loadedVersion),
                changed -> changed.consistency() == null || changed.consistency().consistent()
                        ? AgreementRows.format(texts(), "agreement.activated", changed.number())
                        : AgreementRows.format(texts(), "agreement.activatedWithFindings", changed.number(),
                        changed.consistency().findingCount()),
                "agreement.stale", changed -> "/app/agreement?faces-redirect=true&includeViewParams=true");
    }

    public String startReview() {
        return change(() -> agreements.startReview(agreementId, loadedVersion), "agreement.reviewStarted");
    }

    public String completeReview() {
        return change(() -> agreements.completeReview(agreementId, loadedVersion, nextReviewDate), "agreement.reviewCompleted");
    }

    public String terminate() {
        return change(() -> agreements.terminate(agreementId, loadedVersion, lastDay, reason), "agreement.terminated");
    }

    /** Opens the terms editor for a new version from the chosen day (without one, from the earliest day allowed). */
    public String changeTermsFrom() {
        return "/app/agreement-edit?faces-redirect=true&id=" + agreementId
                + (newVersionFrom == null ? "" : "&from=" + newVersionFrom);
    }

    /** Deletes the draft (it was never in force) and shows the list of agreements. */
    public String discard() {
        if (!isManager()) {
            Feedback.error(texts().getString("agreement.notAllowed"));
            return null;
        }
        String discarded = details().number();
        return Feedback.changeAndRedirect(() -> {
            agreements.delete(agreementId, loadedVersion);
            return discarded;
        }, number -> AgreementRows.format(texts(), "editor.discarded", number), "agreement.stale",
                number -> "/app/agreements?faces-redirect=true");
    }

    /** Checks the consistency again now, with today's terms, and shows the new report. */
    public void checkConsistency() {
        if (!isManager()) {
            error(texts().getString("agreement.notAllowed"));
            return;
        }
        Feedback.attempt(() -> agreements.checkConsistency(agreementId, null), "agreement.stale")
                .ifPresent(report -> checked = report);
    }

    /**
     * Runs a lifecycle action and shows the agreement again (a redirect, so reloading the page does
     * not repeat it); the service's refusals become messages on this page.
     */
    private String change(Supplier<AgreementDetails> action, String doneKey) {
        if (!isManager()) {
            Feedback.error(texts().getString("agreement.notAllowed"));
            return null;
        }
        return Feedback.changeAndRedirect(action, changed -> AgreementRows.format(texts(), doneKey, changed.number()),
                "agreement.stale", changed -> "/app/agreement?faces-redirect=true&includeViewParams=true");
    }

    private static void error(String text) {
        Feedback.error(text);
    }

    private static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** Whether the caller may change agreements (as in the API: managers and administrators). */
    public boolean isManager() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    /** The agreement's survey campaigns, latest due date first. */
    public List<SurveyService.CampaignSummary> getSurveys() {
        if (surveys == null) {
            surveys = surveyService.list(agreementId);
        }
        return surveys;
    }

    // ---- usage against volume ------------------------------------------------------------------------

    /** The month of the {@code month} view parameter (YYYY-MM), else the current one. */
    private UsageService.MonthUsage usage() {
        if (usage == null) {
            YearMonth asked;
            try {
                asked = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                asked = null;
            }
            usage = usageService.usage(agreementId, asked);
        }
        return usage;
    }

    public String getUsageMonth() {
        return usage().month();
    }

    public String getPreviousMonth() {
        return YearMonth.parse(usage().month()).minusMonths(1).toString();
    }

    public String getNextMonth() {
        return YearMonth.parse(usage().month()).plusMonths(1).toString();
    }

    public List<UsageLine> getUsage() {
        return UsageLine.of(usage(), texts());
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    // ---- header ------------------------------------------------------------------------------------

    private AgreementTerms terms() {
        return details().effectiveTerms();
    }

    public String getNumber() {
        return details().number();
    }

    public String getTitle() {
        return details().title();
    }

    public String getType() {
        return details().type().name();
    }

    public boolean isUnderpinning() {
        return details().type() != AgreementType.SLA;
    }

    public String getStatus() {
        return details().status().name();
    }

    public String getStatusLabel() {
        return texts().getString("agreement.status." + details().status().name());
    }

    public boolean isDraft() {
        return details().status() == AgreementStatus.DRAFT;
    }

    public boolean isActive() {
        return details().status() == AgreementStatus.ACTIVE;
    }

    public boolean isUnderReview() {
        return details().status() == AgreementStatus.UNDER_REVIEW;
    }

    public boolean isTerminated() {
        return details().status() == AgreementStatus.TERMINATED;
    }

    public String getCustomer() {
        return details().customer() == null ? null : AgreementRows.party(details().customer());
    }

    public String getProviderGroup() {
        return details().providerGroup() == null ? null : AgreementRows.party(details().providerGroup());
    }

    public String getConsumerGroup() {
        return details().consumerGroup() == null ? null : AgreementRows.party(details().consumerGroup());
    }

    public Long getParentId() {
        return details().parent() == null ? null : details().parent().id();
    }

    public String getParent() {
        return details().parent() == null ? null : AgreementRows.party(details().parent());
    }

    public String getTimeZone() {
        return details().timeZone();
    }

    public String getValidity() {
        return AgreementRows.validity(details().validFrom(), details().validTo(), texts());
    }

    public String getReviewDate() {
        return AgreementRows.date(details().reviewDate());
    }

    public String getOwner() {
        return details().owner() == null ? AgreementRows.NOTHING : details().owner();
    }

    public boolean isMonitoredToday() {
        return details().monitoredToday();
    }

    public String getTerminatedOn() {
        return AgreementRows.date(details().terminatedOn());
    }

    public String getTerminationReason() {
        return details().terminationReason();
    }

    // ---- versions and terms ------------------------------------------------------------------------

    public int getShownVersion() {
        return details().shown().number();
    }

    public String getShownEffectiveFrom() {
        return AgreementRows.date(details().shown().effectiveFrom());
    }

    public boolean isShownInForce() {
        return details().shown().inForce();
    }

    public List<AgreementRows.VersionLine> getVersions() {
        return AgreementRows.versions(details(), texts(), (from, to) -> agreements.diff(agreementId, from, to));
    }

    /** Approves a draft amendment for the provider (a manager other than its author). */
    public String approve(int versionNumber) {
        return change(() -> agreements.approveAmendment(agreementId, loadedVersion, versionNumber),
                "agreement.amendmentApproved");
    }

    public String getMonthlyFee() {
        AgreementTerms terms = terms();
        return terms.monthlyFee() == null ? AgreementRows.NOTHING
                : AgreementRows.money(terms.monthlyFee()) + (terms.currency() == null ? "" : " " + terms.currency());
    }

    public List<AgreementRows.ServiceLine> getServices() {
        return AgreementRows.services(terms(), details().calendarNames(), texts());
    }

    public List<AgreementRows.PriorityLine> getPriorities() {
        return AgreementRows.priorities(terms(), texts());
    }

    public List<AgreementRows.Line> getServiceTargets() {
        return AgreementRows.serviceTargets(terms(), texts());
    }

    public List<AgreementRows.Line> getPriorityMatrix() {
        return AgreementRows.priorityMatrix(terms(), texts());
    }

    public List<AgreementRows.EscalationLine> getEscalations() {
        return AgreementRows.escalations(terms(), texts());
    }

    /** Whose escalation rules the shown version follows: OWN, INHERITED (its parent's) or DEFAULT. */
    public String getEscalationPolicy() {
        return details().escalationPolicy().name();
    }

    public List<AgreementRows.Line> getStatusLimits() {
        return AgreementRows.statusLimits(terms(), texts());
    }

    public List<String> getPauseStatuses() {
        return terms().pauseStatuses();
    }

    public List<AgreementRows.Line> getLineExtensions() {
        return AgreementRows.lineExtensions(terms(), texts());
    }

    public List<AgreementRows.Line> getMetrics() {
        return AgreementRows.metrics(terms(), texts());
    }

    public List<AgreementRows.Line> getAvailabilityTargets() {
        return AgreementRows.availabilityTargets(terms(), texts());
    }

    public List<AgreementRows.Line> getPenaltyBands() {
        return AgreementRows.penaltyBands(terms());
    }

    public int getGraceMonths() {
        return terms().graceMonths();
    }

    public String getPenaltyCap() {
        return terms().penaltyCapPercent() == null ? texts().getString("agreement.penaltyCap.none")
                : AgreementRows.percent(terms().penaltyCapPercent());
    }

    public List<AgreementRows.Line> getLatePenalty() {
        return AgreementRows.latePenalty(terms(), texts());
    }

    public String getLatePenaltyCap() {
        AgreementTerms t = terms();
        return t.latePenalty() == null || t.latePenalty().monthlyCap() == null
                ? texts().getString("agreement.penaltyCap.none")
                : AgreementRows.money(t.latePenalty().monthlyCap(), t.minorUnitDigits(), t.currency());
    }

    public String getAgreementVolume() {
        return terms().agreementVolume() == null ? AgreementRows.NOTHING : terms().agreementVolume().toString();
    }

    public String getPlannedDevelopmentHours() {
        return AgreementRows.number(terms().plannedDevelopmentHours());
    }

    public List<AgreementRows.Line> getExtraPrices() {
        return AgreementRows.extraPrices(terms(), texts());
    }

    public List<AgreementRows.UnderpinLine> getUnderpins() {
        return AgreementRows.underpins(terms(), texts());
    }

    // ---- consistency -------------------------------------------------------------------------------

    private AgreementDetails.Consistency consistency() {
        return checked != null ? checked : details().consistency();
    }

    public boolean isChecked() {
        return consistency().checkedAt() != null;
    }

    public String getCheckedAt() {
        return AgreementRows.instant(consistency().checkedAt(), ZoneId.of(details().timeZone()));
    }

    public List<AgreementRows.FindingLine> getFindings() {
        return AgreementRows.findings(consistency(), texts());
    }

    public String getCheckedVersions() {
        return AgreementRows.checkedVersions(consistency());
    }

    // ---- view parameters and inputs ----------------------------------------------------------------

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public void setNextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public LocalDate getNewVersionFrom() {
        return newVersionFrom;
    }

    public void setNewVersionFrom(LocalDate newVersionFrom) {
        this.newVersionFrom = newVersionFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
