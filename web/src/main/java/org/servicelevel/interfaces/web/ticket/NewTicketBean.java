package org.servicelevel.interfaces.web.ticket;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * Registers a ticket from the screens. A customer's user names the service and what is wrong; the
 * ticket is their organisation's and they are its requester. Support staff also choose the customer
 * and may name the agreement and priority, otherwise the selection rules choose them. The services
 * offered are those of the SLAs in force for the customer.
 */
@Named
@ViewScoped
public class NewTicketBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketService tickets;

    @Inject
    private AgreementService agreements;

    @Inject
    private CustomerService customers;

    private String customer;
    private String service;
    private String agreement;
    private Integer priority;
    private String title;
    private String description;
    private transient List<TicketRows.Option> customerOptions;

    /** Registers the ticket and shows it. */
    public String create() {
        boolean staff = isStaff();
        TicketDraft draft = new TicketDraft(staff ? customer : null, null, null, null, title, description, service,
                staff ? agreement : null, staff ? priority : null, null, null, null, null, Channel.PORTAL, null, null, null, null,
                null, null);
        return Feedback.changeAndRedirect(() -> tickets.create(draft, null, null).ticket(),
                created -> AgreementRows.format(texts(), "ticket.created", created.number()), "ticket.stale",
                created -> "/app/ticket?faces-redirect=true&id=" + created.id());
    }

    private static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** Whether the caller registers tickets for any customer (the provider's staff). */
    public boolean isStaff() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return !external.isUserInRole(Role.Names.CUSTOMER) && (external.isUserInRole(Role.Names.ADMIN)
                || external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.AGENT)
                || external.isUserInRole(Role.Names.INTEGRATION));
    }

    // ---- choices -----------------------------------------------------------------------------------

    public List<TicketRows.Option> getCustomers() {
        if (customerOptions == null) {
            customerOptions = isStaff() ? customers.list().stream()
                    .map(c -> new TicketRows.Option(c.code(), TicketRows.party(c.code(), c.name()))).toList()
                    : List.of();
        }
        return customerOptions;
    }

    /** The SLAs in force today for the chosen customer (for a customer's user, their own). */
    private List<AgreementDetails> slas() {
        if (isStaff() && (customer == null || customer.isBlank())) {
            return List.of();
        }
        return agreements.list(AgreementType.SLA, null, isStaff() ? customer : null, false).stream()
                .filter(AgreementDetails::monitoredToday).toList();
    }

    /** The services of those SLAs, each once. */
    public List<TicketRows.Option> getServices() {
        Map<String, TicketRows.Option> services = new LinkedHashMap<>();
        for (AgreementDetails sla : slas()) {
            sla.effectiveTerms().services().forEach(s -> services.putIfAbsent(s.code(),
                    new TicketRows.Option(s.code(), s.code() + " · " + s.name())));
        }
        return List.copyOf(services.values());
    }

    public List<TicketRows.Option> getAgreements() {
        return slas().stream().map(a -> new TicketRows.Option(a.number(), a.number() + " · " + a.title())).toList();
    }

    /** Forgets the service and agreement chosen for another customer. */
    public void customerChanged() {
        service = null;
        agreement = null;
    }

    // ---- inputs ------------------------------------------------------------------------------------

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
