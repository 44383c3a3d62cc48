package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * One service of the agreement as the month's close measures its availability: the calendar of its
 * service hours, its availability target (if it has one) and the outage records that touch the month
 * (for this customer or for every customer of the service).
 */
public record ServiceFacts(String code, WorkCalendar calendar, AvailabilityTarget target, List<Outage> outages) {

    public ServiceFacts {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a service has a code");
        }
        Objects.requireNonNull(calendar, "the calendar of service " + code);
        outages = List.copyOf(outages == null ? List.of() : outages);
    }

    /**
     * At least {@code minimumPercent} of the month's service hours available, and optionally no
     * single outage longer than {@code maxOutage} of service hours.
     */
    public record AvailabilityTarget(BigDecimal minimumPercent, Duration maxOutage) {

        public AvailabilityTarget {
            CloseTerms.requirePercent(minimumPercent, "the availability target");
            if (maxOutage != null && (maxOutage.isNegative() || maxOutage.isZero())) {
                throw new IllegalArgumentException("the longest outage allowed is above zero, not " + maxOutage);
            }
        }
    }

    /**
     * A period the service was down, from {@code start} until {@code end} ({@code null} while it
     * lasts), with a reference to its record.
     */
    public record Outage(Instant start, Instant end, String reference) {

        public Outage {
            Objects.requireNonNull(start, "start of an outage");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("outage " + reference + " ends at " + end + ", before it starts at "
                        + start);
            }
        }
    }
}
