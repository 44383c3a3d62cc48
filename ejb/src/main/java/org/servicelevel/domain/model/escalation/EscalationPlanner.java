package org.servicelevel.domain.model.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.StepAt;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.worktime.WorkCalendar;
import org.servicelevel.domain.worktime.WorkingTimeExhaustedException;

/**
 * Which escalation steps of a ticket's clocks are due when, as of now. Only a clock that counts now
 * (running, or breached and still running) has steps ahead: a paused clock plans nothing until it
 * resumes, so a wait postpones its steps by the working time it lasted, and a stopped clock (met,
 * cancelled, stopped at the end of monitoring, a time-in-status clock outside its status) plans
 * nothing at all.
 *
 * <p>Rules, for a clock with target {@code T} that has counted {@code E} of working time now:
 * <ul>
 *   <li>the breach (every clock records it, whatever its policy) and a step at {@code 100%} come due
 *       at the first instant the clock counts past {@code T};</li>
 *   <li>a share {@code p%} other than 100 comes due when the clock has counted {@code p% × T}
 *       (rounded up to the second); an offset in working time when it has counted {@code T + offset}
 *       (before the due instant for a negative offset); an offset in real time at the due instant plus
 *       the offset on the wall clock;</li>
 *   <li>a step that repeats comes due again every interval after its first occurrence (counted as its
 *       basis says) while the clock stays breached and running;</li>
 *   <li>a step whose instant has already passed without it firing (a lowered target, a policy that
 *       changed) is due now; a step that fired is never planned again;</li>
 *   <li>a repetition never comes sooner than an interval after the occurrence before it fired, so a
 *       wait, a reopening or a stopped server yields one late notice, not one for each interval missed;</li>
 *   <li>a pending breach record of a clock that breached and then stopped or paused is still due:
 *       the breach happened; a clock that breaches while it waits (its target lowered below the time
 *       it has counted) has its breach recorded at once;</li>
 *   <li>a clock that counts without a deadline (its priority sets no target for it) has no steps:
 *       every step is measured from a target.</li>
 * </ul>
 * Steps that would fall after the calendar's last computable instant, or at or after the end of
 * monitoring (when the clock stops), are not planned.
 */
public final class EscalationPlanner {

    private static final int ALL = EscalationRule.ALL_PRIORITIES;

    /** The name of every clock's breach record. */
    public static final String BREACH_NAME = "breach";

    private EscalationPlanner() {
    }

    /**
     * The pending steps of the clocks as of {@code now}, in the order they come due, each at a whole
     * second (a step already due is due at {@code now}'s second).
     *
     * @param stepsOf the policy's steps for a clock metric at the ticket's priority
     * @param fired   the steps that have fired already
     */
    public static List<PlannedStep> plan(List<SlaClock> clocks, Function<String, List<EscalationStep>> stepsOf,
                                         WorkCalendar engine, Instant now, List<FiredStep> fired) {
        return plan(clocks, stepsOf, engine, now, fired, Map.of());
    }

    /**
     * As {@link #plan(List, Function, WorkCalendar, Instant, List)}, given the breach records that are
     * pending (by metric, when they are due): a clock that breached and then stopped or paused before
     * its record fired (the ticket was resolved seconds after its deadline, while the timer was busy,
     * the server down or the record put off after a failed firing) still has its breach recorded.
     */
    public static List<PlannedStep> plan(List<SlaClock> clocks, Function<String, List<EscalationStep>> stepsOf,
                                         WorkCalendar engine, Instant now, List<FiredStep> fired,
                                         Map<String, Instant> dueBreachRecords) {
        return plan(clocks, metric -> Optional.of(new EscalationRule(metric, null, stepsOf.apply(metric))), engine, now,
                fired, dueBreachRecords, null);
    }

    /**
     * As {@link #plan(List, Function, WorkCalendar, Instant, List, Map)}, given the rule that governs
     * each clock metric at the ticket's priority (its steps are known by their rule too, so a raised
     * priority's own rule fires its steps even where a step of the rule before, at the same position and
     * with the same name, fired) and the end of monitoring ({@code null}: none): a clock stops there,
     * so no step of it comes due at or after it.
     */
    public static List<PlannedStep> plan(List<SlaClock> clocks, Function<String, Optional<EscalationRule>> ruleOf,
                                         WorkCalendar engine, Instant now, List<FiredStep> fired,
                                         Map<String, Instant> dueBreachRecords, Instant monitoringEnd) {
        return plan(clocks, ruleOf, engine, now, fired, dueBreachRecords, monitoringEnd, List.of());
    }

