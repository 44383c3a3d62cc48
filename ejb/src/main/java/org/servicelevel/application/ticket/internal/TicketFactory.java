package org.servicelevel.application.ticket.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.application.ticket.TicketClocksChanged;
import org.servicelevel.application.ticket.TicketUnderAgreement;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.selection.AgreementSelector;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.selection.Selection;
import org.servicelevel.domain.model.selection.SelectionRuleRepository;
import org.servicelevel.domain.model.selection.TicketFacts;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupRepository;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;

/**
 * Registers tickets, live or imported: finds the customer, chooses the agreement, version, service
 * and priority (the ones given, checked against the agreement, or those of the selection rules) and
 * the support group, and numbers the ticket. When no selection rule finds an agreement, the setting
 * {@code servicelevel.tickets.without-agreement} decides: {@code REGISTER} (the default) registers the
 * ticket without one and records why in its history, {@code REFUSE} refuses it naming the field
 * {@code agreement}.
 *
 * <p>A ticket may come with an impact and an urgency (both or neither) instead of a priority: the
 * governing agreement's impact × urgency matrix then gives the priority. A priority given as well
 * wins over the matrix; an agreement without a matrix chooses the priority as if neither were given.
 * The ticket keeps its impact and urgency, and its history says how the priority was chosen.
 */
@Dependent
public class TicketFactory {

    static final String WITHOUT_AGREEMENT = "servicelevel.tickets.without-agreement";

    /** What becomes of a ticket no selection rule finds an agreement for. */
    enum WithoutAgreement {
        REGISTER, REFUSE;

        /** The setting's value, case-insensitive; an unknown value counts as the default, REGISTER. */
        static WithoutAgreement of(String value) {
            return value != null && value.strip().equalsIgnoreCase(REFUSE.name()) ? REFUSE : REGISTER;
        }
    }

    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    @Inject
    private TicketRepository tickets;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private SelectionRuleRepository rules;

    @Inject
    private SupportGroupRepository groups;

    @Inject
    private TicketClocks clocks;

    @Inject
    private Logger log;

    @Inject
    private Event<TicketUnderAgreement> underAgreement;

    @Inject
    private Event<TicketClocksChanged> clocksChanged;

    @Inject
    @ConfigProperty(name = WITHOUT_AGREEMENT, defaultValue = "REGISTER")
    private Provider<String> withoutAgreement;

    /**
     * Registers a ticket at {@code at}. For a customer user ({@code caller} with an organisation) the
     * customer is their organisation and they are the requester.
     */
    Ticket register(TicketDraft draft, Instant at, String actor, Caller customerUser) {
        Organisation customer = customer(draft, customerUser);
        if (draft.externalReference() != null && !draft.externalReference().isBlank()) {
            tickets.findByExternalReference(customer, draft.externalReference().strip()).ifPresent(existing -> {
                throw new ConflictException("Ticket " + existing.number() + " of " + customer.code()
                        + " already has the external reference " + draft.externalReference().strip());
            });
        }
        String requesterUsername = customerUser != null ? customerUser.username() : draft.requesterUsername();
        String requesterName = customerUser != null ? customerUser.displayName() : draft.requesterName();
        if (customerUser != null) {
            requireCustomerChoices(draft, customerUser);
        }
        requireBothLevels(draft);
        Choice choice = choose(draft, customer, at, customerUser != null);
        SupportGroup group = group("supportGroup", draft.supportGroup());
        Ticket ticket = new Ticket(tickets.nextNumber(), new Ticket.Registration(customer, requesterUsername,
                requesterName, draft.requesterEmail(), draft.title(), draft.description(), choice.service(),
                choice.agreement(), choice.version(), choice.priority(), draft.impact(), draft.urgency(),
                draft.requestType(), draft.tags(),
                draft.channel(), draft.region(), customerUser == null ? draft.assignee() : null,
                customerUser == null ? group : null, draft.externalReference()),
                tickets.statusModel().initial(), at, actor, customerUser != null);
        if (choice.agreement() == null) {
            ticket.recordWithoutAgreement(choice.withoutAgreementReason());
        } else if (choice.priorityNote() != null) {
            ticket.recordPriorityDerivation(choice.priorityNote());
        }
        if (draft.parent() != null && !draft.parent().isBlank()) {
            ticket.linkTo(parent(draft.parent(), customer), at, actor);
        }
        return ticket;
    }

