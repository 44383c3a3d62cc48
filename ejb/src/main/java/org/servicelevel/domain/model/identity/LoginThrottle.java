package org.servicelevel.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed sign-ins of one subject (an account or a client address) within the current window, and
 * until when further attempts are refused: after a few free failures each further one costs a growing
 * delay, and enough of them lock the subject out (see {@link ThrottlePolicy}). While refused, even the
 * right password is not checked, so guessing gains nothing; a successful sign-in clears an account's
 * record.
 */
@Entity
@Table(name = "login_throttle")
@NamedQuery(name = "LoginThrottle.findBlocked",
        query = "SELECT t FROM LoginThrottle t WHERE t.blockedUntil > :now ORDER BY t.blockedUntil DESC")
@NamedQuery(name = "LoginThrottle.deleteQuiet", query = "DELETE FROM LoginThrottle t WHERE t.lastFailureAt < :cutoff"
        + " AND (t.blockedUntil IS NULL OR t.blockedUntil < :now)")
public class LoginThrottle {

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    @Id
    @Column(length = 320)
    private String subject;

    @Version
    private long version;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(nullable = false)
    private boolean locked;

    protected LoginThrottle() {
    }

    public LoginThrottle(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /** The subject of a username (compared as stored: trimmed, lower case). */
    public static String account(String username) {
        return ACCOUNT + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The subject of a client's network address. */
    public static String address(String address) {
        return ADDRESS + (address == null ? "unknown" : address.strip());
    }

    /** The instant until which attempts are refused, if they are at {@code now}. */
    public Optional<Instant> blockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil) ? Optional.of(blockedUntil) : Optional.empty();
    }

    /**
     * Counts a failed attempt at {@code now}: failures older than the window are forgotten first.
     *
     * @return whether this failure locked the subject out
     */
    public boolean failed(Instant now, ThrottlePolicy policy) {
        if (lastFailureAt == null || Duration.between(lastFailureAt, now).compareTo(policy.window()) > 0
                || locked && blockedAt(now).isEmpty()) {
            failures = 0;
            firstFailureAt = now;
            locked = false;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= policy.lockoutFailures()) {
            boolean newly = !locked;
            locked = true;
            blockedUntil = now.plus(policy.lockout());
            return newly;
        }
        Duration delay = policy.delayAfter(failures);
        blockedUntil = delay.isZero() ? null : now.plus(delay);
        return false;
    }

    /** Forgets the failures: a successful sign-in, or an administrator lifting a lockout. */
    public void clear(Instant now) {
        failures = 0;
        locked = false;
        blockedUntil = null;
        firstFailureAt = now;
        lastFailureAt = now;
    }

    public String subject() {
        return subject;
    }

    public int failures() {
        return failures;
    }

    public boolean locked() {
        return locked;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public Optional<Instant> blockedUntil() {
        return Optional.ofNullable(blockedUntil);
    }

    public boolean isAccount() {
        return subject.startsWith(ACCOUNT);
    }
}
