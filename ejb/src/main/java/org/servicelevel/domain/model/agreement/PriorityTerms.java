package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One priority of an agreement (1 is the most urgent) with its targets: the working time until the
 * first response and until resolution, counted on the service's calendar, and the largest share of
 * tickets that may be resolved late in a month. A priority "by agreement" has no targets: its
 * deadlines are agreed ticket by ticket. {@code requestKinds} are the kinds of requests that fall
 * under the priority (e.g. "outage", "question"), used to choose the priority of a new ticket.
 */
@Embeddable
public class PriorityTerms implements ResponseAndResolution {

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "response_seconds")
    private Long responseSeconds;

    @Column(name = "resolution_seconds")
    private Long resolutionSeconds;

    @Column(name = "max_overdue_percent", precision = 5, scale = 2)
    private BigDecimal maxOverduePercent;

    @Column(name = "by_agreement", nullable = false)
    private boolean byAgreement;

    /** The request kinds, one per line. */
    @Column(name = "request_kinds", length = 2000)
    private String requestKinds;

    protected PriorityTerms() {
    }

    public PriorityTerms(int number, String name, Duration response, Duration resolution, BigDecimal maxOverduePercent,
                         boolean byAgreement, List<String> requestKinds) {
        this.number = number;
        this.name = name;
        this.responseSeconds = response == null ? null : response.getSeconds();
        this.resolutionSeconds = resolution == null ? null : resolution.getSeconds();
        this.maxOverduePercent = maxOverduePercent;
        this.byAgreement = byAgreement;
        this.requestKinds = requestKinds == null || requestKinds.isEmpty() ? null : String.join("\n", requestKinds);
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    @Override
    public Optional<Duration> response() {
        return Optional.ofNullable(responseSeconds).map(Duration::ofSeconds);
    }

    @Override
    public Optional<Duration> resolution() {
        return Optional.ofNullable(resolutionSeconds).map(Duration::ofSeconds);
    }

    /**
     * This priority with other targets, e.g. those of a service that sets its own; a target given as
     * {@code null} stays the priority's.
     */
    public PriorityTerms withTargets(Duration response, Duration resolution) {
        return new PriorityTerms(number, name, response != null ? response : response().orElse(null),
                resolution != null ? resolution : resolution().orElse(null), maxOverduePercent, byAgreement,
                requestKinds());
    }

    /** The largest share of late tickets allowed in a month, in percent (20 means 20 %). */
    public Optional<BigDecimal> maxOverduePercent() {
        return Optional.ofNullable(maxOverduePercent);
    }

    public boolean byAgreement() {
        return byAgreement;
    }

    public List<String> requestKinds() {
        return requestKinds == null ? List.of() : Arrays.asList(requestKinds.split("\n"));
    }

    /** Whether a request of this kind falls under the priority (case does not matter). */
    public boolean covers(String requestKind) {
        return requestKind != null && requestKinds().stream().anyMatch(k -> k.equalsIgnoreCase(requestKind.strip()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityTerms other && number == other.number && Objects.equals(name, other.name)
                && Objects.equals(responseSeconds, other.responseSeconds)
                && Objects.equals(resolutionSeconds, other.resolutionSeconds)
                && Objects.equals(maxOverduePercent, other.maxOverduePercent) && byAgreement == other.byAgreement
                && new HashSet<>(requestKinds()).equals(new HashSet<>(other.requestKinds()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, name);
    }

    @Override
    public String toString() {
        return "priority " + number + " (" + name + ")";
    }
}
