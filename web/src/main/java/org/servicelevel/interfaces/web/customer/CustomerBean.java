package org.servicelevel.interfaces.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.interfaces.web.Codes;
import org.servicelevel.interfaces.web.FieldFeedback;
import org.servicelevel.interfaces.web.FieldPlaces;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.Viewer;

/**
 * One customer: a new one (no {@code id} parameter; managers and administrators only) or an existing
 * one, which managers and administrators change and everyone else reads. A change is sent with the
 * version the page loaded: when someone else changed the customer meanwhile, the form keeps the
 * reader's entries and shows the other version beside them, to be overwritten or reloaded.
 */
@Named
@ViewScoped
public class CustomerBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "customerForm";

    @Inject
    private CustomerService customers;

    @Inject
    private AgreementService agreements;

    private String id;
    private long customerId = -1;
    private long loadedVersion;
    private String code;
    private String name;
    private String coordinatorName;
    private String coordinatorEmail;
    private String coordinatorPhone;
    private transient CustomerDetails theirs;
    private transient List<AgreementDetails> agreementList;

    /** Reads the customer of the {@code id} parameter (404 if none), or opens an empty form for a new one (403 unless a manager). */
    public void load() throws IOException {
        customerId = Viewer.open(id, customers::find, this::show);
    }

    private void show(CustomerDetails c) {
        loadedVersion = c.version();
        code = c.code();
        name = c.name();
        coordinatorName = c.coordinatorName();
        coordinatorEmail = c.coordinatorEmail();
        coordinatorPhone = c.coordinatorPhone();
    }

    /** Creates or changes the customer and shows it; refusals stay on the form beside their fields. */
    public String save() {
        if (!Viewer.isManager()) {
            Feedback.error(Feedback.text("customer.notAllowed"));
            return null;
        }
        CustomerChange change = new CustomerChange(isCreating() ? code : null, name, coordinatorName, coordinatorEmail,
                coordinatorPhone);
        theirs = null;
        return FieldFeedback.changeAndRedirect(
                () -> isCreating() ? customers.create(change) : customers.update(customerId, loadedVersion, change),
                saved -> Feedback.text(isCreating() ? "customer.created" : "customer.saved", saved.code()),
                "customer.stale", places(), this::conflict,
                saved -> "/app/customer?faces-redirect=true&id=" + saved.id());
    }

    /** After a conflict: saves the reader's entries over the version someone else saved. */
    public String overwrite() {
        if (theirs != null) {
            loadedVersion = theirs.version();
        }
        return save();
    }

    private void conflict() {
        theirs = customers.find(customerId);
    }

    FieldPlaces places() {
        return new FieldPlaces(FORM)
                .field("code", "code", () -> Feedback.text(Codes.wellFormed(code) ? "customer.code.taken"
                        : "customer.code.invalid"))
                .field("name", "name", () -> Feedback.text("customer.name.required"))
                .field("coordinatorName", "coordinatorName", () -> Feedback.text("customer.coordinatorName.invalid"))
                .field("coordinatorEmail", "coordinatorEmail", () -> Feedback.text("customer.coordinatorEmail.invalid"))
                .field("coordinatorPhone", "coordinatorPhone", () -> Feedback.text("customer.coordinatorPhone.invalid"));
    }

    /** The customer's agreements, for links to them. */
    public List<AgreementDetails> getAgreements() {
        if (agreementList == null) {
            agreementList = isCreating() ? List.of() : agreements.list(null, null, code, false);
        }
        return agreementList;
    }

    public boolean isCreating() {
        return customerId < 0;
    }

    public String getCodePattern() {
        return Codes.PATTERN;
    }

    public boolean isEditable() {
        return Viewer.isManager();
    }

    public CustomerDetails getTheirs() {
        return theirs;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Codes.stripped(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
    }

    public String getCoordinatorPhone() {
        return coordinatorPhone;
    }

    public void setCoordinatorPhone(String coordinatorPhone) {
        this.coordinatorPhone = coordinatorPhone;
    }
}
