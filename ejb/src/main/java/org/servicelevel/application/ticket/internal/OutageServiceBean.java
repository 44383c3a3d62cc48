package org.servicelevel.application.ticket.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.ticket.OutageService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.Outage;
import org.servicelevel.domain.model.ticket.OutageRepository;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class OutageServiceBean implements OutageService {

    @Inject
    private OutageRepository outages;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private TicketRepository tickets;

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

    @Override
    public List<OutageDetails> list(String service, String customer, Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "The period ends on " + to + ", before it starts on " + from);
        }
        Optional<Long> own = callers.customerOrganisation(session);
        Long customerId = own.orElse(customer == null || customer.isBlank() ? null
                : organisations.findByCode(customer.strip()).map(Organisation::id).orElse(-1L));
        Instant now = clock.instant();
        return outages.find(service == null || service.isBlank() ? null : service, customerId, from, to).stream()
                .map(o -> details(o, now)).toList();
    }

    @Override
    public OutageDetails find(long id) {
        return details(load(id), clock.instant());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public OutageDetails create(OutageChange change) {
        Instant now = clock.instant();
        Organisation customer = customer(change.customer());
        requireService(change.service(), customer);
        Outage outage = new Outage(change.service(), customer, ticket(change.ticket()),
                change.start(), change.end(), change.description(), callers.actor(session), now);
        outages.store(outage);
        log.info(() -> "Outage of " + outage.serviceCode() + " from " + outage.start() + " recorded");
        return details(outage, now);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public OutageDetails update(long id, long expectedVersion, OutageChange change) {
        Outage outage = load(id);
        if (outage.version() != expectedVersion) {
            throw new StaleVersionException("Outage " + id, expectedVersion, outage.version());
        }
        Instant now = clock.instant();
        Organisation customer = customer(change.customer());
        requireService(change.service(), customer);
        outage.change(change.service(), customer, ticket(change.ticket()), change.start(),
                change.end(), change.description(), now);
        Outage stored = outages.store(outage);
        log.info(() -> "Outage " + id + " of " + stored.serviceCode() + " changed");
        return details(stored, now);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public void delete(long id, long expectedVersion) {
        Outage outage = load(id);
        if (outage.version() != expectedVersion) {
            throw new StaleVersionException("Outage " + id, expectedVersion, outage.version());
        }
        outages.remove(outage);
        log.info(() -> "Outage " + id + " deleted");
    }

    private Outage load(long id) {
        Optional<Long> own = callers.customerOrganisation(session);
        return outages.findById(id)
                .filter(o -> own.isEmpty() || o.customer().map(c -> c.id().equals(own.get())).orElse(true))
                .orElseThrow(() -> new NotFoundException("There is no outage " + id));
    }

    private Organisation customer(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return organisations.findByCode(code.strip())
                .orElseThrow(() -> new InvalidFieldException("customer", "There is no customer with code " + code));
    }

    /** An outage is of a service some agreement covers: one of the customer's, or any when none is named. */
    private void requireService(String code, Organisation customer) {
        if (code == null || code.isBlank()) {
            return;
        }
        List<Agreement> candidates = customer == null ? agreements.findAll() : agreements.findByCustomer(customer.id());
        if (candidates.stream().noneMatch(a -> a.coversService(code))) {
            throw new InvalidFieldException("service", "No agreement" + (customer == null ? "" : " of customer "
                    + customer.code()) + " covers a service with code " + code.strip());
        }
    }

    private Ticket ticket(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return tickets.findByNumber(number)
                .orElseThrow(() -> new InvalidFieldException("ticket", "There is no ticket " + number));
    }

    private static OutageDetails details(Outage o, Instant now) {
        return new OutageDetails(o.id(), o.version(), o.serviceCode(), o.customer().map(Organisation::code).orElse(null),
                o.ticket().map(Ticket::number).orElse(null), o.start(), o.end().orElse(null),
                o.duration(now).getSeconds(), o.description(), o.createdBy());
    }
}
