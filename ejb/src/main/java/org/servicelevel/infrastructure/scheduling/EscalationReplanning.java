package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.application.escalation.EscalationBackground;
import org.servicelevel.application.escalation.EscalationService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Plans the escalation of many tickets afresh in the background, one ticket per transaction, as the
 * system identity: after a calendar's working time or an agreement's lifecycle changed, which moves
 * the deadlines of every open ticket counting on them. A ticket that fails is logged and left to the
 * check each step makes when it comes due.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class EscalationReplanning implements EscalationBackground {

    @Inject
    private EscalationService escalations;

    @Inject
    private Logger log;

    /** Re-plans the tickets the query finds; returns at once. */
    @Override
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void replan(String why, Supplier<List<Long>> ticketsOf) {
        List<Long> ids = ticketsOf.get();
        int failed = 0;
        for (long id : ids) {
            try {
                escalations.replan(id);
            } catch (RuntimeException e) {
                failed++;
                log.log(Level.WARNING, "Escalation of ticket " + id + " could not be planned afresh after " + why, e);
            }
        }
        int done = ids.size() - failed;
        log.info(() -> "Escalation planned afresh for " + done + " tickets after " + why);
    }
}
