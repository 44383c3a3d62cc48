package org.servicelevel.application.customer.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.identity.UserAccountRepository;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class CustomerServiceBean implements CustomerService {

    private static final String AUDIT_SUBJECT = "customer";

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository users;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Override
    public List<CustomerDetails> list() {
        Optional<Long> own = ownOrganisation();
        return organisations.findAll().stream()
                .filter(o -> own.isEmpty() || own.get().equals(o.id()))
                .map(CustomerServiceBean::details)
                .toList();
    }

    @Override
    public CustomerDetails find(long id) {
        return details(load(id));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public CustomerDetails create(CustomerChange change) {
        Organisation organisation = new Organisation(change.code(), change.name(), clock.instant());
        if (organisations.findByCode(organisation.code()).isPresent()) {
            throw new InvalidFieldException("code", "A customer with code " + organisation.code() + " already exists");
        }
        organisation.appointCoordinator(change.coordinatorName(), change.coordinatorEmail(), change.coordinatorPhone());
        organisations.store(organisation);
        audit.record(new AuditEntry(clock.instant(), actor(), AUDIT_SUBJECT, organisation.id(), "created",
                organisation.code() + " " + organisation.name()));
        log.info(() -> "Customer " + organisation.code() + " created");
        return details(organisation);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public CustomerDetails update(long id, long expectedVersion, CustomerChange change) {
        Organisation organisation = load(id);
        if (organisation.version() != expectedVersion) {
            throw new StaleVersionException("Customer " + id, expectedVersion, organisation.version());
        }
        if (change.code() != null && !change.code().isBlank()
                && !change.code().strip().equalsIgnoreCase(organisation.code())) {
            throw new InvalidFieldException("code", "A customer's code never changes (it is " + organisation.code() + ")");
        }
        organisation.rename(change.name());
        organisation.appointCoordinator(change.coordinatorName(), change.coordinatorEmail(), change.coordinatorPhone());
        Organisation stored = organisations.store(organisation);
        audit.record(new AuditEntry(clock.instant(), actor(), AUDIT_SUBJECT, id, "updated", stored.name()));
        log.info(() -> "Customer " + stored.code() + " updated");
        return details(stored);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.SYSTEM})
    public List<Caller> users(long id) {
        Organisation organisation = load(id);
        return users.findByOrganisation(organisation.id()).stream().map(Caller::of).toList();
    }

    private Organisation load(long id) {
        Optional<Long> own = ownOrganisation();
        return organisations.findById(id)
                .filter(o -> own.isEmpty() || own.get().equals(o.id()))
                .orElseThrow(() -> new NotFoundException("There is no customer " + id));
    }

    private Optional<Long> ownOrganisation() {
        return callers.customerOrganisation(session);
    }

    private String actor() {
        return callers.actor(session);
    }

    private static CustomerDetails details(Organisation o) {
        return new CustomerDetails(o.id(), o.version(), o.code(), o.name(), o.coordinatorName(), o.coordinatorEmail(),
                o.coordinatorPhone());
    }
}
