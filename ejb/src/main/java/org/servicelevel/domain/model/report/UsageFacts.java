package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The month's usage the invoice needs besides tickets: development hours worked, weekend and holiday
 * support days ordered, and the tickets each service's own volume has already marked as billable
 * extras (see the usage counters).
 */
public record UsageFacts(BigDecimal developmentHours, int weekendHolidayDays, List<ServiceExtras> overVolumeTickets) {

    /** No usage besides tickets, and no service volume exceeded. */
    public static final UsageFacts NONE = new UsageFacts(BigDecimal.ZERO, 0, List.of());

    public UsageFacts {
        CloseTerms.requireNotNegative(developmentHours, "development hours");
        if (weekendHolidayDays < 0) {
            throw new IllegalArgumentException("weekend and holiday support days are at least 0, not "
                    + weekendHolidayDays);
        }
        overVolumeTickets = List.copyOf(overVolumeTickets == null ? List.of() : overVolumeTickets);
    }

    /** The tickets the services' volumes mark as extras, each once, in the order given. */
    public Set<String> serviceExtraTickets() {
        Set<String> tickets = new LinkedHashSet<>();
        overVolumeTickets.forEach(e -> tickets.addAll(e.tickets()));
        return tickets;
    }

    /** The tickets of one service beyond its own monthly volume of tickets. */
    public record ServiceExtras(String service, List<String> tickets) {

        public ServiceExtras {
            Objects.requireNonNull(service, "service");
            tickets = List.copyOf(tickets);
        }
    }
}
