package org.servicelevel.application.ticket.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.security.Tenancy;
import org.servicelevel.application.ticket.TicketDraft;
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
@DeclareRoles(Role.Names.CUSTOMER)
public class TicketIntake {

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketFactory factory;

    @Inject
    private TicketViews views;

    @Inject
    private IdentityService identity;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Resource
    private SessionContext session;

    public Created create(TicketDraft draft, String idempotencyKey, String requestHash) {
        String actor = Tenancy.actor(session);
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
        Ticket ticket = factory.register(draft, now, actor, customerUser().orElse(null));
        tickets.store(ticket);
        factory.snapshot(ticket, now);
        if (idempotencyKey != null) {
            tickets.store(new IdempotencyRecord(actor, idempotencyKey, requestHash, ticket.id(), now));
        }
        log.info(() -> "Ticket " + ticket.number() + " registered for " + ticket.customer().code() + " under "
                + ticket.agreement().number() + " priority " + ticket.priority());
        return new Created(views.details(ticket, now), false);
    }

    private Optional<Caller> customerUser() {
        return Tenancy.customerUser(session, identity);
    }
}
