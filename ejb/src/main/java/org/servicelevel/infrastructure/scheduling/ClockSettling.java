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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Brings the stored clock snapshots of existing tickets up to the current edition of the clock rules
 * after start-up, so that list filters such as "breached" agree with the clocks as they are read. It
 * runs once per start on a non-persistent timer, in batches that each commit on their own, so a
 * large database neither delays the deployment nor loses its progress when the server stops: every
 * ticket records the edition its snapshot was computed with, and recomputing one is idempotent.
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
        long total = 0;
        try {
            for (int done = tickets.settleStoredClocks(BATCH); done > 0; done = tickets.settleStoredClocks(BATCH)) {
                total += done;
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Clock snapshots: recomputing stopped after " + total
                    + " tickets; the rest follow at the next start", e);
            return;
        }
        if (total > 0) {
            long recomputed = total;
            log.info(() -> "Clock snapshots: recomputed those of " + recomputed + " tickets under the current rules");
        }
    }
}
