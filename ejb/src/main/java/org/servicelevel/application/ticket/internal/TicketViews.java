package org.servicelevel.application.ticket.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicelevel.application.ticket.TicketDetails;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.escalation.EscalationStanding;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.escalation.ScheduledStepRepository;
import org.servicelevel.domain.model.ticket.StatusModel;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.ticket.TicketStatus;

/** Builds what readers see of a ticket, with its clocks computed for the instant asked for. */
@Dependent
public class TicketViews {

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketClocks clocks;

    @Inject
    private ScheduledStepRepository escalationSteps;

    /** The ticket as shown, with its clocks as of {@code asOf}. */
    TicketDetails details(Ticket t, Instant asOf) {
        return details(t, asOf, tickets.statusModel(), tickets.findChildren(t).stream().map(Ticket::number).toList(),
                EscalationStanding.of(escalationSteps.ofTicket(t.id())));
    }

    /** The tickets of a page, reading the status model and the children once for all of them. */
    List<TicketDetails> page(List<Ticket> page, Instant asOf) {
        StatusModel model = tickets.statusModel();
        java.util.Map<Long, List<String>> children = tickets.childNumbers(page);
        java.util.Map<Long, List<ScheduledStep>> steps = escalationSteps.ofTickets(page.stream().map(Ticket::id)
                .toList()).stream().collect(java.util.stream.Collectors.groupingBy(ScheduledStep::ticketId));
        return page.stream().map(t -> details(t, asOf, model, children.getOrDefault(t.id(), List.of()),
                EscalationStanding.of(steps.getOrDefault(t.id(), List.of())))).toList();
    }

    private TicketDetails details(Ticket t, Instant asOf, StatusModel model, List<String> children,
                                  java.util.Map<String, EscalationStanding> escalation) {
        List<SlaClock> current = clocks.clocks(t, asOf);
        Optional<AgreementTerms> terms = clocks.terms(t);
        String priorityName = terms.flatMap(x -> t.priority() == null ? Optional.empty() : x.priority(t.priority()))
                .map(PriorityTerms::name).orElse(null);
        String serviceName = terms.flatMap(x -> x.service(t.serviceCode())).map(s -> s.name()).orElse(null);
        Optional<ServiceCalendar> calendar = clocks.calendar(t);
        Optional<Agreement> agreement = t.agreement();
        return new TicketDetails(t.id(), t.version(), t.number(), t.externalReference().orElse(null),
                t.customer().code(), t.customer().name(), t.requesterUsername(), t.requesterName(), t.requesterEmail(),
                t.title(), t.description(), t.serviceCode(), serviceName, agreement.map(Agreement::id).orElse(null),
                agreement.map(Agreement::number).orElse(null), t.agreementVersion(), agreement.isEmpty(),
                clocks.inheritedVersions(t), t.priority(), priorityName, t.impact().orElse(null),
                t.urgency().orElse(null), t.requestType(), t.tags(), t.channel(),
                t.region(), t.assignee(), t.supportGroup().map(g -> g.code()).orElse(null),
                t.supportGroup().map(g -> g.lineLevel()).orElse(null), t.status(),
                model.status(t.status()).map(TicketStatus::name).orElse(t.status()), t.statusCategory(),
                t.registeredAt(), t.firstResponseAt().orElse(null), t.resolvedAt().orElse(null),
                t.closedAt().orElse(null), t.parent().map(Ticket::number).orElse(null),
                children, calendar.map(ServiceCalendar::name).orElse(null),
                calendar.map(c -> c.engine().zone().getId()).orElse(null), asOf, current, escalation);
    }
}
