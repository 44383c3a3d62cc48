package org.servicelevel.application.ticket.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.application.ticket.TicketRegistered;
import org.servicelevel.application.ticket.TicketService.Created;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.IdempotencyKeyReusedException;
import org.servicelevel.domain.model.ticket.IdempotencyRecord;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;

/**
 * Registers a live ticket in one transaction, together with the record of the request's
 * {@code Idempotency-Key}: a retry of the same request finds the record and gets the same ticket; if
 * two tries race, the second one's record collides with the first one's and it is answered from the
 * first one's ticket.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
public class TicketIntake {

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketFactory factory;

    @Inject
    private TicketViews views;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Inject
    private Event<TicketRegistered> registeredEvents;

    /** Registers a ticket for the caller; a retry with the same {@code idempotencyKey} gets the first one. */
    public Created create(TicketDraft draft, String idempotencyKey, String requestHash) {
        String actor = callers.actor(session);
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            Optional<IdempotencyRecord> earlier = tickets.findIdempotencyRecord(actor, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw new IdempotencyKeyReusedException(idempotencyKey);
                }
                Ticket ticket = tickets.findById(earlier.get().ticketId())
                        .orElseThrow(() -> new NotFoundException("The ticket of this request no longer exists"));
                return new Created(views.details(ticket, now), true);
            }
        }
        Ticket ticket = registered(draft, now, actor, callers.customerUser(session).orElse(null));
        if (idempotencyKey != null) {
            tickets.store(new IdempotencyRecord(actor, idempotencyKey, requestHash, ticket.id(), now));
        }
        return new Created(views.details(ticket, now), false);
    }

    /**
     * Registers a ticket as {@code requester} would have (the mail channel, running as the system); no
     * person may name the requester, who would then register tickets for any organisation.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public Created createAs(Caller requester, TicketDraft draft) {
        Instant now = clock.instant();
        Caller customer = requester.roles().contains(Role.Names.CUSTOMER) ? requester : null;
        return new Created(views.details(registered(draft, now, requester.username(), customer), now), false);
    }

    private Ticket registered(TicketDraft draft, Instant now, String actor, Caller customerUser) {
        Ticket ticket = factory.register(draft, now, actor, customerUser);
        tickets.store(ticket);
        factory.snapshot(ticket, now);
        factory.announce(ticket, actor);
        registeredEvents.fire(new TicketRegistered(ticket.id(), actor));
        log.info(() -> "Ticket " + ticket.number() + " registered for " + ticket.customer().code() + ticket.agreement()
                .map(a -> " under " + a.number() + " priority " + ticket.priority()).orElse(" without an agreement"));
        return ticket;
    }
}
