package org.servicelevel.interfaces.web.compliance;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.report.ComplianceService;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.report.Compliance.Bar;
import org.servicelevel.domain.model.report.Compliance.Dimension;
import org.servicelevel.domain.model.report.Compliance.ResolvedTicket;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.agreement.AgreementRows;
import org.servicelevel.interfaces.web.close.MonthCloseBean.Choice;
import org.servicelevel.interfaces.web.close.ResultPage;
import org.servicelevel.interfaces.web.compliance.ComplianceCharts.BarLine;

/**
 * SLA compliance of a period: for one agreement or every one the viewer sees, the tickets resolved
 * in the period met and breached, per priority, assignee, service and request type, each as a stacked
 * bar chart with its counts beneath; a bar clicked (or a count in the table) lists the tickets behind
 * it. The period and agreement are view parameters, so the page can be bookmarked; without a period
 * it shows the previous month. The service applies the viewer's organisation.
 */
@Named
@ViewScoped
public class ComplianceBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter RESOLVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private ComplianceService compliance;

    @Inject
    private AgreementService agreements;

    /** The period and agreement as the address gives them. */
    private String fromParam;
    private String toParam;
    private String agreement;

    private LocalDate from;
    private LocalDate to;
    private transient ComplianceService.Figures figures;
    private transient List<Choice> agreementChoices;
    private transient List<Section> sections;

    /** The bar whose tickets are listed, and whether its breached or met ones; {@code null}: none. */
    private Dimension drillDimension;
    private int drillIndex;
    private Boolean drillBreached;
    private transient List<TicketLine> drilled;

    /** One section of the page: a breakdown with its bars, as table rows and as a chart. */
    public record Section(Dimension dimension, String title, List<BarLine> bars, String chart) {
    }

    /** A ticket behind a bar, as the list shows it. */
    public record TicketLine(long id, String number, String title, String agreement, String priority, String assignee,
                             String service, String resolvedAt, String resolutionTime, String target, boolean breached) {
    }

    /**
     * Reads the view parameters: days that are not dates are said so and the previous month is shown;
     * an agreement that does not exist or is hidden from the viewer gives 404.
     */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        YearMonth previous = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        from = parsed(fromParam);
        to = parsed(toParam);
        if (from == null || to == null) {
            from = previous.atDay(1);
            to = previous.atEndOfMonth();
        }
        try {
            if (agreementId() != null) {
                agreements.find(agreementId());
            }
        } catch (NumberFormatException | NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such agreement");
            faces.responseComplete();
        }
    }

    private static LocalDate parsed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            Feedback.error(Feedback.text("compliance.param.invalid", value));
            return null;
        }
    }

    /**
     * Shows the chosen period as a bookmarkable address; a period that ends before it starts or is
     * longer than a year is said so beside the last day.
     */
    public String show() {
        if (to.isBefore(from)) {
            fieldError("complianceForm:to", Feedback.text("compliance.to.beforeFrom"));
            return null;
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > ComplianceService.MAX_DAYS) {
            fieldError("complianceForm:to", Feedback.text("compliance.to.tooLong", ComplianceService.MAX_DAYS));
            return null;
        }
        fromParam = from.toString();
        toParam = to.toString();
        return "/app/compliance?faces-redirect=true&includeViewParams=true";
    }

    private static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    // ---- the figures -------------------------------------------------------------------------------

    private ComplianceService.Figures figures() {
        if (figures == null) {
            figures = Feedback.attempt(() -> compliance.figures(from, to, agreementId()), "compliance.stale")
                    .orElse(null);
        }
        return figures;
    }

    /** Whether there is anything to show: the period was read. */
    public boolean isShown() {
        return figures() != null;
    }

    public long getMet() {
        return figures().total().met();
    }

    public long getBreached() {
        return figures().total().breached();
    }

    public String getMetShare() {
        return ComplianceCharts.share(getMet(), getMet() + getBreached());
    }

    /** The four breakdowns in the order shown. */
    public List<Section> getSections() {
        if (sections != null) {
            return sections;
        }
        ResourceBundle texts = Feedback.texts();
        List<Section> built = new ArrayList<>();
        Map<Dimension, List<Bar>> bars = figures().bars();
        for (Dimension dimension : Dimension.values()) {
            List<BarLine> lines = bars.get(dimension).stream().map(b -> ComplianceCharts.line(dimension, b, texts))
                    .toList();
            built.add(new Section(dimension, texts.getString("compliance.by." + dimension.name()), lines,
                    ComplianceCharts.chart(lines, texts)));
        }
        sections = built;
        return built;
    }

    // ---- the drill-down ----------------------------------------------------------------------------

    /** Lists the tickets of bar {@code index} of the breakdown, breached or met. */
    public void select(String dimension, int index, boolean breached) {
        drillDimension = Dimension.valueOf(dimension);
        drillIndex = index;
        drillBreached = breached;
        drilled = null;
    }

    /**
     * A bar of a chart was clicked: the chart sends the bar's index and the data set (0 met, 1
     * breached) as request parameters of its {@code itemSelect} event.
     */
    public void barSelected(String dimension) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        select(dimension, Integer.parseInt(parameters.get("itemIndex")), "1".equals(parameters.get("dataSetIndex")));
    }

    /** Whether a bar's tickets are listed. */
    public boolean isDrilling() {
        return drillDimension != null && drillIndex < figures().bars().get(drillDimension).size();
    }

    /** "Breached tickets of Priority 1". */
    public String getDrillTitle() {
        Bar bar = figures().bars().get(drillDimension).get(drillIndex);
        return Feedback.text(drillBreached ? "compliance.drill.breached" : "compliance.drill.met",
                ComplianceCharts.label(drillDimension, bar.key(), Feedback.texts()));
    }

    public List<TicketLine> getDrilled() {
        if (drilled == null && isDrilling()) {
            Bar bar = figures().bars().get(drillDimension).get(drillIndex);
            drilled = Feedback.attempt(() -> compliance.tickets(from, to, agreementId(), drillDimension, bar.key(),
                    drillBreached), "compliance.stale").orElse(List.of()).stream().map(ComplianceBean::line).toList();
        }
        return drilled == null ? List.of() : drilled;
    }

    private static TicketLine line(ResolvedTicket t) {
        return new TicketLine(t.id(), t.number(), t.title(), t.agreement(),
                t.priority() == null ? AgreementRows.NOTHING : t.priority().toString(),
                t.assignee() == null ? AgreementRows.NOTHING : t.assignee(), t.service(),
                resolved(t.resolvedAt(), t.zone()),
                ResultPage.hms(t.resolutionTime()), ResultPage.hms(t.target()), t.breached());
    }

    /**
     * When a ticket was resolved, in its agreement's zone (the zone the period's days are read in), with
     * the zone named: a list over several agreements can mix zones.
     */
    static String resolved(Instant instant, String zone) {
        return instant == null ? AgreementRows.NOTHING : RESOLVED.format(instant.atZone(ZoneId.of(zone))) + " " + zone;
    }

    // ---- the form ----------------------------------------------------------------------------------

    /** The agreements the viewer may see, as "number · title". */
    public List<Choice> getAgreements() {
        if (agreementChoices == null) {
            agreementChoices = Choice.agreements(agreements);
        }
        return agreementChoices;
    }

    private Long agreementId() {
        return agreement == null || agreement.isBlank() ? null : Long.valueOf(agreement.strip());
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getToParam() {
        return toParam;
    }

    public void setToParam(String toParam) {
        this.toParam = toParam;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
