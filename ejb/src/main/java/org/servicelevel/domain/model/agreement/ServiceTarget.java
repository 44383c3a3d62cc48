package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's own targets for one priority, where the service needs other targets than the
 * agreement's (e.g. the network restored within 2 hours while other services at priority 1 get 4).
 * Either target may be left out: the priority's target of the agreement then applies to the service.
 */
@Embeddable
public class ServiceTarget implements ResponseAndResolution {

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Column(name = "priority_number", nullable = false)
    private int priority;

    @Column(name = "response_seconds")
    private Long responseSeconds;

    @Column(name = "resolution_seconds")
    private Long resolutionSeconds;

    protected ServiceTarget() {
    }

    public ServiceTarget(String serviceCode, int priority, Duration response, Duration resolution) {
        this.serviceCode = serviceCode;
        this.priority = priority;
        this.responseSeconds = response == null ? null : response.getSeconds();
        this.resolutionSeconds = resolution == null ? null : resolution.getSeconds();
    }

    public String serviceCode() {
        return serviceCode;
    }

    public int priority() {
        return priority;
    }

    @Override
    public Optional<Duration> response() {
        return Optional.ofNullable(responseSeconds).map(Duration::ofSeconds);
    }

    @Override
    public Optional<Duration> resolution() {
        return Optional.ofNullable(resolutionSeconds).map(Duration::ofSeconds);
    }

    /** Whether these are the targets of the given service (case does not matter) at the given priority. */
    public boolean of(String code, int number) {
        return code != null && serviceCode != null && serviceCode.equalsIgnoreCase(code.strip()) && priority == number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceTarget other && Objects.equals(serviceCode, other.serviceCode)
                && priority == other.priority && Objects.equals(responseSeconds, other.responseSeconds)
                && Objects.equals(resolutionSeconds, other.resolutionSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceCode, priority);
    }

    @Override
    public String toString() {
        return serviceCode + " priority " + priority;
    }
}
