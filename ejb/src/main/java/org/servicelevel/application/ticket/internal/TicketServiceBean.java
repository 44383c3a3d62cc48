package org.servicelevel.application.ticket.internal;

import static org.servicelevel.domain.Texts.strippedOrNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.ticket.ImportReport;
import org.servicelevel.application.ticket.ImportedTicket;
import org.servicelevel.application.ticket.TicketChange;
import org.servicelevel.application.ticket.TicketDetails;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.application.ticket.TicketEventDetails;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.application.ticket.TicketStatusChanged;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketEvent;
import org.servicelevel.domain.model.ticket.TicketEventType;
import org.servicelevel.domain.model.ticket.TicketFilter;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class TicketServiceBean implements TicketService {

    private static final int MAX_PAGE = 500;

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketFactory factory;

    @Inject
    private TicketClocks clocks;

    @Inject
    private TicketImporter importer;

    @Inject
    private TicketIntake intake;

    @Inject
    private TicketViews views;

    @Inject
    private AtRiskTickets atRisk;

    /** The zone whose day "breached today" means when the caller names none: the service desk's. */
    @Inject
    @ConfigProperty(name = "servicelevel.screens.zone", defaultValue = "UTC")
    private Provider<String> desksZone;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Inject
    private Event<TicketStatusChanged> statusChanges;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Created create(TicketDraft draft, String idempotencyKey, String requestHash) {
        try {
            return intake.create(draft, idempotencyKey, requestHash);
        } catch (EJBException e) {
            if (idempotencyKey == null || !causedByDuplicateKey(e)) {
                throw e;
            }
            return intake.create(draft, idempotencyKey, requestHash);
        }
    }

    /** Whether a failure was a concurrent request storing the same idempotency key first. */
    private static boolean causedByDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("idempotency_key")) {
                return true;
            }
        }
        return false;
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public TicketDetails createAs(Caller requester, TicketDraft draft) {
        return intake.createAs(requester, draft).ticket();
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public TicketDetails commentAs(Caller author, String number, String text) {
        boolean customer = author.roles().contains(Role.Names.CUSTOMER);
        Ticket ticket = tickets.findByNumber(number)
                .filter(t -> !customer || t.customer().id().equals(author.organisationId()))
                .orElseThrow(() -> new NotFoundException("There is no ticket " + number + " of "
                        + (customer ? "organisation " + author.organisationCode() : "any customer")));
        Instant now = clock.instant();
        ticket.comment(text, false, ticket.nextInstant(now), author.username(), customer);
        return stored(ticket, now, "commented by " + author.username());
    }

    @Override
    public TicketDetails find(long id, Instant asOf) {
        Ticket ticket = load(id);
        return views.details(ticket, asOf(ticket, asOf));
    }

    @Override
    public TicketDetails findByNumber(String number) {
        Ticket ticket = tickets.findByNumber(number).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("There is no ticket " + number));
        return views.details(ticket, clock.instant());
    }

    @Override
    public Page list(Query q) {
        int limit = Math.max(1, Math.min(q.limit() <= 0 ? 50 : q.limit(), MAX_PAGE));
        int offset = Math.max(0, q.offset());
        Instant now = clock.instant();
        Long customerId = callers.customerOrganisation(session).orElse(null);
        if (q.customer() != null && !q.customer().isBlank()) {
            Long named = organisations.findByCode(q.customer().strip()).map(o -> o.id()).orElse(-1L);
            if (customerId != null && !customerId.equals(named)) {
                named = -1L;
            }
            customerId = named;
        }
        boolean withoutAgreement = Boolean.TRUE.equals(q.withoutAgreement());
        if (withoutAgreement && q.agreement() != null && !q.agreement().isBlank()) {
            throw new InvalidFieldException("withoutAgreement", "List either the tickets of agreement "
                    + q.agreement().strip() + " or those without an agreement, not both");
        }
        Long agreementId = q.agreement() == null || q.agreement().isBlank() ? null
                : agreements.findByNumber(q.agreement()).map(a -> a.id()).orElse(-1L);
        if (q.dueWithin() != null && (q.dueWithin().isNegative() || q.dueWithin().isZero())) {
            throw new InvalidFieldException("dueWithin", "A time ahead, such as PT4H");
        }
        ZonedDateTime today = now.atZone(zoneOr(q.zone())).truncatedTo(ChronoUnit.DAYS);
        boolean breachedToday = Boolean.TRUE.equals(q.breachedToday());
        TicketRepository.Page page = tickets.find(new TicketFilter(customerId, agreementId, withoutAgreement,
                q.status() == null || q.status().isBlank() ? null : q.status().strip().toUpperCase(java.util.Locale.ROOT),
                q.priority(), strippedOrNull(q.assignee()),
                Boolean.TRUE.equals(q.breached()) || breachedToday ? now : null, q.dueBefore(),
                strippedOrNull(q.text()), Boolean.TRUE.equals(q.open()), resolutionState(q.resolution()), now,
                q.dueWithin() == null ? null : now.plus(q.dueWithin()), breachedToday ? today.toInstant() : null,
                Boolean.TRUE.equals(q.atRisk()) ? atRisk.asOf(customerId, now).stream().map(Ticket::id).toList() : null,
                q.byDue()), offset, limit);
        return new Page(views.page(page.tickets(), now), offset, limit, page.total());
    }

    private ZoneId zoneOr(ZoneId zone) {
        return zone != null ? zone : ZoneId.of(desksZone.get());
    }

    private static ClockState resolutionState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ClockState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("resolution", "One of " + java.util.Arrays.toString(ClockState.values()));
        }
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
    public Dashboard dashboard(ZoneId zone, int shown) {
        Instant now = clock.instant();
        Long customerId = callers.customerOrganisation(session).orElse(null);
        Map<String, Long> byState = new LinkedHashMap<>();
        for (ClockState state : List.of(ClockState.BREACHED, ClockState.RUNNING, ClockState.PAUSED,
                ClockState.NOT_STARTED)) {
            byState.put(state.name(), tickets.count(queueFilter(customerId, now, state, false)));
        }
        byState.put(NO_AGREEMENT, tickets.count(queueFilter(customerId, now, null, true)));
        ZonedDateTime dayStart = now.atZone(zoneOr(zone)).truncatedTo(ChronoUnit.DAYS);
        long breachedToday = tickets.count(new TicketFilter(customerId, null, false, null, null, null, now, null, null,
                false, null, now, null, dayStart.toInstant(), null, false));
        List<Ticket> risky = atRisk.asOf(customerId, now);
        return new Dashboard(now, atRisk.threshold(), byState, risky.size(),
                views.page(risky.subList(0, Math.min(Math.max(0, shown), risky.size())), now), breachedToday, dayStart,
                tickets.openByCustomer(customerId).stream()
                        .map(c -> new CustomerLoad(c.code(), c.name(), c.open())).toList());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
    public int atRiskShare() {
        return atRisk.threshold();
    }

    /** The state a dashboard counts tickets without an agreement under: they have no clocks. */
    private static final String NO_AGREEMENT = "NO_AGREEMENT";

    private static TicketFilter queueFilter(Long customerId, Instant now, ClockState resolution,
                                            boolean withoutAgreement) {
        return new TicketFilter(customerId, null, withoutAgreement, null, null, null, null, null, null, true,
                resolution, now, null, null, null, false);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public TicketDetails update(long id, long expectedVersion, TicketChange change) {
        Ticket ticket = loadForUpdate(id, expectedVersion);
        Instant now = clock.instant();
        Instant at = ticket.nextInstant(now);
        String actor = callers.actor(session);
        List<InvalidFieldException> errors = new ArrayList<>();
        try {
            ticket.changeDetails(change.title() != null ? change.title() : ticket.title(),
                    change.description() != null ? change.description() : ticket.description(),
                    change.requestType() != null ? change.requestType() : ticket.requestType(),
                    change.tags() != null ? change.tags() : ticket.tags(),
                    change.region() != null ? change.region() : ticket.region(), at, actor);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (change.priority() != null) {
            ticket.changePriority(change.priority(), clocks.terms(ticket).orElse(null), at, actor,
                    change.priorityReason());
        }
        if (change.assignee() != null || change.supportGroup() != null) {
            ticket.assign(change.assignee() != null ? change.assignee() : ticket.assignee(),
                    change.supportGroup() != null ? factory.group("supportGroup", change.supportGroup())
                            : ticket.supportGroup().orElse(null), at, actor);
        }
        if (change.parent() != null) {
            ticket.linkTo(change.parent().isBlank() ? null : factory.parent(change.parent(), ticket.customer()), at, actor);
        }
        InvalidInputException.throwIfAny(errors);
        return stored(ticket, now, "updated");
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public TicketDetails assignAgreement(long id, long expectedVersion, String agreement, Integer priority) {
        if (customerUser().isPresent()) {
            throw new NotPermittedException("Only support staff assign a ticket's agreement");
        }
        Ticket ticket = loadForUpdate(id, expectedVersion);
        String number = strippedOrNull(agreement);
        if (number == null) {
            throw new InvalidFieldException("agreement", "Give the number of the customer's SLA to put the ticket under");
        }
        Agreement sla = agreements.findByNumber(number).orElseThrow(() -> new InvalidFieldException("agreement",
                "There is no agreement numbered " + number));
        Instant now = clock.instant();
        String actor = callers.actor(session);
        ticket.assignAgreement(sla, priority, ticket.nextInstant(now), actor);
        TicketDetails assigned = stored(ticket, now, "put under " + sla.number() + " v" + ticket.agreementVersion()
                + " priority " + ticket.priority());
        factory.announce(ticket, actor);
        return assigned;
    }

    @Override
    public TicketDetails transition(long id, Long expectedVersion, String to, String note,
                                    boolean noteVisibleToCustomer) {
        Ticket ticket = expectedVersion == null ? load(id) : loadForUpdate(id, expectedVersion);
        Instant now = clock.instant();
        if (to == null || to.isBlank()) {
            throw new InvalidFieldException("to", "Give the status to move to");
        }
        String from = ticket.status();
        ticket.transition(tickets.statusModel(), to.strip().toUpperCase(java.util.Locale.ROOT), ticket.nextInstant(now),
                callers.actor(session), customerUser().isPresent(), note, noteVisibleToCustomer);
        TicketDetails moved = stored(ticket, now, "moved to " + ticket.status());
        statusChanges.fire(new TicketStatusChanged(ticket.id(), from, ticket.status(), callers.actor(session)));
        return moved;
    }

    @Override
    public List<TransitionOption> transitions(long id) {
        Ticket ticket = load(id);
        StatusModel model = tickets.statusModel();
        return model.from(ticket.status(), customerUser().isPresent()).stream()
                .map(t -> new TransitionOption(t.to(), t.name(), model.status(t.to()).map(TicketStatus::name).orElse(t.to())))
                .toList();
    }

    @Override
    public List<StatusOption> statuses() {
        return tickets.statusModel().statuses().stream()
                .map(s -> new StatusOption(s.code(), s.name(), s.category())).toList();
    }

    @Override
    public TicketDetails comment(long id, String text, boolean visibleToCustomer) {
        Ticket ticket = load(id);
        Instant now = clock.instant();
        boolean byCustomer = customerUser().isPresent();
        if (byCustomer && !visibleToCustomer) {
            throw new InvalidFieldException("visibleToCustomer", "A customer's comment is visible to both sides;"
                    + " internal notes are for the support staff");
        }
        ticket.comment(text, visibleToCustomer, ticket.nextInstant(now), callers.actor(session), byCustomer);
        return stored(ticket, now, "commented");
    }

    @Override
    public List<TicketEventDetails> history(long id) {
        Ticket ticket = load(id);
        boolean customer = customerUser().isPresent();
        return ticket.events().stream()
                .filter(e -> !customer || e.type() != TicketEventType.COMMENT || e.isPublic())
                .map(e -> event(e, customer)).toList();
    }

    /** The instant to read the ticket's clocks at: now, or {@code at}, which cannot precede the registration. */
    private Instant asOf(Ticket ticket, Instant at) {
        if (at == null) {
            Instant now = clock.instant();
            return now.isBefore(ticket.registeredAt()) ? ticket.registeredAt() : now;
        }
        if (at.isBefore(ticket.registeredAt())) {
            throw new InvalidFieldException("at", "Ticket " + ticket.number() + " was registered at "
                    + ticket.registeredAt() + "; its clocks can be read from then on, not at " + at);
        }
        return at;
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public List<Long> ticketsWithStaleClocks(long afterId, int max) {
        return tickets.idsWithStaleClocks(afterId, max);
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public void settleStoredClocks(long ticketId) {
        Ticket ticket = tickets.findById(ticketId)
                .orElseThrow(() -> new NotFoundException("There is no ticket " + ticketId));
        Instant now = clock.instant();
        List<SlaClock> current;
        try {
            current = clocks.clocks(ticket, ticket.nextInstant(now));
        } catch (NotFoundException e) {
            log.warning(() -> "Ticket " + ticket.number() + " keeps no clocks: " + e.getMessage());
            current = List.of();
        }
        tickets.restoreClocks(ticket, Ticket.snapshotsOf(current, now));
        factory.clocksChanged(ticket, current, now);
    }

    @Override
    public SlaClock clock(long id, String metric, Instant asOf) {
        Ticket ticket = load(id);
        return clocks.clocks(ticket, asOf(ticket, asOf)).stream()
                .filter(c -> c.metric().equalsIgnoreCase(metric)).findFirst()
                .orElseThrow(() -> new NotFoundException("Ticket " + ticket.number() + " has no clock '" + metric
                        + "'"));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public ImportReport importTickets(List<ImportedTicket> imported) {
        String actor = callers.actor(session);
        List<ImportReport.Result> results = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            try {
                results.add(importer.importOne(i, imported.get(i), actor));
            } catch (EJBException e) {
                String reference = imported.get(i).draft().externalReference();
                String incident = UUID.randomUUID().toString();
                log.log(Level.SEVERE, e, () -> "Ticket import: ticket " + reference + " failed, incident " + incident);
                results.add(new ImportReport.Result(i, reference, TicketImporter.FAILED, null, null, List.of(
                        new ImportReport.FieldMessage("tickets[" + i + "]", "The ticket could not be stored (incident "
                                + incident + " in the server log). Nothing of it was imported."))));
            }
        }
        int created = (int) results.stream().filter(r -> r.outcome().equals(TicketImporter.CREATED)).count();
        int duplicates = (int) results.stream().filter(r -> r.outcome().equals(TicketImporter.DUPLICATE)).count();
        log.info(() -> "Ticket import: " + created + " created, " + duplicates + " duplicates, "
                + (imported.size() - created - duplicates) + " failed");
        return new ImportReport(created, duplicates, imported.size() - created - duplicates, results);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public ImportReport importTogether(List<ImportedTicket> imported) {
        String actor = callers.actor(session);
        List<ImportReport.Result> results = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            results.add(importer.importWithin(i, imported.get(i), actor));
        }
        int created = (int) results.stream().filter(r -> r.outcome().equals(TicketImporter.CREATED)).count();
        log.info(() -> "Ticket import: " + created + " created, " + (imported.size() - created) + " duplicates, together");
        return new ImportReport(created, imported.size() - created, 0, results);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private TicketDetails stored(Ticket ticket, Instant now, String action) {
        factory.snapshot(ticket, now);
        Ticket stored = tickets.store(ticket);
        log.info(() -> "Ticket " + stored.number() + " " + action);
        return views.details(stored, now);
    }

    private Ticket load(long id) {
        return tickets.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("There is no ticket " + id));
    }

    private Ticket loadForUpdate(long id, long expectedVersion) {
        Ticket ticket = load(id);
        if (ticket.version() != expectedVersion) {
            throw new StaleVersionException("Ticket " + ticket.number(), expectedVersion, ticket.version());
        }
        return ticket;
    }

    private boolean visible(Ticket ticket) {
        Optional<Long> own = callers.customerOrganisation(session);
        return own.isEmpty() || own.get().equals(ticket.customer().id());
    }

    private Optional<Caller> customerUser() {
        return callers.customerUser(session);
    }

    private static TicketEventDetails event(TicketEvent e, boolean forCustomer) {
        String text = forCustomer && !e.isPublic() ? null : e.text();
        return new TicketEventDetails(e.sequence(), e.type().name(), e.occurredAt(), e.actor(), e.byCustomer(),
                e.fromValue(), e.toValue(), text, e.isPublic(), e.status(), e.priority(), e.group(), e.lineLevel());
    }
}
