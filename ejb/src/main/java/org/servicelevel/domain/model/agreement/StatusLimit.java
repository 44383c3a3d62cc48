package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.util.Objects;

/**
 * A time-in-status limit: a ticket of the given priority may stay at most {@code max} working time
 * in the given ticket status (e.g. at most 30 minutes in NEW before someone takes it).
 */
@Embeddable
public class StatusLimit {

    @Column(name = "priority_number", nullable = false)
    private int priority;

    @Column(name = "status", nullable = false, length = 60)
    private String status;

    @Column(name = "max_seconds", nullable = false)
    private long maxSeconds;

    protected StatusLimit() {
    }

    public StatusLimit(int priority, String status, Duration max) {
        this.priority = priority;
        this.status = status;
        this.maxSeconds = max.getSeconds();
    }

    public int priority() {
        return priority;
    }

    public String status() {
        return status;
    }

    public Duration max() {
        return Duration.ofSeconds(maxSeconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusLimit other && priority == other.priority && Objects.equals(status, other.status)
                && maxSeconds == other.maxSeconds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(priority, status, maxSeconds);
    }
}
