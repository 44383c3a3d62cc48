package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.escalation.EscalationService;
import org.servicelevel.application.escalation.EscalationService.DueStep;
import org.servicelevel.application.escalation.StepsPlanned;
import org.servicelevel.domain.model.identity.Role;

/**
 * The one timer that drives escalation: a persistent single-action timer armed by the earliest
 * pending escalation step, however many open clocks there are. When it fires it takes every due step,
 * in chunks that several workers fire at once, each chunk in a transaction that locks its steps' rows
 * (so a step fires once even if another server instance or a redelivery tries it too), then arms
 * itself by the next one. A transaction that plans an earlier
 * step arms it earlier once it commits. After a start it looks at once, so steps that came due while
 * the server was down fire then, marked late; a sweep every five minutes catches steps planned by
 * another server instance or a timer lost with a crash. The timer service fires a timer no sooner
 * than a second after it is created, so a step due within that second is waited for in the pass.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@DependsOn("DatabaseMigration")
public class EscalationTimer {

    private static final String INFO = "escalation";

    /** The timer service's least time from creating a timer to its first expiration (its default setting). */
    static final Duration NEAR = Duration.ofSeconds(1);

    /** How long one pass may go on waiting for steps due within {@link #NEAR}, before it arms the timer instead. */
    static final Duration NEAR_FOR = Duration.ofMinutes(1);

    @Resource
    private TimerService timers;

    @Inject
    private EscalationService escalations;

    @Inject
    private EscalationWorker worker;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Inject
    @ConfigProperty(name = "servicelevel.escalation.batch", defaultValue = "2000")
    private int batch;

    /** How many due steps one transaction fires. */
    @Inject
    @ConfigProperty(name = "servicelevel.escalation.chunk", defaultValue = "100")
    private int chunk;

    /** How many transactions fire due steps at once. */
    @Inject
    @ConfigProperty(name = "servicelevel.escalation.workers", defaultValue = "3")
    private int workers;

    private final Object arming = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private Instant armedAt;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(1_000, new TimerConfig("escalation after start", false));
    }

    /** Arms the timer earlier once a transaction that planned an earlier step has committed. */
    public void planned(@Observes(during = TransactionPhase.AFTER_SUCCESS) StepsPlanned planned) {
        planned.earliest().ifPresent(this::arm);
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "escalation sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        fireDue();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout(Timer timer) {
        fireDue();
    }

    /**
     * Fires every due step, then arms the timer by the next; a pass already running takes over the
     * work. A step due sooner than the timer service would fire a timer armed now (it keeps at least
     * {@link #NEAR} between creating a timer and its first expiration) is waited for in the pass, for at
     * most {@link #NEAR_FOR} in a row, so that steps coming due a few hundred milliseconds apart do not
     * each fire a second late.
     */
    private void fireDue() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            long waitUntil = System.nanoTime() + NEAR_FOR.toNanos();
            do {
                again.set(false);
                firePass();
                if (!again.get()) {
                    waitForNear(waitUntil);
                }
            } while (again.get());
            synchronized (arming) {
                armedAt = null;
            }
            escalations.nextDue().ifPresent(this::arm);
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Escalation: a pass failed; the sweep tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** Waits for the next step if it comes due within {@link #NEAR} and the pass may still wait; then looks again. */
    private void waitForNear(long waitUntil) {
        if (System.nanoTime() - waitUntil >= 0) {
            return;
        }
        Instant now = clock.instant();
        Optional<Instant> next = escalations.nextDue();
        if (next.isEmpty() || !next.get().isBefore(now.plus(NEAR))) {
            return;
        }
        long millis = Duration.between(now, next.get()).toMillis();
        try {
            if (millis > 0) {
                Thread.sleep(millis);
            }
            again.set(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Fires the due steps, looking again until none is left that this pass has not tried: a step
     * another instance is firing is skipped, one that failed is postponed. Each round takes at most one
     * step of a ticket (firing it plans the ticket's other steps afresh) and deals the round's chunks
     * out to the workers, one chunk after another for each.
     */
    private void firePass() {
        Set<Long> tried = new HashSet<>();
        for (List<DueStep> due = escalations.dueSteps(batch); ; due = escalations.dueSteps(batch)) {
            Map<Long, Long> round = new LinkedHashMap<>();
            due.stream().filter(d -> !tried.contains(d.step())).forEach(d -> round.putIfAbsent(d.ticket(), d.step()));
            if (round.isEmpty()) {
                return;
            }
            tried.addAll(round.values());
            fire(new ArrayList<>(round.values()));
        }
    }

    private void fire(List<Long> steps) {
        int size = Math.max(1, Math.min(chunk, (steps.size() + workers - 1) / Math.max(1, workers)));
        List<List<List<Long>>> shares = new ArrayList<>();
        for (int from = 0, i = 0; from < steps.size(); from += size, i++) {
            if (shares.size() < Math.max(1, workers)) {
                shares.add(new ArrayList<>());
            }
            shares.get(i % shares.size()).add(steps.subList(from, Math.min(steps.size(), from + size)));
        }
        if (shares.size() == 1) {
            worker.fireNow(shares.get(0));
            return;
        }
        List<Future<Set<Long>>> running = shares.stream().map(worker::fire).toList();
        for (Future<Set<Long>> share : running) {
            try {
                share.get();
            } catch (ExecutionException e) {
                log.log(Level.WARNING, "Escalation: a worker failed; the sweep tries its steps again", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while escalation steps were fired", e);
            }
        }
    }

    /** Arms the timer by {@code due} unless it is armed by an earlier instant already. */
    private void arm(Instant due) {
        synchronized (arming) {
            if (armedAt != null && !due.isBefore(armedAt)) {
                return;
            }
            for (Timer t : timers.getTimers()) {
                if (INFO.equals(t.getInfo())) {
                    t.cancel();
                }
            }
            Instant now = clock.instant();
            Instant at = due.isBefore(now) ? now : due;
            timers.createSingleActionTimer(Date.from(at), new TimerConfig(INFO, true));
            armedAt = at;
        }
    }
}
