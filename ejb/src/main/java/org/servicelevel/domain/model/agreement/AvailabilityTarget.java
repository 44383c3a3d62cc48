package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The uptime a service promises in a month: at least {@code minimumPercent} of its service hours
 * available, and optionally no single outage longer than {@code maxOutage} (service hours). Measured
 * from the outage records kept per service.
 */
@Embeddable
public class AvailabilityTarget {

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Column(name = "minimum_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal minimumPercent;

    @Column(name = "max_outage_seconds")
    private Long maxOutageSeconds;

    protected AvailabilityTarget() {
    }

    public AvailabilityTarget(String serviceCode, BigDecimal minimumPercent, Duration maxOutage) {
        this.serviceCode = serviceCode;
        this.minimumPercent = minimumPercent;
        this.maxOutageSeconds = maxOutage == null ? null : maxOutage.getSeconds();
    }

    public String serviceCode() {
        return serviceCode;
    }

    public BigDecimal minimumPercent() {
        return minimumPercent;
    }

    public Optional<Duration> maxOutage() {
        return Optional.ofNullable(maxOutageSeconds).map(Duration::ofSeconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvailabilityTarget other && Objects.equals(serviceCode, other.serviceCode)
                && Objects.equals(minimumPercent, other.minimumPercent)
                && Objects.equals(maxOutageSeconds, other.maxOutageSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceCode, minimumPercent);
    }
}
