package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.servicelevel.application.DeadlineReached;
import org.servicelevel.application.DeadlineScheduler;
import org.servicelevel.domain.model.deadline.DeadlineFiring;
import org.servicelevel.domain.model.deadline.DeadlineFiringRepository;
import org.servicelevel.domain.model.identity.Role;

/**
 * Deadlines as persistent single-action EJB timers. The timer service stores them in its database
 * and, in a cluster, fires each on one instance; {@link #fire(Timer)} runs in a container
 * transaction, so an observer that throws rolls the firing back and the timer is retried.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class EjbTimerDeadlineScheduler implements DeadlineScheduler {

    @Resource
    private TimerService timerService;

    @Inject
    private Event<DeadlineReached> reached;

    @Inject
    private DeadlineFiringRepository firings;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Override
    public void schedule(String kind, String reference, Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        Instant due = at.truncatedTo(ChronoUnit.MILLIS);
        timerService.createSingleActionTimer(Date.from(due),
                new TimerConfig(new DeadlineTimerInfo(kind, reference, due), true));
    }

    @Override
    public int cancel(String kind, String reference) {
        List<Timer> matching = timersOf(kind, reference).toList();
        matching.forEach(Timer::cancel);
        return matching.size();
    }

    @Override
    public List<Instant> pending(String kind, String reference) {
        return timersOf(kind, reference)
                .map(t -> ((DeadlineTimerInfo) t.getInfo()).due())
                .sorted()
                .toList();
    }

    @Override
    public List<DeadlineReached> fired(String kind, String reference) {
        return firings.findAll(kind, reference).stream()
                .map(f -> new DeadlineReached(f.kind(), f.reference(), f.dueAt(), f.firedAt()))
                .toList();
    }

    private Stream<Timer> timersOf(String kind, String reference) {
        return timerService.getTimers().stream()
                .filter(t -> t.getInfo() instanceof DeadlineTimerInfo info
                        && info.kind().equals(kind) && info.reference().equals(reference));
    }

    @Timeout
    void fire(Timer timer) {
        if (!(timer.getInfo() instanceof DeadlineTimerInfo info)) {
            return;
        }
        if (firings.find(info.kind(), info.reference(), info.due()).isPresent()) {
            log.info(() -> "Deadline " + info.kind() + "/" + info.reference() + " due " + info.due()
                    + " was already handled; delivery ignored");
            return;
        }
        Instant now = clock.instant();
        firings.store(new DeadlineFiring(info.kind(), info.reference(), info.due(), now));
        log.fine(() -> "Deadline " + info.kind() + "/" + info.reference() + " due " + info.due() + " reached");
        reached.fire(new DeadlineReached(info.kind(), info.reference(), info.due(), now));
    }
}