    /**
     * The agreement chosen and what follows from it; without one, why none applied. {@code priorityNote}
     * says how the priority of a ticket registered with an impact and an urgency was chosen.
     */
    private record Choice(Agreement agreement, Integer version, String service, Integer priority,
                          String withoutAgreementReason, String priorityNote) {

        Choice(Agreement agreement, int version, String service, int priority) {
            this(agreement, version, service, priority, null, null);
        }
    }

    /**
     * The choice for a ticket the caller gave no priority: with an impact and an urgency, the priority
     * the agreement's matrix gives them (an agreement without a matrix keeps {@code otherwise}, chosen
     * for {@code otherwiseReason}), noted for the history; without them, {@code otherwise}.
     */
    private static Choice fromMatrix(TicketDraft draft, Agreement agreement, int version, AgreementTerms terms,
                                     String service, int otherwise, String otherwiseReason) {
        if (draft.impact() == null || draft.urgency() == null) {
            return new Choice(agreement, version, service, otherwise);
        }
        String levels = "impact " + draft.impact() + ", urgency " + draft.urgency();
        return terms.priorityFor(draft.impact(), draft.urgency())
                .map(p -> new Choice(agreement, version, service, p.number(), null, "Priority " + p.number() + " ("
                        + p.name() + ") from the impact × urgency matrix of " + agreement.number() + " v" + version
                        + ": " + levels))
                .orElseGet(() -> new Choice(agreement, version, service, otherwise, null, agreement.number() + " v"
                        + version + " has no impact × urgency matrix; " + levels + " recorded, priority " + otherwise
                        + " from " + otherwiseReason));
    }

    /** Impact and urgency come together: one of them alone chooses nothing. */
    private static void requireBothLevels(TicketDraft draft) {
        if (draft.impact() != null && draft.urgency() == null) {
            throw new InvalidFieldException("urgency", "Give the urgency with the impact (one of "
                    + List.of(MatrixLevel.values()) + "), or leave both out");
        }
        if (draft.urgency() != null && draft.impact() == null) {
            throw new InvalidFieldException("impact", "Give the impact with the urgency (one of "
                    + List.of(MatrixLevel.values()) + "), or leave both out");
        }
    }

