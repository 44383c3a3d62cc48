package org.servicelevel.interfaces.web.agreement.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.servicelevel.application.agreement.AgreementChange;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.calendar.CalendarDetails;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.web.Feedback;

/**
 * The terms editor: the terms of a draft, or a new version of an agreement in force from a chosen
 * day ({@code from} view parameter; the form starts from the terms in force that day). Saving sends
 * the whole terms, with the header as it is, to the agreement service together with the agreement's
 * version as loaded: the service checks them (its refusals are shown next to the inputs) and refuses
 * a save over someone else's change, which leaves the form as typed.
 */
@Named
@ViewScoped
public class AgreementEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private CalendarService calendarService;

    @Inject
    private TicketService ticketService;

    private String id;
    private String from;
    private long agreementId;
    private long loadedVersion;
    private String number;
    private String title;
    private AgreementType type;
    private boolean draft;
    private LocalDate effectiveFrom;
    private String changeNote;
    private TermsForm form;
    private final FieldErrors errors = new FieldErrors(FieldErrors.TERMS_FIELDS);
    private transient AgreementTerms base;
    private transient AgreementTerms inherited;
    private transient List<TicketService.StatusOption> statuses;
    private transient List<String> calendars;

    /**
     * Loads the agreement named by {@code id}: 404 if there is none (or it is hidden), 403 for a
     * caller who may not change agreements.
     */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isManager()) {
            faces.getExternalContext().responseSendError(403, "Not allowed");
            faces.responseComplete();
            return;
        }
        AgreementDetails details;
        try {
            agreementId = Long.parseLong(id == null ? "" : id.strip());
            details = agreements.find(agreementId);
            draft = details.status() == AgreementStatus.DRAFT;
            effectiveFrom = draft || from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
            if (effectiveFrom != null) {
                details = agreements.findOn(agreementId, effectiveFrom);
            }
        } catch (NumberFormatException | DateTimeParseException | NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such agreement");
            faces.responseComplete();
            return;
        }
        loadedVersion = details.version();
        number = details.number();
        title = details.title();
        type = details.type();
        base = details.terms();
        form = TermsForm.of(details.terms(), details.calendarNames());
    }

    /**
     * Saves the terms through the service. A refusal keeps the form as typed: invalid fields get
     * their messages, a change someone else saved meanwhile is reported (nothing is overwritten).
     */
    public String save() {
        errors.clearAll();
        ResourceBundle texts = Feedback.texts();
        Optional<AgreementDetails> saved = Feedback.attempt(() -> {
            try {
                return agreements.update(agreementId, loadedVersion, change());
            } catch (InvalidInputException e) {
                List<String> elsewhere = errors.take(e.errors(), texts);
                elsewhere.forEach(Feedback::error);
                if (!errors.isEmpty()) {
                    Feedback.error(texts.getString("editor.invalid"));
                }
                return null;
            }
        }, "editor.stale");
        return saved.map(d -> {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Feedback.info(Feedback.text(draft ? "editor.saved" : "editor.savedVersion", d.number()));
            return "/app/agreement?faces-redirect=true&id=" + d.id();
        }).orElse(null);
    }

    /** The header as it is with the form's terms: an update of the terms alone. */
    private AgreementChange change() {
        AgreementDetails d = agreements.find(agreementId);
        return new AgreementChange(d.number(), d.type(), d.title(), code(d.customer()), code(d.providerGroup()),
                code(d.consumerGroup()), code(d.parent()), d.timeZone(), d.validFrom(), d.validTo(), d.reviewDate(),
                d.owner(), form.toTerms(base()), form.serviceCalendars(), draft ? null : effectiveFrom,
                changeNote == null || changeNote.isBlank() ? null : changeNote.strip());
    }

    private static String code(AgreementDetails.PartyRef party) {
        return party == null ? null : party.code();
    }

    /** The terms the parts the editor does not show come from: the draft's, or those of the chosen day. */
    private AgreementTerms base() {
        if (base == null) {
            AgreementDetails shown = draft || effectiveFrom == null ? agreements.find(agreementId)
                    : agreements.findOn(agreementId, effectiveFrom);
            base = shown.terms();
            // what the own terms may name without defining it: the parent's part of the effective terms
            inherited = shown.parent() == null ? null : shown.effectiveTerms();
        }
        return base;
    }

    // ---- live checks ---------------------------------------------------------------------------------

    /** Checks the penalty bands as typed with the terms' rules (gaps, overlaps, 0 to 100 %). */
    public void checkBands() {
        errors.clear("penaltyBands");
        AgreementTerms own = base();
        errors.take(form.problemsOf("penaltyBands", type, own, inherited), Feedback.texts());
    }

    // ---- rows ----------------------------------------------------------------------------------------

    public void addService() {
        form.addService();
    }

    public void addPriority() {
        form.addPriority();
    }

    public void addStatusLimit() {
        form.addStatusLimit();
    }

    public void addLineExtension() {
        form.addLineExtension();
    }

    public void addMetric() {
        form.addMetric();
    }

    public void addPenaltyBand() {
        form.addPenaltyBand();
    }

    public void addExtraPrice() {
        form.addExtraPrice();
    }

    // ---- choices -------------------------------------------------------------------------------------

    /** The calendars' names, for choosing each service's calendar. */
    public List<String> getCalendars() {
        if (calendars == null) {
            calendars = calendarService.list().stream().map(CalendarDetails::name).sorted().toList();
        }
        return calendars;
    }

    /** The ticket statuses, each by its name in the viewer's language where the bundle has one. */
    public List<TicketService.StatusOption> getStatuses() {
        if (statuses == null) {
            statuses = ticketService.statuses();
        }
        return statuses;
    }

    public String statusLabel(TicketService.StatusOption status) {
        ResourceBundle texts = Feedback.texts();
        String key = "editor.ticketStatus." + status.code();
        return texts.containsKey(key) ? texts.getString(key) : status.name();
    }

    public VolumeUnit[] getVolumeUnits() {
        return VolumeUnit.values();
    }

    public VolumePeriod[] getVolumePeriods() {
        return VolumePeriod.values();
    }

    public MetricKind[] getMetricKinds() {
        return MetricKind.values();
    }

    public ExtraServiceKind[] getExtraServiceKinds() {
        return ExtraServiceKind.values();
    }

    /** The weights' sum as shown: "100 %". */
    public String getWeightSum() {
        BigDecimal sum = form.getWeightSum();
        return sum.stripTrailingZeros().toPlainString() + " %";
    }

    public boolean isManager() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
    }

    // ---- state ---------------------------------------------------------------------------------------

    public FieldErrors getErrors() {
        return errors;
    }

    public TermsForm getForm() {
        return form;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getType() {
        return type == null ? null : type.name();
    }

    public boolean isDraft() {
        return draft;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        if (effectiveFrom != null && !effectiveFrom.equals(this.effectiveFrom)) {
            base = null;
        }
        this.effectiveFrom = effectiveFrom;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
