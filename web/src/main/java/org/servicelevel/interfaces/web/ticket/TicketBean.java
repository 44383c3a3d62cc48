package org.servicelevel.interfaces.web.ticket;

import static org.servicelevel.domain.Texts.strippedOrNull;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.application.ticket.TicketChange;
import org.servicelevel.application.ticket.TicketDetails;
import org.servicelevel.application.ticket.TicketEventDetails;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * One ticket: what it is about, its SLA clocks, its history and comments, the status moves open to
 * the caller now and, for support staff, the change of priority, assignee and support group, and the
 * assignment of an agreement to a ticket registered without one ("No agreement"). Status
 * moves and field changes send the ticket's version as it was when the page was loaded, so a change
 * someone else made meanwhile is refused instead of acted on blindly.
 */
@Named
@ViewScoped
public class TicketBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketService tickets;

    @Inject
    private AgreementService agreements;

    @Inject
    private SupportGroupService supportGroups;

    @Inject
    private IdentityService identity;

    private String id;
    private long ticketId;
    private long loadedVersion;
    private transient TicketDetails details;
    private transient List<TicketRows.MoveLine> transitions;
    private transient List<TicketEventDetails> history;
    private transient Map<String, String> statusNames;
    private transient java.util.Set<String> cancelling;
    private transient List<TicketRows.Option> staff;
    private transient List<TicketRows.PriorityOption> priorities;
    private transient List<TicketRows.Option> groups;
    private String note;
    private String commentText;
    private boolean visibleToCustomer;
    private boolean noteVisibleToCustomer;
    private Integer priority;
    private String priorityReason;
    private String assignee;
    private String supportGroup;
    private String newAgreement;
    private Integer agreementPriority;

    /** Loads the ticket named by the {@code id} view parameter; a malformed, missing or hidden one gives 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ticketId = Long.parseLong(id == null ? "" : id.strip());
            details = tickets.find(ticketId, null);
        } catch (NumberFormatException | NotFoundException e) {
            details = null;
        }
        if (details == null) {
            faces.getExternalContext().responseSendError(404, "No such ticket");
            faces.responseComplete();
        } else {
            loadedVersion = details.version();
            priority = details.priority();
            assignee = details.assignee();
            supportGroup = details.supportGroup();
        }
    }

    private TicketDetails details() {
        if (details == null) {
            details = tickets.find(ticketId, null);
        }
        return details;
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Moves the ticket to the status {@code to}, with the note if one was written. */
    public String move(String to) {
        return change(() -> tickets.transition(ticketId, loadedVersion, to, strippedOrNull(note),
                        isCustomerUser() || noteVisibleToCustomer),
                changed -> AgreementRows.format(texts(), "ticket.moved", changed.number(),
                        StatusTexts.status(changed.status(), changed.statusName(), texts())));
    }

    /** Adds the comment; support staff choose whether the customer sees it, a customer's own always do. */
    public String comment() {
        boolean visible = isCustomerUser() || visibleToCustomer;
        return change(() -> tickets.comment(ticketId, commentText, visible),
                changed -> AgreementRows.format(texts(), visible ? "ticket.commented" : "ticket.commentedInternally",
                        changed.number()));
    }

    /** Changes what support staff changed of priority (with the reason), assignee and support group. */
    public String update() {
        if (!isStaff()) {
            error(texts().getString("ticket.notAllowed"));
            return null;
        }
        TicketDetails shown = details();
        boolean priorityChanged = priority != null && !priority.equals(shown.priority());
        boolean assignmentChanged = !Objects.equals(strippedOrNull(assignee), shown.assignee())
                || !Objects.equals(strippedOrNull(supportGroup), shown.supportGroup());
        if (!priorityChanged && !assignmentChanged) {
            info(texts().getString("ticket.unchanged"));
            return null;
        }
        if (priorityChanged && strippedOrNull(priorityReason) == null) {
            FacesContext.getCurrentInstance().addMessage("changeForm:priorityReason", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, texts().getString("ticket.change.reason.required"),
                    null));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        TicketChange change = new TicketChange(null, null, null, null, null, priorityChanged ? priority : null,
                priorityChanged ? strippedOrNull(priorityReason) : null,
                assignmentChanged ? Objects.requireNonNullElse(assignee, "") : null,
                assignmentChanged ? Objects.requireNonNullElse(supportGroup, "") : null, null);
        return change(() -> tickets.update(ticketId, loadedVersion, change),
                changed -> AgreementRows.format(texts(), "ticket.updated", changed.number()));
    }

    /** Puts a ticket without an agreement under the SLA named, with the priority if one was given. */
    public String assignAgreement() {
        if (!isStaff()) {
            error(texts().getString("ticket.notAllowed"));
            return null;
        }
        return change(() -> tickets.assignAgreement(ticketId, loadedVersion, newAgreement, agreementPriority),
                changed -> AgreementRows.format(texts(), "ticket.agreementAssigned", changed.number(),
                        AgreementRows.format(texts(), "ticket.agreementVersion", changed.agreement(),
                                changed.agreementVersion())));
    }

    /**
     * Runs a change and shows the ticket again (a redirect, so reloading the page does not repeat it);
     * the service's refusals become messages on this page.
     */
    private String change(Supplier<TicketDetails> action, Function<TicketDetails, String> done) {
        return Feedback.changeAndRedirect(action, done, "ticket.stale",
                changed -> "/app/ticket?faces-redirect=true&includeViewParams=true");
    }

    private static void error(String text) {
        Feedback.error(text);
    }

    private static void info(String text) {
        Feedback.info(text);
    }

    private static ResourceBundle texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** Whether the caller is the provider's: they change priority and assignment and write internal notes. */
    public boolean isStaff() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return !external.isUserInRole(Role.Names.CUSTOMER) && (external.isUserInRole(Role.Names.ADMIN)
                || external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.AGENT)
                || external.isUserInRole(Role.Names.INTEGRATION));
    }

    /** Whether the caller is a customer's user: everything they write is visible to the customer. */
    public boolean isCustomerUser() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.CUSTOMER);
    }

    // ---- header ------------------------------------------------------------------------------------

    private ZoneId zone() {
        return TicketRows.zone(details());
    }

    private String instant(Instant instant) {
        return AgreementRows.instant(instant, zone());
    }

    private Map<String, String> statusNames() {
        if (statusNames == null) {
            statusNames = new LinkedHashMap<>();
            cancelling = new java.util.HashSet<>();
            tickets.statuses().forEach(s -> {
                statusNames.put(s.code(), StatusTexts.status(s.code(), s.name(), texts()));
                if (s.category() == StatusCategory.CANCELLED) {
                    cancelling.add(s.code());
                }
            });
        }
        return statusNames;
    }

    public String getNumber() {
        return details().number();
    }

    public String getTitle() {
        return details().title();
    }

    public String getDescription() {
        return details().description();
    }

    public String getCustomer() {
        return TicketRows.party(details().customer(), details().customerName());
    }

    public String getRequester() {
        TicketDetails d = details();
        String name = d.requesterName() != null ? d.requesterName() : d.requesterUsername();
        if (name == null) {
            return d.requesterEmail() == null ? TicketRows.NOTHING : d.requesterEmail();
        }
        return d.requesterEmail() == null ? name : name + " <" + d.requesterEmail() + ">";
    }

    public String getService() {
        TicketDetails d = details();
        return d.serviceName() == null ? d.service() : d.service() + " · " + d.serviceName();
    }

    /** Whether no agreement governs the ticket: no selection rule found one and none was assigned yet. */
    public boolean isWithoutAgreement() {
        return details().withoutAgreement();
    }

    public Long getAgreementId() {
        return details().agreementId();
    }

    public Integer getAgreementVersion() {
        return details().agreementVersion();
    }

    public String getAgreement() {
        return isWithoutAgreement() ? texts().getString("ticket.noAgreement")
                : AgreementRows.format(texts(), "ticket.agreementVersion", details().agreement(),
                details().agreementVersion());
    }

    public String getPriority() {
        return TicketRows.priority(details().priority(), details().priorityName());
    }

    public String getStatus() {
        return StatusTexts.status(details().status(), details().statusName(), texts());
    }

    public String getStatusCategory() {
        return details().statusCategory().name();
    }

    public String getAssignee() {
        return details().assignee() == null ? TicketRows.NOTHING : details().assignee();
    }

    public String getSupportGroup() {
        TicketDetails d = details();
        if (d.supportGroup() == null) {
            return TicketRows.NOTHING;
        }
        return d.supportLine() == null ? d.supportGroup()
                : AgreementRows.format(texts(), "ticket.supportLine", d.supportGroup(), d.supportLine());
    }

    public String getImpact() {
        return AgreementRows.level(details().impact(), texts());
    }

    public String getUrgency() {
        return AgreementRows.level(details().urgency(), texts());
    }

    public String getRequestType() {
        return details().requestType() == null ? TicketRows.NOTHING : details().requestType();
    }

    public String getChannel() {
        return texts().getString("ticket.channel." + details().channel().name());
    }

    public String getRegisteredAt() {
        return instant(details().registeredAt());
    }

    public String getFirstResponseAt() {
        return instant(details().firstResponseAt());
    }

    public String getResolvedAt() {
        return instant(details().resolvedAt());
    }

    public String getClosedAt() {
        return instant(details().closedAt());
    }

    public String getTimeZone() {
        return zone().getId();
    }

    public String getCalendar() {
        return details().calendar();
    }

    public String getClocksAsOf() {
        return instant(details().clocksAsOf());
    }

    // ---- clocks, history, comments, moves ----------------------------------------------------------

    public List<TicketRows.ClockLine> getClocks() {
        return TicketRows.clocks(details(), statusNames(), texts(), tickets.atRiskShare());
    }

    private List<TicketEventDetails> history() {
        if (history == null) {
            history = tickets.history(ticketId);
        }
        return history;
    }

    public List<TicketRows.EventLine> getHistory() {
        return TicketRows.history(history(), zone(), statusNames(), texts());
    }

    public List<TicketRows.EventLine> getComments() {
        return getHistory().stream().filter(e -> e.type().equals("COMMENT")).toList();
    }

    public List<TicketRows.MoveLine> getTransitions() {
        if (transitions == null) {
            transitions = tickets.transitions(ticketId).stream()
                    .map(t -> new TicketRows.MoveLine(t.to(), StatusTexts.move(details().status(), t.to(), t.name(),
                            texts()), StatusTexts.status(t.to(), t.toName(), texts()), cancels(t.to()))).toList();
        }
        return transitions;
    }

    /** Whether a move to the status cancels the ticket: the page styles it as dangerous and asks first. */
    private boolean cancels(String status) {
        statusNames();
        return cancelling.contains(status);
    }

    // ---- staff's change of priority and assignment -------------------------------------------------

    /** The support staff a ticket can be assigned to, and the ticket's assignee if no longer one of them. */
    public List<TicketRows.Option> getAssignees() {
        if (staff == null) {
            List<TicketRows.Option> people = new java.util.ArrayList<>(identity.staff().stream()
                    .map(c -> new TicketRows.Option(c.username(), TicketRows.person(c.username(), c.displayName())))
                    .toList());
            String current = details().assignee();
            if (current != null && people.stream().noneMatch(o -> o.value().equals(current))) {
                people.add(0, new TicketRows.Option(current, current));
            }
            staff = List.copyOf(people);
        }
        return staff;
    }

    /**
     * The priorities of the ticket's agreement version (only the current one if it cannot be read);
     * none without an agreement.
     */
    public List<TicketRows.PriorityOption> getPriorities() {
        if (priorities == null) {
            TicketDetails d = details();
            if (d.withoutAgreement()) {
                priorities = List.of();
                return priorities;
            }
            try {
                AgreementTerms terms = agreements.findVersion(d.agreementId(), d.agreementVersion()).effectiveTerms();
                priorities = terms.priorities().stream()
                        .map(p -> new TicketRows.PriorityOption(p.number(), TicketRows.priority(p.number(), p.name())))
                        .toList();
            } catch (NotFoundException e) {
                priorities = List.of();
            }
            if (priorities.stream().noneMatch(p -> d.priority().equals(p.number()))) {
                priorities = List.of(new TicketRows.PriorityOption(d.priority(), getPriority()));
            }
        }
        return priorities;
    }

    public List<TicketRows.Option> getSupportGroups() {
        if (groups == null) {
            groups = supportGroups.list().stream().map(g -> new TicketRows.Option(g.code(), g.lineLevel() == null
                    ? g.code() + " · " + g.name()
                    : g.code() + " · " + g.name() + " (" + AgreementRows.format(texts(), "agreement.extension.level",
                    g.lineLevel()) + ")")).toList();
        }
        return groups;
    }

    // ---- view parameters and inputs ----------------------------------------------------------------

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public boolean isNoteVisibleToCustomer() {
        return noteVisibleToCustomer;
    }

    public void setNoteVisibleToCustomer(boolean noteVisibleToCustomer) {
        this.noteVisibleToCustomer = noteVisibleToCustomer;
    }

    public boolean isVisibleToCustomer() {
        return visibleToCustomer;
    }

    public void setVisibleToCustomer(boolean visibleToCustomer) {
        this.visibleToCustomer = visibleToCustomer;
    }

    public Integer getNewPriority() {
        return priority;
    }

    public void setNewPriority(Integer priority) {
        this.priority = priority;
    }

    public String getPriorityReason() {
        return priorityReason;
    }

    public void setPriorityReason(String priorityReason) {
        this.priorityReason = priorityReason;
    }

    public String getNewAssignee() {
        return assignee;
    }

    public void setNewAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getNewAgreement() {
        return newAgreement;
    }

    public void setNewAgreement(String newAgreement) {
        this.newAgreement = newAgreement;
    }

    public Integer getAgreementPriority() {
        return agreementPriority;
    }

    public void setAgreementPriority(Integer agreementPriority) {
        this.agreementPriority = agreementPriority;
    }

    public String getNewSupportGroup() {
        return supportGroup;
    }

    public void setNewSupportGroup(String supportGroup) {
        this.supportGroup = supportGroup;
    }
}
