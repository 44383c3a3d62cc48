package org.servicelevel.interfaces.web.agreement.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.servicelevel.application.agreement.AgreementChange;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.supportgroup.SupportGroupDetails;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.web.Feedback;

/**
 * A new agreement: its type, the parties the type binds (an SLA's customer, an OLA's or UC's
 * provider group and the consuming group), an optional parent of the same type, the number, title,
 * validity, review date and time zone. The service creates it as a draft with empty terms and the
 * page goes on to the terms editor of that draft.
 */
@Named
@ViewScoped
public class NewAgreementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private CustomerService customers;

    @Inject
    private SupportGroupService groups;

    private AgreementType type = AgreementType.SLA;
    private String number;
    private String title;
    private String customer;
    private String providerGroup;
    private String consumerGroup;
    private String parent;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate reviewDate;
    private String timeZone = ZoneId.systemDefault().getId();
    private final FieldErrors errors = new FieldErrors(FieldErrors.HEADER_FIELDS);
    private transient List<CustomerDetails> customerList;
    private transient List<SupportGroupDetails> groupList;

    /** Refuses the page to a caller who may not create agreements. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        if (!external.isUserInRole(Role.Names.MANAGER) && !external.isUserInRole(Role.Names.ADMIN)) {
            external.responseSendError(403, "Not allowed");
            faces.responseComplete();
        }
    }

    /** Creates the draft and opens its terms editor; the service's refusals are shown at the inputs. */
    public String create() {
        errors.clearAll();
        ResourceBundle texts = Feedback.texts();
        boolean sla = type == AgreementType.SLA;
        AgreementChange change = new AgreementChange(number, type, title, sla ? customer : null,
                sla ? null : providerGroup, sla ? null : consumerGroup, parent, blankToNull(timeZone), validFrom,
                validTo, reviewDate, null, null, List.of(), null, null);
        return Feedback.attempt(() -> {
            try {
                return agreements.create(change);
            } catch (InvalidInputException e) {
                errors.take(e.errors(), texts).forEach(Feedback::error);
                return null;
            }
        }, "agreement.stale").map((AgreementDetails created) -> {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Feedback.info(Feedback.text("newAgreement.created", created.number()));
            return "/app/agreement-edit?faces-redirect=true&id=" + created.id();
        }).orElse(null);
    }

    /** Switches the parties the form asks for to those of the chosen type. */
    public void typeChanged() {
        parent = null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<CustomerDetails> getCustomers() {
        if (customerList == null) {
            customerList = customers.list();
        }
        return customerList;
    }

    public List<SupportGroupDetails> getGroups() {
        if (groupList == null) {
            groupList = groups.list();
        }
        return groupList;
    }

    /** The agreements that may be the parent: those of the chosen type. */
    public List<AgreementDetails> getParents() {
        return agreements.list(type, null, null, false);
    }

    public List<String> getTimeZones() {
        return List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList());
    }

    public AgreementType[] getTypes() {
        return AgreementType.values();
    }

    public boolean isSla() {
        return type == AgreementType.SLA;
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public AgreementType getType() { return type; }
    public void setType(AgreementType type) { this.type = type; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public String getProviderGroup() { return providerGroup; }
    public void setProviderGroup(String providerGroup) { this.providerGroup = providerGroup; }
    public String getConsumerGroup() { return consumerGroup; }
    public void setConsumerGroup(String consumerGroup) { this.consumerGroup = consumerGroup; }
    public String getParent() { return parent; }
    public void setParent(String parent) { this.parent = parent; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public LocalDate getReviewDate() { return reviewDate; }
    public void setReviewDate(LocalDate reviewDate) { this.reviewDate = reviewDate; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
