package org.servicelevel.interfaces.web.close;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.batch.JobStatus;
import org.servicelevel.batch.report.MonthCloseJobs;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * The month's close of one agreement or of every agreement: managers and administrators start the
 * monthly report or the recomputation of the quality score and invoice, follow the execution until it
 * ends (stopping it while it runs, restarting it when it failed or was stopped) and approve the drafts;
 * everyone who may read results lists them and downloads them. The month, agreement and execution
 * followed are view parameters, so the page can be reloaded and bookmarked. Customers' users see only
 * their organisation's approved results (the service decides); an agreement they may not see is 404.
 */
@Named
@ViewScoped
public class MonthCloseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many months back the month list reaches. */
    private static final int MONTHS_OFFERED = 36;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String FAILED = "FAILED: ";

    @Inject
    private MonthCloseJobs jobs;

    @Inject
    private MonthResultService results;

    @Inject
    private AgreementService agreements;

    private String month;
    private String agreement;
    private String execution;
    private transient JobStatus status;
    /** The results as last shown: an approval sends the version the manager read. */
    private List<ResultLine> lines;
    private transient List<Choice> agreementChoices;

    /** An item of a choice list: the value sent and the label shown. */
    public record Choice(String value, String label) {

        /** The SLAs the caller may see, as "number · title". */
        public static List<Choice> agreements(AgreementService agreements) {
            return agreements.list(AgreementType.SLA, null, null, false).stream()
                    .map(a -> new Choice(Long.toString(a.id()), a.number() + " · " + a.title())).toList();
        }
    }

    /**
     * Reads the view parameters: a missing or malformed month is the previous one, an agreement that
     * does not exist or is hidden from the caller gives 404; the execution is followed for managers.
     */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (month == null || month.isBlank()) {
            month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        } else if (parsed(month) == null) {
            Feedback.error(Feedback.text("close.month.invalid", month));
            month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        }
        try {
            if (agreementId() != null) {
                agreements.find(agreementId());
            }
        } catch (NumberFormatException | NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such agreement");
            faces.responseComplete();
            return;
        }
        if (executionId() != null && isManager()) {
            status = Feedback.attempt(() -> jobs.status(executionId()), "close.stale").orElse(null);
            if (status == null) {
                execution = null;
            }
        } else {
            execution = null;
        }
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Shows the results of the chosen month and agreement, as a bookmarkable address. */
    public String show() {
        execution = null;
        return self();
    }

    /** Starts the monthly report of the chosen month and agreement (every agreement when none is chosen). */
    public String runReport() {
        return start(() -> jobs.startReport(parsed(month), agreementId()), "close.reportStarted");
    }

    /** Starts the recomputation of the quality score and invoice from the month's last report. */
    public String recompute() {
        return start(() -> jobs.startAdjustment(parsed(month), agreementId()), "close.adjustmentStarted");
    }

    private String start(Supplier<JobStatus> action, String doneKey) {
        if (!isManager()) {
            Feedback.error(Feedback.text("error.notAllowed"));
            return null;
        }
        if (parsed(month) == null) {
            Feedback.error(Feedback.text("close.month.invalid", month));
            return null;
        }
        return follow(action, started -> Feedback.text(doneKey, monthLabel(parsed(month), locale()),
                Long.toString(started.id())));
    }

    /** Asks the running execution to stop after its current chunk; the page keeps following it. */
    public void stop() {
        if (!isManager() || executionId() == null) {
            Feedback.error(Feedback.text("error.notAllowed"));
            return;
        }
        Feedback.attempt(() -> jobs.stop(executionId()), "close.stale").ifPresent(stopped -> {
            status = stopped;
            Feedback.info(Feedback.text("close.stopAsked", Long.toString(stopped.id())));
        });
    }

    /** Restarts the failed or stopped execution from its last checkpoint and follows the new one. */
    public String restart() {
        if (!isManager() || executionId() == null) {
            Feedback.error(Feedback.text("error.notAllowed"));
            return null;
        }
        long previous = executionId();
        return follow(() -> jobs.restart(previous), restarted -> Feedback.text("close.restarted",
                Long.toString(previous), Long.toString(restarted.id())));
    }

    private String follow(Supplier<JobStatus> action, Function<JobStatus, String> done) {
        return Feedback.changeAndRedirect(action, done, "close.stale", started -> {
            execution = Long.toString(started.id());
            return self();
        });
    }

    /** Approves a draft as it was listed; a result changed meanwhile (a new run) is refused as stale. */
    public String approve(ResultLine line) {
        if (!isManager()) {
            Feedback.error(Feedback.text("error.notAllowed"));
            return null;
        }
        return Feedback.changeAndRedirect(() -> results.approve(line.id(), line.version()),
                approved -> Feedback.text("close.approved", approved.number()), "close.stale", approved -> self());
    }

    /** The poll: reads the execution and the results again. */
    public void refresh() {
        status = null;
        lines = null;
    }

    private static String self() {
        return "/app/month-close?faces-redirect=true&includeViewParams=true";
    }

    // ---- the form ----------------------------------------------------------------------------------

    /** Whether the caller may run the month and approve results: managers and administrators. */
    public boolean isManager() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    /** The months offered, this one first (it is refused until it has ended, with the reason). */
    public List<Choice> getMonths() {
        Locale locale = locale();
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        List<Choice> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            YearMonth m = current.minusMonths(i);
            months.add(new Choice(m.toString(), monthLabel(m, locale)));
        }
        YearMonth chosen = parsed(month);
        if (chosen != null && months.stream().noneMatch(c -> c.value().equals(chosen.toString()))) {
            months.add(new Choice(chosen.toString(), monthLabel(chosen, locale)));
        }
        return months;
    }

    /** The SLAs the caller may see, as "number · title". */
    public List<Choice> getAgreements() {
        if (agreementChoices == null) {
            agreementChoices = Choice.agreements(agreements);
        }
        return agreementChoices;
    }

    /** The chosen month in words, e.g. "November 2026". */
    public String getMonthLabel() {
        YearMonth m = parsed(month);
        return m == null ? month : monthLabel(m, locale());
    }

    // ---- the execution -----------------------------------------------------------------------------

    private JobStatus status() {
        if (status == null && executionId() != null) {
            status = Feedback.attempt(() -> jobs.status(executionId()), "close.stale").orElse(null);
        }
        return status;
    }

    /** Whether an execution is followed on the page. */
    public boolean isFollowing() {
        return status() != null;
    }

    public boolean isEnded() {
        return status() == null || status().ended();
    }

    public boolean isStoppable() {
        return status() != null && List.of("STARTING", "STARTED").contains(status().state());
    }

    public boolean isRestartable() {
        return status() != null && List.of("FAILED", "STOPPED").contains(status().state());
    }

    public long getExecutionNumber() {
        return status().id();
    }

    public String getJob() {
        return word("close.job." + status().job(), status().job());
    }

    public String getState() {
        return status().state();
    }

    public String getStateLabel() {
        return word("close.state." + status().state(), status().state());
    }

    /** What the execution did beyond its state (e.g. the agreements a run of all could not close), or empty. */
    public String getOutcome() {
        String exit = status().exitStatus();
        if (exit == null || exit.equals(status().state()) || exit.startsWith(FAILED)) {
            return "";
        }
        return exit;
    }

    /** Why the execution failed, in the words of the close, or empty. */
    public String getFailure() {
        String exit = status().exitStatus();
        return "FAILED".equals(status().state()) && exit != null && exit.startsWith(FAILED)
                ? exit.substring(FAILED.length()) : "";
    }

    public String getStartedAt() {
        return time(status().startedAt() != null ? status().startedAt() : status().createdAt());
    }

    public String getEndedAt() {
        return time(status().endedAt());
    }

    /** The execution's steps in the order they started. */
    public List<StepLine> getSteps() {
        return status().steps().stream().map(s -> new StepLine(word("close.step." + s.name(), s.name()),
                word("close.state." + s.state(), s.state()), s.read(), s.written(), s.skipped())).toList();
    }

    /** One step of the execution with its counts. */
    public record StepLine(String name, String state, long read, long written, long skipped) {
    }

    // ---- the results -------------------------------------------------------------------------------

    /** The results of the chosen month, of the chosen agreement or of every one the caller may read. */
    public List<ResultLine> getResults() {
        if (lines == null) {
            YearMonth m = parsed(month);
            ResourceBundle texts = Feedback.texts();
            lines = m == null ? List.of() : results.list(agreementId(), m).stream()
                    .map(r -> ResultLine.of(r, texts)).toList();
        }
        return lines;
    }

    /** The exports offered for each result, by their file name extension. */
    public List<String> getFormats() {
        return List.of("pdf", "xlsx", "csv", "json");
    }

    /** The language the exports are written in: the page's. */
    public String getLanguage() {
        return locale().getLanguage();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static YearMonth parsed(String value) {
        try {
            return value == null ? null : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Long agreementId() {
        return agreement == null || agreement.isBlank() ? null : Long.valueOf(agreement.strip());
    }

    private Long executionId() {
        try {
            return execution == null || execution.isBlank() ? null : Long.valueOf(execution.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A month in the reader's words, "November 2026", "Ноябрь 2026", "Listopad 2026". */
    static String monthLabel(YearMonth month, Locale locale) {
        String label = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        return label.substring(0, 1).toUpperCase(locale) + label.substring(1);
    }

    private static String time(Instant instant) {
        return instant == null ? AgreementRows.NOTHING : TIME.format(instant);
    }

    /** The bundle's word for a key made of a code, or the code itself where the bundle has none. */
    private static String word(String key, String code) {
        try {
            return Feedback.texts().getString(key);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    // ---- view parameters and inputs ----------------------------------------------------------------

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public String getExecution() {
        return execution;
    }

    public void setExecution(String execution) {
        this.execution = execution;
    }
}
