package org.servicelevel.application.escalation.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicelevel.application.escalation.StepsPlanned;
import org.servicelevel.application.ticket.TicketClocksChanged;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.StepAt;
import org.servicelevel.domain.model.escalation.EscalationPlanner;
import org.servicelevel.domain.model.escalation.FiredStep;
import org.servicelevel.domain.model.escalation.PlannedStep;
import org.servicelevel.domain.model.escalation.ScheduledStep;
import org.servicelevel.domain.model.escalation.ScheduledStepRepository;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Plans a ticket's escalation steps afresh whenever its clocks change, in the transaction of the
 * change: a pause, a resumption, a priority or line change, a reopening or the resolution move, add
 * or remove its pending steps before anyone else can see the change. After the transaction commits
 * the timer is armed by the earliest step it planned.
 */
@Dependent
public class EscalationPlanning {

    @Inject
    private ScheduledStepRepository steps;

    @Inject
    private Event<StepsPlanned> planned;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    void clocksChanged(@Observes TicketClocksChanged changed) {
        plan(changed.ticket(), changed.clocks(), changed.terms(), changed.calendar(), changed.at());
    }

    /** Replaces the ticket's pending steps with those its clocks call for as of {@code now}. */
    List<PlannedStep> plan(Ticket ticket, List<SlaClock> clocks, AgreementTerms terms, WorkCalendar calendar,
                           Instant now) {
        return plan(ticket, clocks, terms, calendar, now, steps.ofTicket(ticket.id()));
    }

    /** As {@link #plan(Ticket, List, AgreementTerms, WorkCalendar, Instant)}, given the ticket's stored steps. */
    List<PlannedStep> plan(Ticket ticket, List<SlaClock> clocks, AgreementTerms terms, WorkCalendar calendar,
                           Instant now, List<ScheduledStep> stored) {
        List<ScheduledStep> pending = stored.stream().filter(s -> s.state() == ScheduledStep.State.PENDING).toList();
        List<PlannedStep> plan = planFor(ticket, clocks, terms, calendar, now, stored).stream()
                .map(p -> keepingDueInstant(p, pending, now)).toList();
        if (!samePlan(pending, plan)) {
            steps.replacePending(ticket.id(), plan, now);
        }
        plan.stream().map(PlannedStep::dueAt).min(Comparator.naturalOrder()).ifPresent(this::armBy);
        return plan;
    }

    /** The steps the clocks call for as of {@code now}, given what is stored of the ticket's steps. */
    static List<PlannedStep> planFor(Ticket ticket, List<SlaClock> clocks, AgreementTerms terms, WorkCalendar calendar,
                                     Instant now, List<ScheduledStep> stored) {
        if (terms == null || calendar == null || clocks.isEmpty()) {
            return List.of();
        }
        List<FiredStep> fired = stored.stream().filter(s -> s.state() == ScheduledStep.State.FIRED)
                .map(ScheduledStep::asFired).toList();
        // pending breach records, also one put off after a failed firing: the planner keeps it for a
        // clock that breached and stopped or waited before it fired
        Map<String, Instant> dueBreachRecords = stored.stream().filter(s -> s.state() == ScheduledStep.State.PENDING
                && s.isBreach())
                .collect(Collectors.toMap(ScheduledStep::metric, ScheduledStep::dueAt, (a, b) -> a.isBefore(b) ? a : b));
        List<PlannedStep> pendingAtTheBreach = stored.stream().filter(s -> s.state() == ScheduledStep.State.PENDING
                && !s.isBreach() && StepAt.parse(s.at()).map(StepAt::atDue).orElse(false))
                .map(ScheduledStep::asPlanned).toList();
        return EscalationPlanner.plan(clocks, metric -> terms.escalationRule(metric, ticket.priority()), calendar,
                now, fired, dueBreachRecords, ticket.agreement().flatMap(Agreement::monitoringEnd).orElse(null),
                pendingAtTheBreach);
    }

    /**
     * A step that was due already and is due still keeps the instant it came due at, so that firing
     * it later (after the server was stopped, or after another step of the ticket fired first) shows
     * how late it is.
     */
    private static PlannedStep keepingDueInstant(PlannedStep p, List<ScheduledStep> pending, Instant now) {
        return pending.stream().filter(s -> s.is(p) && !s.dueAt().isAfter(now) && s.dueAt().isBefore(p.dueAt()))
                .findFirst().map(s -> p.withDueAt(s.dueAt())).orElse(p);
    }

    private static boolean samePlan(List<ScheduledStep> pending, List<PlannedStep> plan) {
        return pending.size() == plan.size() && plan.stream().allMatch(p -> pending.stream()
                .anyMatch(s -> s.is(p) && s.dueAt().equals(p.dueAt()) && s.actions().equals(p.actions())
                        && s.knowsItsRule()));   // a step pending since before steps knew their rule is stored again
    }

    private void armBy(Instant due) {
        StepsPlanned earliest = (StepsPlanned) transaction.getResource(StepsPlanned.class);
        if (earliest == null) {
            earliest = new StepsPlanned();
            transaction.putResource(StepsPlanned.class, earliest);
            earliest.offer(due);
            planned.fire(earliest);
        } else {
            earliest.offer(due);
        }
    }
}
