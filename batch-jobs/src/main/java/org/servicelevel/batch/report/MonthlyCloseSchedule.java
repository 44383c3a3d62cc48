package org.servicelevel.batch.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.servicelevel.domain.model.identity.Role;

/**
 * Starts the monthly report of the previous month for every agreement on the configured day and
 * hour ({@code servicelevel.reports.monthly.*}; by default the 1st at 12:00 UTC), and the adjustment
 * of that month once the report completed, so the results are drafts well before the 5th. One persistent timer, created at start-up and replaced when the
 * configured schedule changes; the timer service fires it once per cluster.
 */
@Singleton
@Startup
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
public class MonthlyCloseSchedule {

    private static final String INFO = "monthly close";

    @Resource
    private TimerService timers;

    @Inject
    private MonthCloseJobs jobs;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @PostConstruct
    void schedule() {
        boolean enabled = config.getOptionalValue("servicelevel.reports.monthly.enabled", Boolean.class).orElse(true);
        int day = config.getOptionalValue("servicelevel.reports.monthly.day", Integer.class).orElse(1);
        int hour = config.getOptionalValue("servicelevel.reports.monthly.hour", Integer.class).orElse(12);
        String zone = config.getOptionalValue("servicelevel.reports.monthly.zone", String.class).orElse("UTC");
        String wanted = INFO + " on day " + day + " at " + hour + ":00 " + zone;
        boolean valid = day >= 1 && day <= 28 && hour >= 0 && hour <= 23 && knownZone(zone);
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof String info && info.startsWith(INFO)) {
                if (enabled && valid && info.equals(wanted)) {
                    return;
                }
                timer.cancel();
            }
        }
        if (!enabled) {
            log.info("The monthly close timer is off (servicelevel.reports.monthly.enabled=false)");
            return;
        }
        if (!valid) {
            log.severe(() -> "The monthly close timer is not set: servicelevel.reports.monthly.day must be 1 to 28,"
                    + " hour 0 to 23 and zone a time zone such as UTC; they are " + day + ", " + hour + ", " + zone);
            return;
        }
        ScheduleExpression expression = new ScheduleExpression().dayOfMonth(day).hour(hour).minute(0).second(0)
                .timezone(zone);
        timers.createCalendarTimer(expression, new TimerConfig(wanted, true));
        log.info(() -> "The monthly close runs " + wanted.substring(INFO.length() + 1));
    }

    @Timeout
    void run(Timer timer) {
        String zone = config.getOptionalValue("servicelevel.reports.monthly.zone", String.class).orElse("UTC");
        YearMonth previous = YearMonth.now(clock.withZone(ZoneId.of(zone))).minusMonths(1);
        try {
            jobs.startReportThenAdjustment(previous, null);
        } catch (RuntimeException e) {
            log.log(Level.SEVERE, "The monthly report of " + previous + " could not be started", e);
        }
    }

    private static boolean knownZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
