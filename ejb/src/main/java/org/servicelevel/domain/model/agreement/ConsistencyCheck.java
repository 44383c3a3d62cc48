package org.servicelevel.domain.model.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.servicelevel.domain.model.agreement.ConsistencyFinding.Kind;
import org.servicelevel.domain.worktime.WorkCalendar;
import org.servicelevel.domain.worktime.WorkingPeriod;
import org.servicelevel.domain.worktime.WorkingTimeExhaustedException;

/**
 * Checks that agreements fit together over a period (by default the coming year):
 * <ul>
 *   <li>an OLA or UC target is at least as strict as the SLA target it underpins: for every instant a
 *       ticket could be registered, the underpinning deadline (its target counted on its own
 *       calendar) is not later than the SLA deadline (the SLA target counted on the SLA service's
 *       calendar). Targets on different calendars are thus compared by the deadlines they produce.
 *       Each side's target is its service's own where the service sets one for the priority, else the
 *       priority's;</li>
 *   <li>the underpinning party's working hours cover the SLA service hours;</li>
 *   <li>the steps of a support path (e.g. dispatcher registers, engineer responds, field engineer
 *       arrives), each counted on its own calendar from where the previous one ended, end no later
 *       than the SLA deadline;</li>
 *   <li>a child agreement's targets are at least as strict as those it inherits from its parent.</li>
 * </ul>
 *
 * <p><b>Exactness.</b> A deadline as a function of the registration instant is piecewise linear and
 * non-decreasing; it changes slope where the instant crosses a calendar boundary and jumps where the
 * deadline reaches a closing time. The difference of two deadlines is therefore largest just beside
 * one of those breakpoints. The check evaluates every breakpoint of every step (mapped back to
 * registration instants through the earlier steps, which is possible because each step is
 * monotone), one second either side, and an hourly grid, so the worst case it reports is exact to
 * the second.
 */
public final class ConsistencyCheck {

    /** The calendars services refer to, by id. */
    public interface Calendars {
        WorkCalendar engine(long calendarId);

        String name(long calendarId);
    }

    /** An agreement as the check sees it: its number and the terms in force. */
    public record Party(String number, AgreementTerms terms) {
    }

    private static final Duration GRID = Duration.ofHours(1);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm xxx");
    private static final DateTimeFormatter WHEN_TO_THE_SECOND = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss xxx");

    private final Calendars calendars;
    private final long from;
    private final long to;