    /**
     * What a customer user may not choose is refused rather than dropped: the priority (the agreement's
     * rules set it), the channels of the service desk (they register tickets through the portal, by
     * e-mail or over the API, never as phone calls or monitoring alerts), the assignment, and a
     * requester other than themselves.
     */
    static void requireCustomerChoices(TicketDraft draft, Caller customerUser) {
        if (given(draft.assignee()) || given(draft.supportGroup())) {
            throw new InvalidFieldException(given(draft.assignee()) ? "assignee" : "supportGroup", "The service desk"
                    + " assigns tickets; leave assignee and supportGroup out");
        }
        if (given(draft.requesterUsername()) && !draft.requesterUsername().strip().equals(customerUser.username())
                || given(draft.requesterName()) && !draft.requesterName().strip().equals(customerUser.displayName())) {
            throw new InvalidFieldException("requester", "You are the requester of the tickets you register; leave"
                    + " requester out");
        }
        if (draft.priority() != null) {
            throw new InvalidFieldException("priority", "The priority follows from your agreement and the kind of"
                    + " request; leave it out and describe the request");
        }
        if (draft.channel() == Channel.PHONE || draft.channel() == Channel.MONITORING) {
            throw new InvalidFieldException("channel", "Customers register tickets through PORTAL, EMAIL or API");
        }
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * The agreement, version, service and priority of a new ticket. For a customer user the answers
     * never name other customers' rules or agreements.
     */
    private Choice choose(TicketDraft draft, Organisation customer, Instant at, boolean forCustomer) {
        if (draft.agreement() == null || draft.agreement().isBlank()) {
            AgreementSelector.Result result = AgreementSelector.select(rules.findAll(), new TicketFacts(customer.code(),
                    draft.service(), draft.requestType(), draft.tags(), draft.channel(), draft.region(), at));
            if (result.selection().isEmpty()) {
                if (policy() == WithoutAgreement.REFUSE) {
                    throw new InvalidFieldException("agreement", "No agreement applies to this ticket of "
                            + customer.code() + (draft.service() == null ? "" : " for service " + draft.service())
                            + (forCustomer ? ". Check the service code, or ask the service desk which services your"
                            + " agreement covers." : ": " + String.join("; ", result.trace())
                            + ". Name the agreement, or ask a manager to add a selection rule."));
                }
                return withoutAgreement(draft, result.trace());
            }
            Selection s = result.selection().get();
            AgreementTerms terms = s.agreement().effectiveTermsOn(LocalDate.ofInstant(at, s.agreement().zone()))
                    .orElseThrow();
            if (draft.priority() != null) {
                return new Choice(s.agreement(), s.version().number(), s.service().code(),
                        priorityOf(terms, draft.priority(), s.agreement()));
            }
            return fromMatrix(draft, s.agreement(), s.version().number(), terms, s.service().code(),
                    s.priority().number(), s.priorityReason());
        }
        Agreement agreement = agreements.findByNumber(draft.agreement())
                .filter(a -> a.type() == AgreementType.SLA && a.customer().map(customer::equals).orElse(false))
                .orElseThrow(() -> new InvalidFieldException("agreement", customer.code() + " has no SLA numbered "
                        + draft.agreement()));
        LocalDate day = LocalDate.ofInstant(at, agreement.zone());
        if (!agreement.monitoredOn(day) || agreement.versionOn(day).isEmpty()) {
            throw new InvalidFieldException("agreement", "Agreement " + agreement.number() + " (" + agreement.status()
                    + ") does not apply on " + day);
        }
        AgreementTerms terms = agreement.effectiveTermsOn(day).orElseThrow();
        String service = Optional.ofNullable(draft.service()).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .or(() -> terms.services().size() == 1 ? Optional.of(terms.services().get(0).code()) : Optional.empty())
                .orElseThrow(() -> new InvalidFieldException("service", "Name the service; agreement "
                        + agreement.number() + " covers " + terms.services().stream().map(x -> x.code()).toList()));
        if (terms.service(service).isEmpty()) {
            throw new InvalidFieldException("service", "Agreement " + agreement.number() + " does not cover service "
                    + service + "; it covers " + terms.services().stream().map(x -> x.code()).toList());
        }
        int version = agreement.versionOn(day).orElseThrow().number();
        if (draft.priority() != null) {
            return new Choice(agreement, version, service, priorityOf(terms, draft.priority(), agreement));
        }
        int byKind = terms.priorityForRequestKind(draft.requestType()).map(PriorityTerms::number)
                .orElseThrow(() -> new InvalidFieldException("priority", "Agreement " + agreement.number()
                        + " has no priorities"));
        return fromMatrix(draft, agreement, version, terms, service, byKind, "the request type or the agreement's"
                + " default");
    }

    /** The setting for tickets without an agreement as it is now; an unknown value is logged and counts as REGISTER. */
    private WithoutAgreement policy() {
        String setting = withoutAgreement.get();
        WithoutAgreement policy = WithoutAgreement.of(setting);
        if (policy == WithoutAgreement.REGISTER && (setting == null
                || !setting.strip().equalsIgnoreCase(WithoutAgreement.REGISTER.name()))) {
            log.warning(() -> WITHOUT_AGREEMENT + " is '" + setting + "', neither REGISTER nor REFUSE; tickets without"
                    + " an agreement are registered");
        }
        return policy;
    }

    /**
     * A ticket without an agreement: it needs its service, and keeps a priority the caller gave as a
     * plain number (1 to 9, as agreements number them) until an agreement is assigned.
     */
    private static Choice withoutAgreement(TicketDraft draft, List<String> trace) {
        String service = draft.service() == null ? null : draft.service().strip().toUpperCase(Locale.ROOT);
        if (service == null || service.isEmpty()) {
            throw new InvalidFieldException("service", "No selection rule found an agreement, and with it a service,"
                    + " for this ticket; name the service");
        }
        if (!SERVICE_CODE.matcher(service).matches()) {
            throw new InvalidFieldException("service", "A service code has 1 to 40 capital letters, digits, '-' or"
                    + " '_', e.g. NET");
        }
        if (draft.priority() != null && (draft.priority() < 1 || draft.priority() > 9)) {
            throw new InvalidFieldException("priority", "Priorities are numbered from 1 (most urgent) to at most 9");
        }
        return new Choice(null, null, service, draft.priority(), "No agreement applies: " + String.join("; ", trace),
                null);
    }

    private static int priorityOf(AgreementTerms terms, int priority, Agreement agreement) {
        if (terms.priority(priority).isEmpty()) {
            throw new InvalidFieldException("priority", "Agreement " + agreement.number() + " has no priority " + priority
                    + "; it has " + terms.priorities().stream().map(PriorityTerms::number).toList());
        }
        return priority;
    }

    private Organisation customer(TicketDraft draft, Caller customerUser) {
        if (customerUser != null) {
            Organisation own = organisations.findById(customerUser.organisationId() == null ? -1
                    : customerUser.organisationId()).orElseThrow(() -> new InvalidFieldException("customer",
                    "Your user belongs to no customer organisation"));
            if (draft.customer() != null && !draft.customer().isBlank() && !draft.customer().strip()
                    .equalsIgnoreCase(own.code())) {
                throw new InvalidFieldException("customer", "You can register tickets for " + own.code() + " only");
            }
            return own;
        }
        if (draft.customer() == null || draft.customer().isBlank()) {
            throw new InvalidFieldException("customer", "Give the customer's code");
        }
        return organisations.findByCode(draft.customer().strip())
                .orElseThrow(() -> new InvalidFieldException("customer", "There is no customer with code "
                        + draft.customer()));
    }

    SupportGroup group(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return groups.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidFieldException(field, "There is no support group with code " + code));
    }

