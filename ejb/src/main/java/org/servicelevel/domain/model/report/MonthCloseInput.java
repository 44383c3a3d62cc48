package org.servicelevel.domain.model.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.servicelevel.domain.model.agreement.MetricKind;

/**
 * Everything one agreement's month is closed from: the month, the terms as the close needs them, the
 * tickets that touch the month (registered in it, ended in it, or open at its end; others are
 * ignored), the services with their calendars, availability targets and outages, the result of the
 * last survey campaign completed on or before the month's last day ({@code null} when there is none
 * yet), and the month's usage.
 */
public record MonthCloseInput(ClosingMonth month, CloseTerms terms, List<TicketFacts> tickets,
                              List<ServiceFacts> services, SurveyResult survey, UsageFacts usage) {

    public MonthCloseInput {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(terms, "terms");
        tickets = List.copyOf(tickets);
        services = List.copyOf(services);
        usage = usage == null ? UsageFacts.NONE : usage;
        Set<String> numbers = new HashSet<>();
        for (TicketFacts ticket : tickets) {
            if (!numbers.add(ticket.number())) {
                throw new IllegalArgumentException("ticket " + ticket.number() + " is listed twice");
            }
            if (terms.priority(ticket.priority()).isEmpty()) {
                throw new IllegalArgumentException("ticket " + ticket.number() + " has priority " + ticket.priority()
                        + ", which the terms do not have");
            }
        }
        Set<String> codes = new HashSet<>();
        for (ServiceFacts service : services) {
            if (!codes.add(service.code().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("service " + service.code() + " is listed twice");
            }
        }
        for (CloseTerms.Metric metric : terms.metrics()) {
            if (metric.kind() == MetricKind.AVAILABILITY && services.stream().noneMatch(s ->
                    s.code().equalsIgnoreCase(metric.service()) && s.target() != null)) {
                throw new IllegalArgumentException("the availability metric of service " + metric.service()
                        + " needs the service with its availability target");
            }
        }
        if (survey != null && survey.completedOn().isAfter(month.lastDay())) {
            throw new IllegalArgumentException("campaign " + survey.campaign() + " was completed on "
                    + survey.completedOn() + ", after the month " + month.month() + " it would be used for");
        }
    }
}