    /**
     * As {@link #plan(List, Function, WorkCalendar, Instant, List, Map, Instant)}, given the steps at the
     * breach ({@code at: "100%"}) that are pending: like the breach record, such a step of a clock that
     * breached and then stopped or paused before it fired is still due (its e-mails tell of the breach).
     */
    public static List<PlannedStep> plan(List<SlaClock> clocks, Function<String, Optional<EscalationRule>> ruleOf,
                                         WorkCalendar engine, Instant now, List<FiredStep> fired,
                                         Map<String, Instant> dueBreachRecords, Instant monitoringEnd,
                                         List<PlannedStep> pendingAtTheBreach) {
        // clocks count whole seconds: a clock read at 10:00:00.4 has counted what it counted at 10:00:00
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        List<PlannedStep> planned = new ArrayList<>();
        for (SlaClock clock : clocks) {
            if (!counting(clock)) {
                Optional<PlannedStep> record = breachToRecord(clock, dueBreachRecords.get(clock.metric()), second,
                        fired);
                record.ifPresent(planned::add);
                if (clock.state() == ClockState.BREACHED) {
                    // the steps at the breach come with its record, also when it is recorded late (their
                    // e-mails), and stay due once pending
                    planned.addAll(stepsAtTheBreach(clock, ruleOf.apply(clock.metric()),
                            record.map(PlannedStep::dueAt).orElse(null), fired, pendingAtTheBreach));
                }
                continue;
            }
            if (clock.state() == ClockState.RUNNING && clock.due() == null) {
                continue;   // no deadline: nothing is measured from a target
            }
            planBreach(clock, second, fired).ifPresent(planned::add);
            Optional<EscalationRule> rule = ruleOf.apply(clock.metric());
            List<EscalationStep> steps = rule.map(EscalationRule::steps).orElse(List.of());
            int scope = rule.map(EscalationRule::scope).orElse(EscalationRule.ALL_PRIORITIES);
            for (int i = 0; i < steps.size(); i++) {
                planStep(clock, scope, i, steps.get(i), engine, second, fired)
                        .filter(p -> monitoringEnd == null || p.dueAt().isBefore(monitoringEnd))
                        .ifPresent(planned::add);
            }
        }
        planned.sort(java.util.Comparator.comparing(PlannedStep::dueAt).thenComparing(PlannedStep::metric)
                .thenComparingInt(PlannedStep::stepIndex));
        return planned;
    }

    /** Whether the clock counts now: running, or breached and running. */
    public static boolean counting(SlaClock clock) {
        return clock.state() == ClockState.RUNNING
                || clock.state() == ClockState.BREACHED && clock.stoppedAt() == null && !clock.paused();
    }

    /**
     * The breach record of a clock that does not count now: one that breached and then stopped or
     * waited keeps its pending record; one that waits and breached without a record (its target was
     * lowered below the time counted while it waited) records its breach now. A stopped clock with no
     * pending record (a ticket imported already resolved) records none.
     */
    private static Optional<PlannedStep> breachToRecord(SlaClock clock, Instant pending, Instant now,
                                                        List<FiredStep> fired) {
        if (clock.state() != ClockState.BREACHED || firedOccurrences(fired, clock.metric(), ALL,
                PlannedStep.BREACH, BREACH_NAME, StepAt.DUE.toString()) > 0) {
            return Optional.empty();
        }
        if (pending != null) {
            return Optional.of(breachRecord(clock.metric(), pending));
        }
        return clock.paused() && clock.stoppedAt() == null ? Optional.of(breachRecord(clock.metric(), now))
                : Optional.empty();
    }