    Ticket parent(String number, Organisation customer) {
        return tickets.findByNumber(number).filter(t -> t.customer().equals(customer))
                .orElseThrow(() -> new InvalidFieldException("parent", "There is no ticket " + number + " of "
                        + customer.code()));
    }

    /** Tells the observers (usage counting) that a stored ticket came under its agreement, if it has one. */
    void announce(Ticket ticket, String actor) {
        ticket.agreement().ifPresent(a -> underAgreement.fire(new TicketUnderAgreement(ticket.id(), ticket.number(),
                a.id(), ticket.serviceCode(), ticket.registeredAt(), actor)));
    }

    /** Recomputes and stores the ticket's clock snapshot as of {@code now}, and says so to the planners. */
    void snapshot(Ticket ticket, Instant now) {
        List<SlaClock> current = clocks.clocks(ticket, now);
        ticket.storeClocks(current, now);
        clocksChanged(ticket, current, now);
    }

    /** Tells the observers (escalation planning) that the ticket's clocks are as computed at {@code now}. */
    void clocksChanged(Ticket ticket, List<SlaClock> current, Instant now) {
        clocksChanged.fire(new TicketClocksChanged(ticket, current, clocks.terms(ticket).map(t ->
                t.forService(ticket.serviceCode())).orElse(null),
                current.isEmpty() ? null : clocks.calendar(ticket).map(ServiceCalendar::engine).orElse(null), now));
    }
}
