package org.servicelevel.infrastructure.scheduling;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.application.escalation.EscalationService;
import org.servicelevel.domain.model.identity.Role;

/**
 * Fires chunks of due escalation steps on a thread of its own, as the system identity, so that the
 * escalation timer can keep several transactions going at once when many steps come due together.
 * Each chunk fires in one transaction; if that fails, its steps are fired one by one, and a step that
 * fails alone is put off for five minutes and logged, so one bad ticket does not hold up the others.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class EscalationWorker {

    static final Duration RETRY = Duration.ofMinutes(5);

    @Inject
    private EscalationService escalations;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    /** Fires the chunks one after the other; the future holds the ids of the steps taken. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Set<Long>> fire(List<List<Long>> chunks) {
        return new AsyncResult<>(fireNow(chunks));
    }

    /** As {@link #fire}, on the caller's thread. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Set<Long> fireNow(List<List<Long>> chunks) {
        Set<Long> taken = new HashSet<>();
        for (List<Long> chunk : chunks) {
            if (chunk.size() == 1) {
                taken.addAll(fireOne(chunk.get(0)));
                continue;
            }
            try {
                taken.addAll(escalations.fireAll(chunk));
            } catch (RuntimeException e) {
                log.log(Level.FINE, "Escalation: a chunk of " + chunk.size() + " steps failed; firing them one by one", e);
                chunk.forEach(id -> taken.addAll(fireOne(id)));
            }
        }
        return taken;
    }

    private Set<Long> fireOne(long id) {
        try {
            return escalations.fire(id) ? Set.of(id) : Set.of();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Escalation step " + id + " could not be fired (e.g. the ticket changed at the"
                    + " same moment, or its service is no longer covered); it is tried again in " + RETRY.toMinutes()
                    + " minutes", e);
            try {
                escalations.postpone(id, clock.instant().plus(RETRY));
            } catch (RuntimeException e2) {
                log.log(Level.WARNING, "Escalation step " + id + " could not be postponed", e2);
            }
            return Set.of();
        }
    }
}
