package org.servicelevel.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;

/** A clock as last computed and stored with its ticket, so that tickets can be filtered by it. */
@Embeddable
public class ClockSnapshot {

    @Column(name = "metric", nullable = false, length = 80)
    private String metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private ClockState state;

    @Column(name = "target_seconds", nullable = false)
    private long targetSeconds;

    @Column(name = "elapsed_seconds", nullable = false)
    private long elapsedSeconds;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(name = "breaches_after")
    private Instant breachesAfter;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected ClockSnapshot() {
    }

    public ClockSnapshot(SlaClock clock, Instant computedAt) {
        this.metric = clock.metric();
        this.state = clock.state();
        this.targetSeconds = clock.target().getSeconds();
        this.elapsedSeconds = clock.elapsed().getSeconds();
        this.dueAt = clock.due();
        this.breachedAt = clock.breachedAt();
        this.breachesAfter = clock.breachesAfter();
        this.computedAt = computedAt;
    }

    /**
     * Whether this snapshot says what {@code clock} says, but for the time counted: the same metric,
     * state, target, due instant and breach instants.
     */
    public boolean tells(SlaClock clock) {
        return metric.equals(clock.metric()) && state == clock.state() && targetSeconds == clock.target().getSeconds()
                && Objects.equals(dueAt, clock.due()) && Objects.equals(breachedAt, clock.breachedAt())
                && Objects.equals(breachesAfter, clock.breachesAfter());
    }

    public String metric() {
        return metric;
    }

    public ClockState state() {
        return state;
    }

    public long targetSeconds() {
        return targetSeconds;
    }

    public long elapsedSeconds() {
        return elapsedSeconds;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }

    /** For a running clock, the instant after which it is breached if it keeps running. */
    public Instant breachesAfter() {
        return breachesAfter;
    }
}
