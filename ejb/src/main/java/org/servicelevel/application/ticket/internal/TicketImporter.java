package org.servicelevel.application.ticket.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicelevel.application.ticket.ImportReport;
import org.servicelevel.application.ticket.ImportedTicket;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.SupportedTime;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;

/**
 * Imports one ticket with its history in a transaction of its own: registered at its original
 * instant, then every event replayed through the same methods live changes use, so the clocks come
 * out exactly as if the events had happened live. A ticket whose external reference exists already
 * is reported as a duplicate, so an import can be repeated.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
public class TicketImporter {

    static final String CREATED = "CREATED";
    static final String DUPLICATE = "DUPLICATE";
    static final String FAILED = "FAILED";
    /** The longest actor name an event keeps (the event history's column). */
    private static final int MAX_ACTOR = 100;

    @Inject
    private TicketRepository tickets;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private TicketFactory factory;

    @Inject
    private TicketClocks clocks;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * Imports one ticket in a transaction of its own: a ticket that breaks a rule is rolled back alone
     * and reported as failed, with the fields of its errors inside {@code tickets[index]}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportReport.Result importOne(int index, ImportedTicket imported, String actor) {
        TicketDraft draft = imported.draft();
        String prefix = "tickets[" + index + "].";
        try {
            return replayed(index, imported, actor);
        } catch (InvalidInputException e) {
            session.setRollbackOnly();
            return failed(index, draft, e.errors().stream()
                    .map(f -> new ImportReport.FieldMessage(prefix + f.field(), f.getMessage())).toList());
        } catch (DomainException e) {
            session.setRollbackOnly();
            return failed(index, draft, List.of(new ImportReport.FieldMessage(prefix.substring(0, prefix.length() - 1),
                    e.getMessage())));
        }
    }

    /**
     * Imports one ticket in the caller's transaction; a ticket that breaks a rule fails the whole
     * transaction, its errors named inside {@code tickets[index]}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ImportReport.Result importWithin(int index, ImportedTicket imported, String actor) {
        try {
            return replayed(index, imported, actor);
        } catch (InvalidInputException e) {
            throw e.prefixed("tickets[" + index + "].");
        } catch (DomainException e) {
            throw new InvalidFieldException("tickets[" + index + "]", e.getMessage());
        }
    }

    private ImportReport.Result replayed(int index, ImportedTicket imported, String actor) {
        TicketDraft draft = imported.draft();
        Instant now = clock.instant();
        if (draft.registeredAt() == null || draft.registeredAt().isAfter(now)) {
            throw new InvalidFieldException("registeredAt", "Give the instant the ticket was registered; it cannot"
                    + " lie in the future");
        }
        String unsupported = SupportedTime.problem(draft.registeredAt());
        if (unsupported != null) {
            throw new InvalidFieldException("registeredAt", unsupported);
        }
        Optional<Organisation> customer = draft.customer() == null ? Optional.empty()
                : organisations.findByCode(draft.customer().strip());
        if (customer.isPresent() && draft.externalReference() != null && !draft.externalReference().isBlank()) {
            Optional<Ticket> existing = tickets.findByExternalReference(customer.get(),
                    draft.externalReference().strip());
            if (existing.isPresent()) {
                return new ImportReport.Result(index, draft.externalReference(), DUPLICATE, existing.get().id(),
                        existing.get().number(), List.of());
            }
        }
        Ticket ticket = factory.register(draft, draft.registeredAt(), actor, null);
        StatusModel model = tickets.statusModel();
        List<ImportedTicket.Event> events = imported.events() == null ? List.of() : imported.events();
        for (int j = 0; j < events.size(); j++) {
            ImportedTicket.Event event = events.get(j);
            try {
                replay(ticket, event, model, actor, now);
            } catch (InvalidInputException e) {
                throw requestFields(e).prefixed("events[" + j + "].");
            } catch (ConflictException | NotPermittedException e) {
                // named by the member of the event that asked for what cannot be done
                String member = "PRIORITY".equalsIgnoreCase(event.type()) ? "priority" : "to";
                throw new InvalidFieldException("events[" + j + "]." + member, e.getMessage());
            }
        }
        tickets.store(ticket);
        factory.snapshot(ticket, now);
        factory.announce(ticket, actor);
        return new ImportReport.Result(index, draft.externalReference(), CREATED, ticket.id(), ticket.number(),
                List.of());
    }

    /**
     * The ticket's own refusals named by the import's event members: the ticket calls an event's text
     * a note or a priority reason, the import request calls it {@code text}.
     */
    private static InvalidInputException requestFields(InvalidInputException e) {
        return new InvalidInputException(e.errors().stream().map(f -> f.field().equals("note")
                || f.field().equals("priorityReason") ? new InvalidFieldException("text", f.getMessage()) : f).toList());
    }

    private void replay(Ticket ticket, ImportedTicket.Event e, StatusModel model, String importer, Instant now) {
        if (e.at() == null || e.at().isAfter(now)) {
            throw new InvalidFieldException("at", "Give the instant of the event; it cannot lie in the future");
        }
        String named = Texts.oneLine("actor", e.actor());
        if (named != null && named.length() > MAX_ACTOR) {
            throw new InvalidFieldException("actor", "An actor has at most " + MAX_ACTOR + " characters");
        }
        String actor = named == null ? importer : named;
        String type = e.type() == null ? "" : e.type().strip().toUpperCase(Locale.ROOT);
        switch (type) {
            case "STATUS" -> ticket.transition(model, e.to() == null ? null : e.to().strip().toUpperCase(Locale.ROOT),
                    e.at(), actor, e.byCustomer(), e.text(), Boolean.TRUE.equals(e.visibleToCustomer()));
            case "PRIORITY" -> {
                if (e.priority() == null) {
                    throw new InvalidFieldException("priority", "Give the new priority");
                }
                ticket.changePriority(e.priority(), clocks.terms(ticket).orElse(null), e.at(), actor, e.text());
            }
            case "ASSIGNMENT" -> ticket.assign(e.assignee(), factory.group("group", e.group()), e.at(), actor);
            case "COMMENT" -> ticket.comment(e.text(), e.visibleToCustomer() == null || e.visibleToCustomer(), e.at(),
                    actor, e.byCustomer());
            default -> throw new InvalidFieldException("type", "'" + e.type() + "' is not an event type: use STATUS,"
                    + " PRIORITY, ASSIGNMENT or COMMENT");
        }
    }

    private static ImportReport.Result failed(int index, TicketDraft draft, List<ImportReport.FieldMessage> errors) {
        return new ImportReport.Result(index, draft.externalReference(), FAILED, null, null, errors);
    }
}
