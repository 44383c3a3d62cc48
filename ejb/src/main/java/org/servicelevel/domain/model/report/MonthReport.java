package org.servicelevel.domain.model.report;

import java.util.List;
import java.util.Objects;

/**
 * The quantitative report of an agreement's month: the figures of each priority (in order of
 * number), the availability of each service (in the order given), and the flags for tickets whose
 * priority was lowered after a breach.
 */
public record MonthReport(ClosingMonth month, List<PriorityFigures> priorities, List<ServiceAvailability> services,
                          List<PriorityFlag> flags) {

    public MonthReport {
        Objects.requireNonNull(month, "month");
        priorities = List.copyOf(priorities);
        services = List.copyOf(services);
        flags = List.copyOf(flags);
    }

    /** The figures of the priority with the number. */
    public PriorityFigures priority(int number) {
        return priorities.stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the report has no priority " + number));
    }

    /** The availability of the service with the code. */
    public ServiceAvailability service(String code) {
        return services.stream().filter(s -> s.service().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the report has no service " + code));
    }
}
