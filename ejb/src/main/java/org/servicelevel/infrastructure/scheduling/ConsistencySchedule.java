package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Re-checks the consistency of agreements when a new day begins in their time zone, so that a
 * version taking effect at midnight is reflected in the stored reports from that midnight on. A
 * persistent timer fires every quarter of an hour (every time zone's midnight falls on one; a cluster
 * runs it once, and a run missed while the server was down is caught up) and checks the agreements
 * whose report speaks of an earlier day, one agreement per transaction; a non-persistent timer does
 * the same shortly after each start.
 */
@Startup
@Singleton
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@DependsOn("DatabaseMigration")
public class ConsistencySchedule {

    @Resource
    private TimerService timerService;

    @Inject
    private AgreementService agreements;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @PostConstruct
    void start() {
        timerService.createSingleActionTimer(5_000, new TimerConfig("consistency after start", false));
    }

    @Schedule(hour = "*", minute = "0,15,30,45", persistent = true, info = "consistency at each agreement's midnight")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void quarterHour() {
        checkNewDays();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart(Timer timer) {
        checkNewDays();
    }

    private void checkNewDays() {
        Instant at = clock.instant();
        int changed = 0;
        int failed = 0;
        for (long id : agreements.consistencyDue(at)) {
            try {
                if (agreements.checkConsistencyOfDay(id, at)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.log(Level.WARNING, "Daily consistency check: agreement " + id + " could not be checked; it is"
                        + " tried again at the next run", e);
            }
        }
        if (changed + failed > 0) {
            int newResults = changed;
            int left = failed;
            log.info(() -> "Daily consistency check: " + newResults + " agreement(s) have a new result"
                    + (left > 0 ? "; " + left + " failed" : ""));
        }
    }
}
