package org.servicelevel.application.identity.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.identity.LoginThrottle;
import org.servicelevel.domain.model.identity.LoginThrottleRepository;
import org.servicelevel.domain.model.identity.ThrottlePolicy;

/**
 * Keeps the failed sign-ins of accounts and client addresses, each change in a transaction of its own so
 * that it counts whatever becomes of the sign-in. The policy is read from MicroProfile Config
 * ({@code servicelevel.sign-in.*}) at every use, so a change needs no redeploy. Lockouts are audited.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

    static final String AUDIT_SUBJECT = "sign-in";

    @Inject
    private LoginThrottleRepository throttles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Logger log;

    /** Until when the first of {@code subjects} that is refused at {@code now} is refused, if any is. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> refusedUntil(Instant now, String... subjects) {
        Optional<Instant> latest = Optional.empty();
        for (String subject : subjects) {
            Optional<Instant> until = throttles.find(subject).flatMap(t -> t.blockedAt(now));
            if (until.isPresent() && (latest.isEmpty() || until.get().isAfter(latest.get()))) {
                latest = until;
            }
        }
        return latest;
    }

    /** Counts a failed sign-in of {@code subject}; its policy depends on whether it is an account or an address. */
    public void failed(String subject, Instant now, String detail) {
        LoginThrottle throttle = throttles.findForUpdate(subject).orElseGet(() -> new LoginThrottle(subject));
        ThrottlePolicy policy = policy(throttle.isAccount());
        boolean lockedOut = throttle.failed(now, policy);
        throttles.store(throttle);
        if (lockedOut) {
            audit.record(new AuditEntry(now, "system", AUDIT_SUBJECT, 0, "locked out", subject + " after "
                    + throttle.failures() + " failed sign-ins (last " + detail + "), until "
                    + throttle.blockedUntil().orElse(now)));
            log.warning(() -> "Sign-in of " + subject + " locked out after " + throttle.failures() + " failures until "
                    + throttle.blockedUntil().orElse(now));
        }
    }

    /** Forgets the failures of {@code subject}, if it has any. */
    public void cleared(String subject, Instant now, String actor) {
        throttles.findForUpdate(subject).filter(t -> t.failures() > 0 || t.blockedUntil().isPresent()).ifPresent(t -> {
            boolean wasRefused = t.blockedAt(now).isPresent();
            t.clear(now);
            throttles.store(t);
            if (wasRefused && actor != null) {
                audit.record(new AuditEntry(now, actor, AUDIT_SUBJECT, 0, "unlocked", subject));
            }
        });
    }

    static ThrottlePolicy policy(boolean account) {
        Config config = ConfigProvider.getConfig();
        String kind = account ? "account" : "address";
        return new ThrottlePolicy(
                config.getValue("servicelevel.sign-in." + kind + ".free-failures", Integer.class),
                Duration.ofSeconds(config.getValue("servicelevel.sign-in.first-delay-seconds", Long.class)),
                Duration.ofSeconds(config.getValue("servicelevel.sign-in.max-delay-seconds", Long.class)),
                config.getValue("servicelevel.sign-in." + kind + ".lockout-failures", Integer.class),
                Duration.ofMinutes(config.getValue("servicelevel.sign-in.lockout-minutes", Long.class)),
                Duration.ofMinutes(config.getValue("servicelevel.sign-in.window-minutes", Long.class)));
    }
}
