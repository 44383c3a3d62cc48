package org.servicelevel.interfaces.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.selection.SelectionRuleChange;
import org.servicelevel.application.selection.SelectionRuleDetails;
import org.servicelevel.application.selection.SelectionRuleService;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.FieldFeedback;
import org.servicelevel.interfaces.web.FieldPlaces;
import org.servicelevel.interfaces.web.Viewer;
import org.servicelevel.interfaces.web.ticket.TicketRows;

/**
 * One selection rule: its conditions (customer, service, request type, channel, region, tags) and
 * its outcome (the SLA and, optionally, the priority), chosen from menus of names. Managers and
 * administrators create, change, disable and delete rules; other staff read them. Stale edits are
 * handled as on the customer page.
 */
@Named
@ViewScoped
public class SelectionRuleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "ruleForm";

    @Inject
    private SelectionRuleService rules;

    @Inject
    private CustomerService customers;

    @Inject
    private AgreementService agreements;

    private String id;
    private long ruleId = -1;
    private long loadedVersion;
    private Integer position;
    private String name;
    private boolean enabled = true;
    private final RuleConditions conditions = new RuleConditions();
    private String agreement;
    private Integer priority;
    private transient SelectionRuleDetails theirs;
    private transient List<AgreementDetails> slas;
    private transient List<TicketRows.Option> customerOptions;

    /** Reads the rule of the {@code id} parameter (404 if none), or opens an empty form for a new one (403 unless a manager). */
    public void load() throws IOException {
        ruleId = Viewer.open(id, rules::find, this::show);
    }

    private void show(SelectionRuleDetails r) {
        loadedVersion = r.version();
        position = r.position();
        name = r.name();
        enabled = r.enabled();
        conditions.setCustomer(r.customer());
        conditions.setService(r.service());
        conditions.setRequestType(r.requestType());
        conditions.setChannel(r.channel());
        conditions.setRegion(r.region());
        conditions.setTags(new ArrayList<>(r.tags()));
        agreement = r.agreement();
        priority = r.priority();
    }

    public String save() {
        if (!Viewer.isManager()) {
            Feedback.error(Feedback.text("rule.notAllowed"));
            return null;
        }
        SelectionRuleChange change = new SelectionRuleChange(position, name, enabled, conditions.getCustomer(),
                conditions.getService(), conditions.getRequestType(), conditions.getChannel(), conditions.getRegion(),
                conditions.tagSet(), agreement, priority);
        theirs = null;
        return FieldFeedback.changeAndRedirect(
                () -> isCreating() ? rules.create(change) : rules.update(ruleId, loadedVersion, change),
                saved -> Feedback.text(isCreating() ? "rule.created" : "rule.saved", saved.name()),
                "rule.stale", places(), this::conflict, saved -> "/app/selection-rules?faces-redirect=true");
    }

    public String overwrite() {
        if (theirs != null) {
            loadedVersion = theirs.version();
        }
        return save();
    }

    /** Deletes the rule as loaded (refused if someone changed it meanwhile). */
    public String delete() {
        if (!Viewer.isManager()) {
            Feedback.error(Feedback.text("rule.notAllowed"));
            return null;
        }
        String deleted = name;
        return Feedback.changeAndRedirect(() -> {
            rules.delete(ruleId, loadedVersion);
            return deleted;
        }, gone -> Feedback.text("rule.deleted", gone), "rule.stale", gone -> "/app/selection-rules?faces-redirect=true");
    }

    private void conflict() {
        theirs = rules.find(ruleId);
    }

    FieldPlaces places() {
        return new FieldPlaces(FORM)
                .field("name", "name", () -> Feedback.text("rule.name.required"))
                .field("position", "position", () -> Feedback.text("rule.position.invalid"))
                .field("customer", "customer", () -> Feedback.text(conditions.hasCustomer()
                        ? "rule.customer.unknown" : "rule.default.taken"))
                .field("service", "service", () -> Feedback.text("rule.service.uncovered"))
                .field("channel", "channel", () -> Feedback.text("rule.channel.invalid"))
                .field("agreement", "agreement", () -> Feedback.text(agreement == null || agreement.isBlank()
                        ? "rule.agreement.required" : "rule.agreement.unfit"))
                .field("priority", "priority", () -> Feedback.text("rule.priority.unknown"));
    }

    // ---- choices -----------------------------------------------------------------------------------

    public List<TicketRows.Option> getCustomers() {
        if (customerOptions == null) {
            customerOptions = RuleChoices.customers(customers.list());
        }
        return customerOptions;
    }

    private List<AgreementDetails> slas() {
        if (slas == null) {
            slas = RuleChoices.selectable(agreements.list(AgreementType.SLA, null,
                    conditions.customerOrNull(), false));
        }
        return slas;
    }

    public List<TicketRows.Option> getAgreements() {
        return RuleChoices.including(RuleChoices.agreements(slas()), agreement);
    }

    public List<TicketRows.Option> getServices() {
        return RuleChoices.including(RuleChoices.services(slas(), agreement), conditions.getService());
    }

    public List<RuleChoices.PriorityOption> getPriorities() {
        return RuleChoices.priorities(slas(), agreement);
    }

    /** Another customer: their SLAs are offered, and an SLA of someone else is no longer chosen. */
    public void customerChanged() {
        slas = null;
        if (slas().stream().noneMatch(a -> a.number().equals(agreement))) {
            agreement = null;
            priority = null;
        }
    }

    /** Another SLA: its own priorities are offered. */
    public void agreementChanged() {
        priority = null;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public boolean isCreating() {
        return ruleId < 0;
    }

    public boolean isEditable() {
        return Viewer.isManager();
    }

    public SelectionRuleDetails getTheirs() {
        return theirs;
    }

    // ---- inputs ------------------------------------------------------------------------------------

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public RuleConditions getConditions() {
        return conditions;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }
}