    /**
     * The steps at the due instant ({@code at: "100%"}) of a breached clock's rule that have not fired:
     * due at {@code due} with a breach record planned now, else those pending, when they were due.
     */
    private static List<PlannedStep> stepsAtTheBreach(SlaClock clock, Optional<EscalationRule> rule, Instant due,
                                                      List<FiredStep> fired, List<PlannedStep> pending) {
        List<EscalationStep> steps = rule.map(EscalationRule::steps).orElse(List.of());
        int scope = rule.map(EscalationRule::scope).orElse(ALL);
        List<PlannedStep> planned = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            EscalationStep step = steps.get(i);
            if (step.when().map(StepAt::atDue).orElse(false) && !step.actions().isEmpty()
                    && firedOccurrences(fired, clock.metric(), scope, i, step.label(), step.at()) == 0) {
                String actions = step.actions().stream().map(EscalationAction::describe)
                        .collect(Collectors.joining("; "));
                PlannedStep candidate = new PlannedStep(clock.metric(), i, step.label(), step.at(), 0, actions, due,
                        scope);
                if (due != null) {
                    planned.add(candidate);
                } else {
                    pending.stream().filter(p -> candidate.sameStepAs(p.metric(), p.stepIndex(),
                            ScheduledStep.storedName(p.name()), p.at(), p.occurrence(), p.rule()))
                            .findFirst().ifPresent(p -> planned.add(candidate.withDueAt(p.dueAt())));
                }
            }
        }
        return planned;
    }

    private static Optional<PlannedStep> planBreach(SlaClock clock, Instant now, List<FiredStep> fired) {
        String at = StepAt.DUE.toString();
        if (firedOccurrences(fired, clock.metric(), ALL, PlannedStep.BREACH, BREACH_NAME, at) > 0) {
            return Optional.empty();
        }
        return breachInstant(clock, now).map(due -> breachRecord(clock.metric(), due));
    }

    private static PlannedStep breachRecord(String metric, Instant due) {
        return new PlannedStep(metric, PlannedStep.BREACH, BREACH_NAME, StepAt.DUE.toString(), 0, "RECORD_BREACH", due);
    }

    /** The first instant the clock counts past its target: now if it has already. */
    private static Optional<Instant> breachInstant(SlaClock clock, Instant now) {
        if (clock.state() == ClockState.BREACHED) {
            return Optional.of(now);
        }
        return Optional.ofNullable(clock.breachesAfter()).map(b -> later(b.plusSeconds(1), now));
    }

    private static Optional<PlannedStep> planStep(SlaClock clock, int rule, int index, EscalationStep step,
                                                  WorkCalendar engine, Instant now, List<FiredStep> fired) {
        Optional<StepAt> parsed = step.when();
        if (parsed.isEmpty() || step.actions().isEmpty()) {
            return Optional.empty();
        }
        StepAt when = parsed.get();
        int occurrence = firedOccurrences(fired, clock.metric(), rule, index, step.label(), step.at());
        if (occurrence > 0 && (step.repeatEvery() == null || clock.state() != ClockState.BREACHED)) {
            return Optional.empty();
        }
        Optional<Instant> due;
        if (occurrence == 0) {
            due = firstInstant(clock, when, step.basis(), engine, now);
        } else {
            Instant previous = lastFired(fired, clock.metric(), rule, index, step.label(), step.at());
            if (step.basis() == TimeBasis.REAL) {
                Instant first = firstDue(fired, clock.metric(), rule, index, step.label(), step.at());
                due = Optional.of(later(later(first.plus(step.repeatEvery().multipliedBy(occurrence)),
                        previous.plus(step.repeatEvery())), now));
            } else {
                // a step at the due instant first fired one second past the target, when the clock breached:
                // its repetitions are counted from there
                long threshold = threshold(clock, when) + (when.atDue() ? 1 : 0)
                        + step.repeatEvery().getSeconds() * occurrence;
                due = countedTo(clock, threshold, engine, now).flatMap(counted ->
                        workedAfter(previous, step.repeatEvery(), engine).map(spaced -> later(counted, spaced)));
            }
        }
        String actions = step.actions().stream().map(EscalationAction::describe).collect(Collectors.joining("; "));
        return due.map(d -> new PlannedStep(clock.metric(), index, step.label(), step.at(), occurrence, actions, d,
                rule));
    }

    private static Optional<Instant> firstInstant(SlaClock clock, StepAt when, TimeBasis basis, WorkCalendar engine,
                                                  Instant now) {
        if (when.atDue()) {
            return breachInstant(clock, now);
        }
        if (!when.isShare() && basis == TimeBasis.REAL) {
            return Optional.ofNullable(clock.due()).map(d -> later(d.plus(when.offset()), now));
        }
        return countedTo(clock, threshold(clock, when), engine, now);
    }

    /** The working seconds the clock has counted when the step comes due. */
    private static long threshold(SlaClock clock, StepAt when) {
        long target = clock.target().getSeconds();
        return when.isShare() ? when.secondsOf(target) : Math.max(0, target + when.offset().getSeconds());
    }

    /** The instant the counting clock has counted {@code threshold} working seconds: now if it has. */
    private static Optional<Instant> countedTo(SlaClock clock, long threshold, WorkCalendar engine, Instant now) {
        long left = threshold - clock.elapsed().getSeconds();
        if (left <= 0) {
            return Optional.of(now);
        }
        try {
            return Optional.of(engine.due(now, Duration.ofSeconds(left)));
        } catch (WorkingTimeExhaustedException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The instant {@code interval} of working time after {@code from}, if the calendar reaches it. */
    private static Optional<Instant> workedAfter(Instant from, Duration interval, WorkCalendar engine) {
        try {
            return Optional.of(engine.due(from, interval));
        } catch (WorkingTimeExhaustedException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int firedOccurrences(List<FiredStep> fired, String metric, int rule, int index, String name,
                                        String at) {
        return (int) fired.stream().filter(f -> f.of(metric, rule, index, name, at)).count();
    }

    private static Instant firstDue(List<FiredStep> fired, String metric, int rule, int index, String name,
                                    String at) {
        return fired.stream().filter(f -> f.of(metric, rule, index, name, at) && f.occurrence() == 0)
                .map(FiredStep::dueAt).findFirst().orElseThrow();
    }

    /** When the latest occurrence of the step fired. */
    private static Instant lastFired(List<FiredStep> fired, String metric, int rule, int index, String name,
                                     String at) {
        return fired.stream().filter(f -> f.of(metric, rule, index, name, at)).map(FiredStep::firedAt)
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }
}
