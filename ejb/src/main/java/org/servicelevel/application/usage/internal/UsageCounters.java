package org.servicelevel.application.usage.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.usage.UsageCounter;
import org.servicelevel.domain.model.usage.UsageRepository;

/**
 * Opens a period's counter in a transaction of its own and commits it at once, so that two
 * transactions counting the period's first uses at the same time can both lock the one counter: the
 * second one's insert collides with the first one's and it goes on with the row that exists.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION,
        Role.Names.SYSTEM})
public class UsageCounters {

    @Inject
    private UsageRepository usage;

    /** Stores the counter; fails (and rolls back alone) if the period's counter exists already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(UsageCounter counter) {
        usage.open(counter);
    }
}
