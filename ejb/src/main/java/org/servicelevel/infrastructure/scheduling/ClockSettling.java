package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Brings the stored clock snapshots of existing tickets up to the current edition of the clock rules
 * after start-up, so that list filters such as "breached" agree with the clocks as they are read. It
 * runs once per start on a non-persistent timer, one ticket per transaction, so a large database
 * neither delays the deployment nor loses its progress when the server stops, and one ticket that
 * fails (logged) does not hold up the others: every ticket records the edition its snapshot was
 * computed with, and recomputing one is idempotent and leaves the ticket's version as it was.
 */
@Startup
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@DependsOn("DatabaseMigration")
public class ClockSettling {

    private static final int BATCH = 200;

    @Resource
    private TimerService timerService;

    @Inject
    private TicketService tickets;

    @Inject
    private Logger log;

    @PostConstruct
    void start() {
        timerService.createSingleActionTimer(1_000, new TimerConfig("clock snapshots", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void settle() {
        long recomputed = 0;
        long failed = 0;
        long after = 0;
        for (List<Long> batch = tickets.ticketsWithStaleClocks(after, BATCH); !batch.isEmpty();
                batch = tickets.ticketsWithStaleClocks(after, BATCH)) {
            for (long id : batch) {
                try {
                    tickets.settleStoredClocks(id);
                    recomputed++;
                } catch (RuntimeException e) {
                    failed++;
                    log.log(Level.WARNING, "Clock snapshots: ticket " + id + " could not be recomputed; it is tried"
                            + " again at the next start", e);
                }
            }
            after = batch.get(batch.size() - 1);
        }
        if (recomputed + failed > 0) {
            long done = recomputed;
            long left = failed;
            log.info(() -> "Clock snapshots: recomputed those of " + done + " tickets under the current rules"
                    + (left > 0 ? "; " + left + " failed" : ""));
        }
    }
}