    /** Checks over {@code [from, to)}. */
    public ConsistencyCheck(Calendars calendars, Instant from, Instant to) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.from = from.getEpochSecond();
        this.to = to.getEpochSecond();
        if (this.to <= this.from) {
            throw new IllegalArgumentException("the period checked is empty");
        }
    }

    /** One working-time step: a target counted on a calendar. */
    private record Step(long calendarId, Duration target, String label) {
    }

    /**
     * The worst registration instant and by how much the chain's deadline exceeds the reference's;
     * or, when a calendar has no working time left, why ({@code exhausted}).
     */
    private record Worst(Instant start, Duration excess, String exhausted) {

        ConsistencyFinding finding(Kind kind, String agreement, String reference, String service, Integer priority,
                                   TargetKind target, java.util.function.Supplier<String> message) {
            if (exhausted != null) {
                return new ConsistencyFinding(Kind.NO_WORKING_TIME, agreement, reference, service, priority, target,
                        exhausted, start, null);
            }
            return new ConsistencyFinding(kind, agreement, reference, service, priority, target, message.get(), start,
                    excess);
        }
    }

    /** A link of an underpinning agreement, with the agreement it belongs to. */
    private record OwnedLink(Party party, UnderpinningLink link) {
    }

    // ---- underpinning ----------------------------------------------------------------------------

    /**
     * Everything wrong between the SLA numbered {@code slaNumber} (its terms in force, or empty if it
     * does not exist or is not in force) and the OLAs and UCs that declare they underpin it.
     */
    public List<ConsistencyFinding> underpinning(String slaNumber, Optional<AgreementTerms> sla, List<Party> underpinners) {
        List<ConsistencyFinding> findings = new ArrayList<>();
        Map<String, List<OwnedLink>> paths = new LinkedHashMap<>();
        Set<String> coverageChecked = new HashSet<>();
        for (Party party : underpinners) {
            List<UnderpinningLink> links = party.terms().underpins().stream()
                    .filter(l -> l.slaNumber().equalsIgnoreCase(slaNumber)).toList();
            if (links.isEmpty()) {
                continue;
            }
            if (sla.isEmpty()) {
                findings.add(new ConsistencyFinding(Kind.UNKNOWN_SLA, party.number(), slaNumber, null, null, null,
                        party.number() + " underpins " + slaNumber + ", which does not exist or is not in force",
                        null, null));
                continue;
            }
            for (UnderpinningLink link : links) {
                Optional<Step> reference = slaStep(party, link, sla.get(), findings);
                if (reference.isEmpty()) {
                    continue;
                }
                Step own = ownStep(party, link);
                ServiceTerms slaService = sla.get().service(link.slaServiceCode()).orElseThrow();
                if (coverageChecked.add(party.number() + "/" + own.calendarId() + "/" + slaService.calendarId())) {
                    coverage(party, link, own.calendarId(), slaService.calendarId()).ifPresent(findings::add);
                }
                if (link.path() == null) {
                    compare(List.of(own), reference.get()).ifPresent(worst -> findings.add(worst.finding(
                            Kind.LOOSER_THAN_SLA, party.number(), slaNumber, link.slaServiceCode(), link.slaPriority(),
                            link.slaTarget(), () -> own.label() + " can end " + duration(worst.excess()) + " later than "
                            + reference.get().label() + ", e.g. for a ticket registered "
                            + when(worst.start(), slaService.calendarId()))));
                    overdueLimit(party, link, sla.get(), slaNumber).ifPresent(findings::add);
                } else {
                    paths.computeIfAbsent(link.path() + "\u0000" + link.slaTargetLabel(), k -> new ArrayList<>())
                            .add(new OwnedLink(party, link));
                }
            }
        }
        for (List<OwnedLink> path : paths.values()) {
            Optional<ConsistencyFinding> twice = stepClaimedTwice(slaNumber, path);
            if (twice.isPresent()) {
                findings.add(twice.get());
            } else {
                checkPath(slaNumber, sla.get(), path).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /**
     * The SLA targets left without support: where OLAs or UCs in force underpin some response (or
     * resolution) target of an SLA service, every response (or resolution) target of another priority
     * of that service that no link (of any of them, on any path) underpins. Services, and kinds of
     * target, that nobody underpins are the provider's own business and are not listed.
     */
    public static List<ConsistencyFinding> notUnderpinned(String slaNumber, AgreementTerms sla, List<Party> underpinners) {
        List<UnderpinningLink> links = underpinners.stream().flatMap(p -> p.terms().underpins().stream())
                .filter(l -> l.slaNumber().equalsIgnoreCase(slaNumber)).toList();
        List<ConsistencyFinding> findings = new ArrayList<>();
        for (ServiceTerms service : sla.services()) {
            List<UnderpinningLink> onService = links.stream()
                    .filter(l -> l.slaServiceCode().equalsIgnoreCase(service.code())).toList();
            if (onService.isEmpty()) {
                continue;
            }
            for (TargetKind target : TargetKind.values()) {
                if (onService.stream().noneMatch(l -> l.slaTarget() == target)) {
                    continue;
                }
                for (PriorityTerms priority : sla.priorities()) {
                    Optional<Duration> value = sla.target(service.code(), priority.number(), target);
                    boolean underpinned = onService.stream().anyMatch(l -> l.slaPriority() == priority.number()
                            && l.slaTarget() == target);
                    if (value.isPresent() && !underpinned) {
                        findings.add(new ConsistencyFinding(Kind.NOT_UNDERPINNED, slaNumber, slaNumber, service.code(),
                                priority.number(), target, "No OLA or UC underpins the " + target.name().toLowerCase(
                                java.util.Locale.ROOT) + " target of priority " + priority.number() + " on service "
                                + service.code() + " of " + slaNumber + " (" + duration(value.get()) + "), while "
                                + "other " + target.name().toLowerCase(java.util.Locale.ROOT) + " targets of "
                                + service.code() + " are underpinned", null, null));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * An underpinning agreement that ends ({@code lastDay}, by validity or termination) before the SLA
     * it underpins does: from the day after, the SLA's targets have no support.
     */
    public static Optional<ConsistencyFinding> endsFirst(String slaNumber, Optional<java.time.LocalDate> slaLastDay,
                                                         String underpinner, Optional<java.time.LocalDate> lastDay) {
        if (lastDay.isEmpty() || slaLastDay.isPresent() && !lastDay.get().isBefore(slaLastDay.get())) {
            return Optional.empty();
        }
        return Optional.of(new ConsistencyFinding(Kind.UNDERPINNING_ENDS_FIRST, underpinner, slaNumber, null, null,
                null, underpinner + " ends on " + lastDay.get() + ", before " + slaNumber + " does ("
                + slaLastDay.map(java.time.LocalDate::toString).orElse("no end") + "): from "
                + lastDay.get().plusDays(1) + " what it underpins has no support", null, null));
    }

    /** Two links that claim the same step of one support path: the path cannot be told apart. */
    private static Optional<ConsistencyFinding> stepClaimedTwice(String slaNumber, List<OwnedLink> path) {
        Map<Integer, List<OwnedLink>> byStep = path.stream().collect(Collectors.groupingBy(l -> l.link().step(),
                java.util.TreeMap::new, Collectors.toList()));
        for (Map.Entry<Integer, List<OwnedLink>> step : byStep.entrySet()) {
            if (step.getValue().size() > 1) {
                UnderpinningLink first = step.getValue().get(0).link();
                String claimants = step.getValue().stream().map(l -> l.party().number()).collect(Collectors.joining(" and "));
                return Optional.of(new ConsistencyFinding(Kind.STEP_CLAIMED_TWICE, claimants, slaNumber,
                        first.slaServiceCode(), first.slaPriority(), first.slaTarget(), "Step " + step.getKey()
                        + " of support path '" + first.path() + "' for " + first.slaTargetLabel() + " is claimed by "
                        + claimants + "; each step belongs to one agreement, so the path is not checked until one"
                        + " of them names another step", null, null));
            }
        }
        return Optional.empty();
    }


    private Optional<Step> slaStep(Party party, UnderpinningLink link, AgreementTerms sla,
                                   List<ConsistencyFinding> findings) {
        Optional<ServiceTerms> service = sla.service(link.slaServiceCode());
        Optional<PriorityTerms> priority = sla.priority(link.slaPriority());
        Optional<java.time.Duration> target = sla.target(link.slaServiceCode(), link.slaPriority(), link.slaTarget());
        if (service.isEmpty() || target.isEmpty()) {
            String missing = service.isEmpty() ? "no service " + link.slaServiceCode()
                    : priority.isEmpty() ? "no priority " + link.slaPriority()
                    : "no " + link.slaTarget().name().toLowerCase() + " target for priority " + link.slaPriority();
            findings.add(new ConsistencyFinding(Kind.UNKNOWN_SLA_TARGET, party.number(), link.slaNumber(),
                    link.slaServiceCode(), link.slaPriority(), link.slaTarget(), party.number() + " underpins "
                    + link.slaTargetLabel() + ", but " + link.slaNumber() + " has " + missing + " in force", null, null));
            return Optional.empty();
        }
        return Optional.of(new Step(service.get().calendarId(), target.get(), link.slaTargetLabel() + " ("
                + duration(target.get()) + " on '" + calendars.name(service.get().calendarId()) + "')"));
    }

    /**
     * A resolution target underpinned directly is only as strict as its share of tickets allowed to
     * be late: an OLA or UC priority that allows a larger overdue share than the SLA priority it
     * supports is looser than the SLA. One that sets no share commits to its targets ticket by ticket
     * and is compared by its deadlines alone.
     */
    private static Optional<ConsistencyFinding> overdueLimit(Party party, UnderpinningLink link, AgreementTerms sla,
                                                             String slaNumber) {
        TargetKind own = link.ownTarget() == null ? link.slaTarget() : link.ownTarget();
        if (link.slaTarget() != TargetKind.RESOLUTION || own != TargetKind.RESOLUTION) {
            return Optional.empty();
        }
        Optional<java.math.BigDecimal> theirs = sla.priority(link.slaPriority())
                .flatMap(PriorityTerms::maxOverduePercent);
        if (theirs.isEmpty()) {
            return Optional.empty();
        }
        Optional<java.math.BigDecimal> mine = party.terms().priority(link.priority())
                .flatMap(PriorityTerms::maxOverduePercent);
        if (mine.isEmpty() || mine.get().compareTo(theirs.get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ConsistencyFinding(Kind.LOOSER_THAN_SLA, party.number(), slaNumber,
                link.slaServiceCode(), link.slaPriority(), link.slaTarget(), party.number() + " " + link.serviceCode()
                + " priority " + link.priority() + " allows " + mine.get().stripTrailingZeros().toPlainString()
                + " % overdue tickets, more than the " + theirs.get().stripTrailingZeros().toPlainString() + " % of "
                + link.slaTargetLabel(), null, null));
    }

    private Step ownStep(Party party, UnderpinningLink link) {
        ServiceTerms service = party.terms().service(link.serviceCode()).orElseThrow();
        TargetKind kind = link.ownTarget() == null ? link.slaTarget() : link.ownTarget();
        Duration target = party.terms().target(link.serviceCode(), link.priority(), kind).orElseThrow();
        return new Step(service.calendarId(), target, party.number() + " " + service.code() + " priority "
                + link.priority() + " " + kind.name().toLowerCase() + " (" + duration(target) + " on '"
                + calendars.name(service.calendarId()) + "')");
    }

    private Optional<ConsistencyFinding> checkPath(String slaNumber, AgreementTerms sla, List<OwnedLink> path) {
        List<OwnedLink> steps = path.stream().sorted(Comparator.comparing(l -> l.link().step())).toList();
        UnderpinningLink first = steps.get(0).link();
        ServiceTerms slaService = sla.service(first.slaServiceCode()).orElseThrow();
        Duration slaTarget = sla.target(first.slaServiceCode(), first.slaPriority(), first.slaTarget()).orElseThrow();
        Step reference = new Step(slaService.calendarId(), slaTarget, first.slaTargetLabel());
        List<Step> chain = steps.stream().map(l -> ownStep(l.party(), l.link())).toList();
        String agreements = steps.stream().map(l -> l.party().number()).distinct().collect(Collectors.joining(", "));
        String description = steps.stream().map(l -> (l.link().stepName() == null ? "step " + l.link().step()
                : l.link().stepName()) + " " + duration(ownStep(l.party(), l.link()).target()))
                .collect(Collectors.joining(", then "));
        return compare(chain, reference).map(worst -> worst.finding(Kind.PATH_EXCEEDS_SLA, agreements,
                slaNumber, first.slaServiceCode(), first.slaPriority(), first.slaTarget(), () -> "Support path '"
                + first.path() + "' (" + description + ") can end " + duration(worst.excess()) + " after "
                + reference.label() + " (" + duration(slaTarget) + "), e.g. for a ticket registered "
                + when(worst.start(), slaService.calendarId())));
    }

    private Optional<ConsistencyFinding> coverage(Party party, UnderpinningLink link, long ownCalendar, long slaCalendar) {
        if (ownCalendar == slaCalendar) {
            return Optional.empty();
        }
        WorkCalendar own = calendars.engine(ownCalendar);
        long uncovered = 0;
        Instant example = null;
        for (WorkingPeriod period : calendars.engine(slaCalendar).workingPeriods(Instant.ofEpochSecond(from),
                Instant.ofEpochSecond(to))) {
            long length = Duration.between(period.start(), period.end()).getSeconds();
            long covered = own.elapsed(period.start(), period.end()).getSeconds();
            if (covered < length) {
                uncovered += length - covered;
                if (example == null) {
                    example = firstGap(own, period);
                }
            }
        }
        if (uncovered == 0) {
            return Optional.empty();
        }
        return Optional.of(new ConsistencyFinding(Kind.SERVICE_HOURS_NOT_COVERED, party.number(), link.slaNumber(),
                link.slaServiceCode(), null, null, "The working hours of " + party.number() + " service "
                + link.serviceCode() + " ('" + calendars.name(ownCalendar) + "') leave " + duration(Duration.ofSeconds(uncovered))
                + " of the service hours of " + link.slaNumber() + " service " + link.slaServiceCode() + " ('"
                + calendars.name(slaCalendar) + "') uncovered in the period checked, first from "
                + when(example, slaCalendar), example, Duration.ofSeconds(uncovered)));
    }

    private static Instant firstGap(WorkCalendar own, WorkingPeriod period) {
        Instant cursor = period.start();
        for (WorkingPeriod covered : own.workingPeriods(period.start(), period.end())) {
            if (covered.start().isAfter(cursor)) {
                return cursor;
            }
            cursor = covered.end();
        }
        return cursor;
    }

    // ---- inheritance -----------------------------------------------------------------------------

    /**
     * Targets a child agreement loosens compared with its parent: for each priority the child defines
     * itself and the parent has too, each target the parent sets must produce deadlines no later
     * than the parent's (on the child's and the parent's service calendars), and the overdue limit
     * must not be higher.
     */
    public List<ConsistencyFinding> inheritance(String childNumber, AgreementTerms childOwn, AgreementTerms childEffective,
                                                String parentNumber, AgreementTerms parent) {
        List<ConsistencyFinding> findings = new ArrayList<>();
        for (PriorityTerms mine : childOwn.priorities()) {
            Optional<PriorityTerms> theirs = parent.priority(mine.number());
            if (theirs.isEmpty()) {
                continue;
            }
            for (TargetKind kind : TargetKind.values()) {
                Optional<Duration> limit = theirs.get().target(kind);
                if (limit.isEmpty()) {
                    continue;
                }
                Optional<Duration> own = mine.target(kind);
                if (own.isEmpty()) {
                    findings.add(new ConsistencyFinding(Kind.LOOSER_THAN_PARENT, childNumber, parentNumber, null,
                            mine.number(), kind, childNumber + " priority " + mine.number() + " has no "
                            + kind.name().toLowerCase() + " target, but " + parentNumber + " promises "
                            + duration(limit.get()), null, null));
                    continue;
                }
                Set<String> compared = new HashSet<>();
                for (ServiceTerms service : childEffective.services()) {
                    long parentCalendar = parent.service(service.code()).map(ServiceTerms::calendarId)
                            .orElse(service.calendarId());
                    // a service's own target, the parent's or the child's, is what its tickets are promised
                    Duration parentLimit = parent.target(service.code(), mine.number(), kind).orElse(limit.get());
                    Duration childTarget = childEffective.target(service.code(), mine.number(), kind).orElse(own.get());
                    if (!compared.add(service.calendarId() + "/" + parentCalendar + "/" + parentLimit + "/"
                            + childTarget)) {
                        continue;
                    }
                    Step reference = new Step(parentCalendar, parentLimit, parentNumber + " priority " + mine.number()
                            + " " + kind.name().toLowerCase() + " (" + duration(parentLimit) + " on '"
                            + calendars.name(parentCalendar) + "')");
                    Step child = new Step(service.calendarId(), childTarget, childNumber + " " + service.code()
                            + " priority " + mine.number() + " " + kind.name().toLowerCase() + " ("
                            + duration(childTarget) + " on '" + calendars.name(service.calendarId()) + "')");
                    compare(List.of(child), reference).ifPresent(worst -> findings.add(worst.finding(
                            Kind.LOOSER_THAN_PARENT, childNumber, parentNumber, service.code(), mine.number(), kind,
                            () -> child.label() + " can end " + duration(worst.excess()) + " later than the inherited "
                            + reference.label() + ", e.g. for a ticket registered "
                            + when(worst.start(), parentCalendar))));
                }
            }
            if (mine.maxOverduePercent().isPresent() && theirs.get().maxOverduePercent().isPresent()
                    && mine.maxOverduePercent().get().compareTo(theirs.get().maxOverduePercent().get()) > 0) {
                findings.add(new ConsistencyFinding(Kind.LOOSER_THAN_PARENT, childNumber, parentNumber, null,
                        mine.number(), null, childNumber + " priority " + mine.number() + " allows "
                        + mine.maxOverduePercent().get().stripTrailingZeros().toPlainString() + " % overdue tickets, more than the "
                        + theirs.get().maxOverduePercent().get().stripTrailingZeros().toPlainString() + " % of "
                        + parentNumber, null, null));
            } else if (mine.maxOverduePercent().isEmpty() && theirs.get().maxOverduePercent().isPresent()) {
                // redefining the priority without a limit allows any share of late tickets
                findings.add(new ConsistencyFinding(Kind.LOOSER_THAN_PARENT, childNumber, parentNumber, null,
                        mine.number(), null, childNumber + " priority " + mine.number() + " sets no limit on overdue"
                        + " tickets, where " + parentNumber + " allows "
                        + theirs.get().maxOverduePercent().get().stripTrailingZeros().toPlainString() + " %", null, null));
            }
        }
        return findings;
    }

    // ---- the comparison --------------------------------------------------------------------------

    /**
     * The registration instant in the period at which the chain's deadline exceeds the reference
     * deadline most, if it ever does, or the reason a calendar cannot count the time at all.
     */
    private Optional<Worst> compare(List<Step> chain, Step reference) {
        TreeSet<Long> candidates = new TreeSet<>();
        for (long s = from; s < to; s += GRID.getSeconds()) {
            candidates.add(s);
        }
        try {
            breakpoints(reference, from, to).forEach(candidates::add);
            for (int k = 0; k < chain.size(); k++) {
                List<Step> before = chain.subList(0, k);
                long lo = apply(before, from);
                long hi = apply(before, to - 1);
                for (long b : breakpoints(chain.get(k), lo, hi + 1)) {
                    long s = firstReaching(before, b);
                    candidates.add(s);
                    candidates.add(s - 1);
                }
            }
            Worst worst = null;
            for (long candidate : candidates) {
                for (long s = candidate - 1; s <= candidate + 1; s++) {
                    if (s < from || s >= to) {
                        continue;
                    }
                    long excess = apply(chain, s) - apply(List.of(reference), s);
                    if (excess > 0 && (worst == null || excess > worst.excess().getSeconds())) {
                        worst = new Worst(Instant.ofEpochSecond(s), Duration.ofSeconds(excess), null);
                    }
                }
            }
            return Optional.ofNullable(worst);
        } catch (WorkingTimeExhaustedException e) {
            String steps = chain.stream().map(Step::label).collect(Collectors.joining(", then "));
            return Optional.of(new Worst(Instant.ofEpochSecond(from), null, "A calendar runs out of working time, so "
                    + steps + " cannot be compared with " + reference.label() + ": " + e.getMessage()));
        }
    }

    /** The deadline (epoch second) of the steps taken one after the other from {@code start}. */
    private long apply(List<Step> steps, long start) {
        long t = start;
        for (Step step : steps) {
            t = calendars.engine(step.calendarId()).dueEpochSecond(t, step.target().getSeconds());
        }
        return t;
    }

    /** The smallest second in the period from which the steps end at or after {@code value}. */
    private long firstReaching(List<Step> steps, long value) {
        long lo = from;
        long hi = to - 1;
        if (apply(steps, hi) < value) {
            return hi;
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (apply(steps, mid) >= value) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Instants in {@code [lo, hi)} where a step's deadline changes slope or jumps: the calendar's
     * openings and closings, and the starts from which the target runs out exactly at a closing.
     */
    private List<Long> breakpoints(Step step, long lo, long hi) {
        WorkCalendar engine = calendars.engine(step.calendarId());
        List<Long> points = new ArrayList<>();
        for (WorkingPeriod p : engine.workingPeriods(Instant.ofEpochSecond(lo), Instant.ofEpochSecond(hi))) {
            points.add(p.start().getEpochSecond());
            points.add(p.end().getEpochSecond());
        }
        long dueLo = engine.dueEpochSecond(lo, step.target().getSeconds());
        long dueHi = engine.dueEpochSecond(hi, step.target().getSeconds());
        for (WorkingPeriod p : engine.workingPeriods(Instant.ofEpochSecond(dueLo), Instant.ofEpochSecond(dueHi + 1))) {
            long closing = p.end().getEpochSecond();
            long a = lo;
            long b = Math.min(hi, closing);
            while (a < b) {
                long mid = a + (b - a + 1) / 2;
                if (engine.dueEpochSecond(mid, step.target().getSeconds()) <= closing) {
                    a = mid;
                } else {
                    b = mid - 1;
                }
            }
            points.add(a);
        }
        return points;
    }

    // ---- wording ---------------------------------------------------------------------------------

    private String when(Instant instant, long calendarId) {
        return when(instant, calendars.engine(calendarId).zone());
    }

    /**
     * The example instant as a message names it: to the minute, or to the second when it does not
     * fall on a whole minute (the excess a finding reports can differ by the second).
     */
    static String when(Instant instant, ZoneId zone) {
        java.time.ZonedDateTime local = instant.atZone(zone);
        DateTimeFormatter format = local.getSecond() == 0 && local.getNano() == 0 ? WHEN : WHEN_TO_THE_SECOND;
        return format.format(local) + " (" + zone.getId() + ")";
    }

    /** "4 h", "1 h 30 min", "2 d 3 h" (d = 24 hours of real or working time as the context says). */
    static String duration(Duration d) {
        long seconds = d.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" d ");
        }
        if (hours > 0) {
            text.append(hours).append(" h ");
        }
        if (minutes > 0) {
            text.append(minutes).append(" min ");
        }
        if (rest > 0 || text.length() == 0) {
            text.append(rest).append(" s ");
        }
        return text.toString().strip();
    }
}
