package org.servicelevel.application.escalation.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicelevel.application.escalation.ClockEscalated;
import org.servicelevel.application.escalation.EscalationEntry;
import org.servicelevel.application.escalation.EscalationService;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.ticket.internal.TicketClocks;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.escalation.EscalationStanding;
import org.servicelevel.domain.model.escalation.PlannedStep;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.escalation.ScheduledStepRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.worktime.WorkCalendar;

@Stateless
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class EscalationServiceBean implements EscalationService {


    @Inject
    private ScheduledStepRepository steps;

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketClocks clocks;

    @Inject
    private EscalationPlanning planning;

    @Inject
    private EscalationActions actions;

    @Inject
    private CallerContext callers;

    @Inject
    private jakarta.enterprise.event.Event<ClockEscalated> escalated;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Inject
    @ConfigProperty(name = "com.sun.aas.instanceName", defaultValue = "server")
    private String instance;

    /** A step that fires later than this after its due instant is marked late (the server was down, or busy). */
    @Inject
    @ConfigProperty(name = "servicelevel.escalation.late-after", defaultValue = "PT1M")
    private String lateAfter;

    @jakarta.annotation.Resource(lookup = "java:app/AppName")
    private String application;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext session;

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void replan(long ticketId) {
        tickets.findById(ticketId).ifPresent(ticket -> {
            Instant at = ticket.nextInstant(clock.instant());
            AgreementTerms terms = clocks.terms(ticket).map(t -> t.forService(ticket.serviceCode())).orElse(null);
            WorkCalendar calendar = terms == null ? null
                    : clocks.calendar(ticket).map(ServiceCalendar::engine).orElse(null);
            List<SlaClock> current = clocks.clocks(ticket, at);
            // the stored clocks follow too (the breached filter reads them): a termination cancels a
            // running clock, imported holidays move a due instant
            ticket.refreshClocks(current, clock.instant());
            planning.plan(ticket, current, terms, calendar, at);
        });
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public List<Long> ticketsOnCalendar(long calendarId) {
        return steps.ticketsToReplanOnCalendar(calendarId);
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public List<Long> ticketsOfAgreement(long agreementId) {
        return steps.ticketsToReplanOfAgreement(agreementId);
    }

    private static ClockEscalated.Kind kindOf(ScheduledStep step) {
        return switch (EscalationMail.kindOf(step)) {
            case "warning" -> ClockEscalated.Kind.WARNING;
            case "breach" -> step.isBreach() ? ClockEscalated.Kind.BREACH : ClockEscalated.Kind.ESCALATION;
            default -> ClockEscalated.Kind.ESCALATION;
        };
    }

    private Duration lateAfter() {
        return Duration.parse(lateAfter);
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public List<DueStep> dueSteps(int max) {
        return steps.due(clock.instant(), max).stream().map(d -> new DueStep(d.id(), d.ticketId())).toList();
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postpone(long stepId, Instant until) {
        steps.postpone(stepId, until);
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public Optional<Instant> nextDue() {
        return steps.earliestPending();
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fire(long stepId) {
        Optional<ScheduledStep> claimed = steps.claim(stepId);
        claimed.flatMap(step -> fire(step, steps.ofTicket(step.ticketId())))
                .ifPresent(fired -> log.info(() -> "Ticket " + fired));
        return claimed.isPresent();
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> fireAll(List<Long> stepIds) {
        Map<Long, ScheduledStep> first = new LinkedHashMap<>();
        steps.claimAll(stepIds).forEach(step -> first.putIfAbsent(step.ticketId(), step));
        if (first.isEmpty()) {
            return List.of();
        }
        tickets.findAllById(first.keySet()); // into the persistence context at once: each fire finds its ticket there
        Map<Long, List<ScheduledStep>> stored = steps.ofTickets(first.keySet()).stream()
                .sorted(ScheduledStep.DUE_ORDER).collect(Collectors.groupingBy(ScheduledStep::ticketId));
        List<Long> taken = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        for (ScheduledStep step : first.values()) {
            fire(step, stored.getOrDefault(step.ticketId(), List.of())).ifPresent(fired::add);
            taken.add(step.id());
        }
        // one line for the chunk: a line per step cost a tenth of a burst's time
        if (!fired.isEmpty()) {
            log.info(() -> "Escalation: " + fired.size() + (fired.size() == 1 ? " step" : " steps") + " fired, ticket "
                    + String.join("; ticket ", fired));
        }
        return taken;
    }

    /**
     * Fires the claimed step, given every stored step of its ticket (the claimed one among them), and
     * says what fired (for the log), or nothing when the step was no longer due and was planned afresh.
     */
    private Optional<String> fire(ScheduledStep step, List<ScheduledStep> stored) {
        Ticket ticket = tickets.findById(step.ticketId()).orElseThrow(() ->
                new NotFoundException("There is no ticket " + step.ticketId()));
        Instant now = clock.instant();
        Instant at = ticket.nextInstant(now);
        AgreementTerms terms = clocks.terms(ticket).map(t -> t.forService(ticket.serviceCode())).orElse(null);
        WorkCalendar calendar = terms == null ? null : clocks.calendar(ticket).map(ServiceCalendar::engine).orElse(null);
        List<SlaClock> current = clocks.clocks(ticket, at);
        List<PlannedStep> plan = EscalationPlanning.planFor(ticket, current, terms, calendar, at, stored);
        Optional<PlannedStep> planned = plan.stream().filter(p -> step.is(p) && !p.dueAt().isAfter(at)).findFirst();
        boolean due = planned.isPresent();
        // a step pending since before steps knew their rule fires as the step of the rule it is now
        planned.ifPresent(step::learnRuleFrom);
        if (!due) {
            planning.plan(ticket, current, terms, calendar, at, stored);
            log.fine(() -> "Ticket " + ticket.number() + ": escalation step " + step.metric() + " " + step.name()
                    + " no longer due at " + step.dueAt() + "; planned afresh");
            return Optional.empty();
        }
        SlaClock subject = current.stream().filter(c -> c.metric().equals(step.metric())).findFirst().orElseThrow();
        String outcome;
        boolean movesClocks = false;
        if (step.isBreach()) {
            ticket.recordBreach(step.metric(), subject.due(), at);
            outcome = "breached: the " + step.metric() + " clock passed its target of " + subject.target()
                    + ", due " + subject.due();
        } else {
            EscalationStep policy = terms.escalationSteps(step.metric(), ticket.priority()).get(step.stepIndex());
            outcome = String.join("\n", actions.perform(ticket, step, policy, subject, terms, calendar, at, now,
                    () -> clocks.clocks(ticket, at).stream().filter(c -> c.metric().equals(step.metric())).findFirst()
                            .orElse(subject)));
            ticket.recordEscalation(step.metric(), step.name(), outcome, at);
            movesClocks = policy.actions().stream().anyMatch(a -> a.type() != null && a.type().movesClocks());
        }
        step.fired(now, instance + "/" + application, outcome);
        // a notice, a tag or the breach record leaves the clocks as they were computed before the step
        List<SlaClock> after = movesClocks ? clocks.clocks(ticket, at) : current;
        ticket.refreshClocks(after, now);
        planning.plan(ticket, after, terms, calendar, at, stored);
        Duration late = Duration.between(step.dueAt(), now);
        // the fired steps as loaded, this one among them (the same managed row): the level needs no new read
        int level = EscalationStanding.of(stored).get(step.metric()).level();
        escalated.fire(new ClockEscalated(ticket.id(), kindOf(step), step.metric(), step.name(), step.at(),
                step.occurrence(), level, subject.due(), after.stream().filter(c -> c.metric().equals(step.metric()))
                .findFirst().map(SlaClock::breachedAt).orElse(null), now, late, List.of(outcome.split("\n"))));
        return Optional.of(ticket.number() + ": escalation " + step.metric() + " " + step.name()
                + (step.occurrence() > 0 ? " #" + (step.occurrence() + 1) : "") + " fired"
                + (late.compareTo(lateAfter()) > 0 ? ", " + late.toSeconds() + " s late" : ""));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public List<EscalationEntry> escalations(long ticketId) {
        Ticket ticket = tickets.findById(ticketId).filter(t -> callers.customerOrganisation(session).isEmpty())
                .orElseThrow(() -> new NotFoundException("There is no ticket " + ticketId));
        List<EscalationEntry> entries = new ArrayList<>();
        for (ScheduledStep s : steps.ofTicket(ticket.id())) {
            Duration lateBy = s.lateBy().orElse(null);
            entries.add(new EscalationEntry(s.id(), s.metric(), s.stepIndex(), s.name(), s.at(), s.occurrence(),
                    s.actions(), s.state().name(), s.dueAt(), s.plannedAt(), s.firedAt().orElse(null), lateBy,
                    lateBy != null && lateBy.compareTo(lateAfter()) > 0, s.firedOn().orElse(null), s.outcome().orElse(null)));
        }
        return entries;
    }
}
