package org.servicelevel.domain.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.DailyHours;
import org.servicelevel.domain.worktime.TimeStatus;
import org.servicelevel.domain.worktime.WorkCalendar;
import org.servicelevel.domain.worktime.WorkingPeriod;
import org.servicelevel.domain.worktime.WorkingTimeExhaustedException;

/**
 * Computes a ticket's SLA clocks by replaying its history over the working time of its service's
 * calendar. The rules, as {@code docs/tickets.md} states them for customers:
 * <ul>
 *   <li>The <b>resolution</b> clock counts from registration while the ticket is open and not in one
 *       of the agreement's pause statuses; it stops when the ticket is resolved, closed or cancelled,
 *       and runs on if the ticket is reopened. The <b>response</b> clock counts the same way until the
 *       first response (or until the ticket is resolved without one). A <b>time-in-status</b> clock
 *       counts the working time spent in its status, over all stays; outside the status it keeps its
 *       state and it counts again on re-entry.</li>
 *   <li>While a clock runs or is paused its target follows the ticket: the current priority's target,
 *       measured from registration, plus (for resolution) the extension of the highest support line
 *       reached. Once it stops, its target, counted time, state and instants are settled; a reopening
 *       resumes it with the target in force then.</li>
 *   <li>A clock breaches at the first instant its counted time exceeds its target (equal is on time)
 *       and stays breached. Its breach instant is the deadline it passed: the due instant counted from
 *       the start of the run of counting in which it went over.</li>
 *   <li>From a cancellation or the end of monitoring ({@code monitoringEnd}, the end of the
 *       agreement's last day) nothing changes a clock: one running or paused then is cancelled or
 *       stopped, one that had stopped keeps its result, one that never counted has not started.</li>
 * </ul>
 */
public final class ClockCalculator {

    /**
     * The edition of these rules. Stored clock snapshots record the edition they were computed
     * with, so that snapshots computed under earlier rules are recomputed.
     */
    public static final int RULES = 2;

    /**
     * What the clocks are computed from: the registration instant and the phases (status, support
     * group and line, priority, whether the first response has come) in order from registration.
     */
    public record TicketHistory(Instant registeredAt, List<Phase> phases) {

        public TicketHistory {
            Objects.requireNonNull(registeredAt, "registeredAt");
            phases = List.copyOf(phases);
            if (phases.isEmpty() || !phases.get(0).from().equals(registeredAt)) {
                throw new IllegalArgumentException("the first phase starts at registration");
            }
            for (int i = 1; i < phases.size(); i++) {
                if (phases.get(i).from().isBefore(phases.get(i - 1).from())) {
                    throw new IllegalArgumentException("phases are in order of time");
                }
            }
        }

        /** The priority in the last phase. */
        public int priority() {
            return phases.get(phases.size() - 1).priority();
        }

        /** The instant of the first response, if it has come. */
        public Instant firstResponseAt() {
            return phases.stream().filter(Phase::responded).findFirst().map(Phase::from).orElse(null);
        }
    }

    private enum Mode { COUNT, PAUSE, STOP }

    /** Why a clock does not count in a piece of time. */
    private enum Stop { NONE, DONE, CANCELLED, MONITORING_ENDED, OUTSIDE_STATUS }

    /** A piece of the timeline in one phase, and the highest support line reached by then. */
    private record Piece(Instant from, Instant to, Phase phase, int highestLine) {
    }

    /** A run of counting without a pause or stop: where it began and the time counted before and by its end. */
    private static final class Run {
        private final Instant start;
        private final long countedAtStart;
        private long countedAtEnd;

        Run(Instant start, long countedAtStart) {
            this.start = start;
            this.countedAtStart = countedAtStart;
            this.countedAtEnd = countedAtStart;
        }
    }

    private ClockCalculator() {
    }

    /**
     * The ticket's clocks as of {@code now}: response and resolution, and one per time-in-status
     * limit of the agreement, each where the priority that sets its target defines one.
     *
     * @throws IllegalArgumentException if {@code now} is before the registration
     */
    public static List<SlaClock> clocks(TicketHistory history, AgreementTerms terms, ServiceCalendar calendar,
                                        Instant now, Instant monitoringEnd) {
        if (now.isBefore(history.registeredAt())) {
            throw new IllegalArgumentException("clocks are read from the registration at " + history.registeredAt()
                    + " on, not at " + now);
        }
        List<Piece> pieces = pieces(history, now, monitoringEnd);
        Set<String> metrics = new LinkedHashSet<>(List.of(SlaClock.RESPONSE, SlaClock.RESOLUTION));
        terms.statusLimits().forEach(l -> metrics.add(SlaClock.STATUS_PREFIX + l.status()));
        List<SlaClock> clocks = new ArrayList<>();
        for (String metric : metrics) {
            clock(metric, pieces, history, terms, calendar, now, monitoringEnd).ifPresent(clocks::add);
        }
        return clocks;
    }

    private static Optional<SlaClock> clock(String metric, List<Piece> pieces, TicketHistory history,
                                            AgreementTerms terms, ServiceCalendar calendar, Instant end,
                                            Instant monitoringEnd) {
        WorkCalendar engine = calendar.engine();
        boolean statusClock = metric.startsWith(SlaClock.STATUS_PREFIX);
        boolean started = false;
        boolean live = false;
        boolean frozen = false;
        boolean breached = false;
        Stop stoppedBy = Stop.NONE;
        Instant startedAt = null;
        Instant stoppedAt = null;
        Instant liveSince = null;
        Instant deadlinePassed = null;
        Long target = null;
        Long shownTarget = null;
        long counted = 0;
        long paused = 0;
        long waitingOnCustomer = 0;
        long waitingOnThirdParty = 0;
        Mode mode = null;
        List<Run> runs = new ArrayList<>();
        Map<String, Long> byGroup = new LinkedHashMap<>();
        List<ClockSegment> segments = new ArrayList<>();
        for (Piece piece : pieces) {
            Phase phase = piece.phase();
            if (frozen) {
                add(segments, new ClockSegment(piece.from(), piece.to(), SegmentKind.STOPPED, phase.status(),
                        phase.group(), 0));
                continue;
            }
            Stop stop = stopOf(metric, piece, monitoringEnd);
            if (stop == Stop.NONE) {
                if (!live) {
                    live = true;
                    liveSince = piece.from();
                    if (!started) {
                        started = true;
                        startedAt = piece.from();
                    }
                    stoppedAt = null;
                    stoppedBy = Stop.NONE;
                }
                target = targetOf(metric, piece, terms);
                if (target != null) {
                    shownTarget = target;
                }
                if (!breached && target != null && counted > target) {
                    breached = true;
                    deadlinePassed = later(passed(runs, target, engine), liveSince);
                }
                Mode now = !statusClock && terms.pauses(phase.status()) ? Mode.PAUSE : Mode.COUNT;
                if (now == Mode.COUNT) {
                    if (mode != Mode.COUNT) {
                        runs.add(new Run(piece.from(), counted));
                    }
                    Run run = runs.get(runs.size() - 1);
                    long worked = engine.elapsed(piece.from(), piece.to()).getSeconds();
                    if (!breached && target != null && counted + worked > target) {
                        breached = true;
                        deadlinePassed = engine.due(run.start, Duration.ofSeconds(target - run.countedAtStart));
                    }
                    counted += worked;
                    run.countedAtEnd = counted;
                    if (worked > 0) {
                        byGroup.merge(phase.group() == null ? "" : phase.group(), worked, Long::sum);
                    }
                    addCountingSegments(segments, piece, engine);
                } else {
                    long waited = engine.elapsed(piece.from(), piece.to()).getSeconds();
                    paused += waited;
                    if (phase.category() == StatusCategory.WAITING_ON_THIRD_PARTY) {
                        waitingOnThirdParty += waited;
                    } else {
                        waitingOnCustomer += waited;
                    }
                    add(segments, new ClockSegment(piece.from(), piece.to(), SegmentKind.PAUSED, phase.status(),
                            phase.group(), waited));
                }
                mode = now;
            } else {
                if (live) {
                    live = false;
                    stoppedAt = piece.from();
                    stoppedBy = stop;
                } else if (!started && !statusClock && stop != Stop.MONITORING_ENDED) {
                    started = true;
                    startedAt = piece.from();
                    stoppedAt = piece.from();
                    stoppedBy = stop;
                    target = targetOf(metric, piece, terms);
                    shownTarget = target;
                }
                add(segments, new ClockSegment(piece.from(), piece.to(), SegmentKind.STOPPED, phase.status(),
                        phase.group(), 0));
                mode = Mode.STOP;
            }
            if (stop == Stop.MONITORING_ENDED || phase.category() == StatusCategory.CANCELLED
                    || stop == Stop.DONE && metric.equals(SlaClock.RESPONSE)) {
                frozen = true;
            }
        }
        if (!started) {
            shownTarget = targetOf(metric, pieces.get(pieces.size() - 1), terms);
        }
        if (shownTarget == null) {
            return Optional.empty();
        }
        ClockState state;
        if (!started) {
            state = ClockState.NOT_STARTED;
        } else if (breached) {
            state = ClockState.BREACHED;
        } else if (live) {
            state = mode == Mode.COUNT ? ClockState.RUNNING : ClockState.PAUSED;
        } else {
            state = switch (stoppedBy) {
                case CANCELLED -> ClockState.CANCELLED;
                case MONITORING_ENDED -> ClockState.STOPPED;
                default -> ClockState.MET;
            };
        }
        long remaining = Math.max(0, shownTarget - counted);
        Instant due = switch (state) {
            case BREACHED -> deadlinePassed;
            case RUNNING -> {
                Run run = runs.get(runs.size() - 1);
                yield target == null ? null : dueOrNone(engine, run.start, target - run.countedAtStart);
            }
            case MET -> counted < shownTarget ? dueOrNone(engine, stoppedAt, remaining)
                    : reached(runs, shownTarget, engine);
            default -> null;
        };
        Instant breachedAt = !breached ? null
                : Objects.requireNonNullElse(lastOnTime(engine, deadlinePassed), deadlinePassed);
        Instant breachesAfter = state == ClockState.RUNNING && due != null ? lastOnTime(engine, due) : null;
        if (breachesAfter != null && monitoringEnd != null && !breachesAfter.isBefore(monitoringEnd)) {
            breachesAfter = null;
        }
        Map<String, Duration> groups = new LinkedHashMap<>();
        byGroup.forEach((g, sec) -> groups.put(g, Duration.ofSeconds(sec)));
        Instant from = startedAt != null ? startedAt : history.registeredAt();
        Instant to = started && !live ? stoppedAt : end;
        if (due != null && due.isAfter(to)) {
            to = due;
        }
        return Optional.of(new SlaClock(metric, state, live && mode == Mode.PAUSE, Duration.ofSeconds(shownTarget),
                Duration.ofSeconds(counted), Duration.ofSeconds(remaining), startedAt, stoppedAt, due, breachedAt,
                breachesAfter, Duration.ofSeconds(paused), groups, Duration.ofSeconds(waitingOnCustomer),
                Duration.ofSeconds(waitingOnThirdParty), segments, calendarVersions(calendar, from, to)));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }

    /**
     * The timeline cut at phase changes and the end of monitoring. A phase that lasts no time gives a
     * piece that lasts no time, and a last piece that lasts no time says what holds at the end itself.
     */
    private static List<Piece> pieces(TicketHistory history, Instant end, Instant monitoringEnd) {
        TreeSet<Instant> cuts = new TreeSet<>();
        if (monitoringEnd != null) {
            cuts.add(monitoringEnd);
        }
        List<Phase> phases = history.phases().stream().filter(p -> !p.from().isAfter(end)).toList();
        List<Piece> pieces = new ArrayList<>();
        int highest = 0;
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            highest = Math.max(highest, phase.lineLevel());
            Instant to = i + 1 < phases.size() ? phases.get(i + 1).from() : end;
            Instant from = phase.from();
            for (Instant cut : cuts.subSet(from, false, to, false)) {
                pieces.add(new Piece(from, cut, phase, highest));
                from = cut;
            }
            pieces.add(new Piece(from, to, phase, highest));
        }
        Piece last = pieces.get(pieces.size() - 1);
        pieces.add(new Piece(end, end, last.phase(), last.highestLine()));
        return pieces;
    }

    /**
     * Why the clock does not count in the piece, if it does not. From the end of monitoring on
     * nothing counts; before it, a response clock stops at the first response, and response and
     * resolution clocks stop when the ticket is cancelled, resolved or closed; a time-in-status clock
     * counts only in its status.
     */
    private static Stop stopOf(String metric, Piece piece, Instant monitoringEnd) {
        Phase phase = piece.phase();
        if (monitoringEnd != null && !piece.from().isBefore(monitoringEnd)) {
            return Stop.MONITORING_ENDED;
        }
        if (metric.startsWith(SlaClock.STATUS_PREFIX)) {
            if (phase.category() == StatusCategory.CANCELLED) {
                return Stop.CANCELLED;
            }
            return phase.status().equals(metric.substring(SlaClock.STATUS_PREFIX.length())) ? Stop.NONE
                    : Stop.OUTSIDE_STATUS;
        }
        if (metric.equals(SlaClock.RESPONSE) && phase.responded()) {
            return Stop.DONE;
        }
        if (phase.category() == StatusCategory.CANCELLED) {
            return Stop.CANCELLED;
        }
        return phase.category().open() ? Stop.NONE : Stop.DONE;
    }

    /** The target in seconds in force in the piece, or null if the priority then defines none. */
    private static Long targetOf(String metric, Piece piece, AgreementTerms terms) {
        int priority = piece.phase().priority();
        Optional<Duration> target;
        if (metric.equals(SlaClock.RESPONSE)) {
            target = terms.priority(priority).flatMap(PriorityTerms::response);
        } else if (metric.equals(SlaClock.RESOLUTION)) {
            target = terms.priority(priority).flatMap(PriorityTerms::resolution)
                    .map(t -> t.plus(terms.extensionFor(piece.highestLine())));
        } else {
            String status = metric.substring(SlaClock.STATUS_PREFIX.length());
            target = terms.statusLimitsOf(priority).stream().filter(l -> l.status().equals(status)).findFirst()
                    .map(StatusLimit::max);
        }
        return target.map(Duration::getSeconds).orElse(null);
    }

    /** The deadline passed when the counted time went over {@code target}: due from the start of that run. */
    private static Instant passed(List<Run> runs, long target, WorkCalendar engine) {
        for (Run run : runs) {
            if (run.countedAtEnd > target) {
                return engine.due(run.start, Duration.ofSeconds(target - run.countedAtStart));
            }
        }
        throw new IllegalStateException("no run went over " + target + " seconds");
    }

    /** The instant the counted time reached {@code target}, which it did. */
    private static Instant reached(List<Run> runs, long target, WorkCalendar engine) {
        for (Run run : runs) {
            if (run.countedAtEnd >= target && run.countedAtStart < target) {
                return engine.due(run.start, Duration.ofSeconds(target - run.countedAtStart));
            }
        }
        throw new IllegalStateException("no run reached " + target + " seconds");
    }

    /**
     * The last instant a clock due at {@code due} is on time while it counts: the due instant, or the
     * next opening when it falls at a closing time. Just after it the clock has counted past its target.
     */
    private static Instant lastOnTime(WorkCalendar engine, Instant due) {
        Instant next = dueOrNone(engine, due, 1);
        return next == null ? null : next.minusSeconds(1);
    }

    /**
     * The deadline, or none when the calendar has no working time left to count it (a retired service)
     * or it would lie after the last year calendars compute.
     */
    private static Instant dueOrNone(WorkCalendar engine, Instant from, long workingSeconds) {
        try {
            return engine.due(from, Duration.ofSeconds(workingSeconds));
        } catch (WorkingTimeExhaustedException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Running working periods, and the time between them as outside service hours, holidays or days off. */
    private static void addCountingSegments(List<ClockSegment> segments, Piece piece, WorkCalendar engine) {
        Instant cursor = piece.from();
        Phase p = piece.phase();
        for (WorkingPeriod period : engine.workingPeriods(piece.from(), piece.to())) {
            addGaps(segments, cursor, period.start(), p, engine);
            add(segments, new ClockSegment(period.start(), period.end(), SegmentKind.RUNNING, p.status(), p.group(),
                    period.duration().getSeconds()));
            cursor = period.end();
        }
        addGaps(segments, cursor, piece.to(), p, engine);
    }

    /** Non-working time, day by day in the calendar's zone, as holidays, days off or outside service hours. */
    private static void addGaps(List<ClockSegment> segments, Instant from, Instant to, Phase p, WorkCalendar engine) {
        ZoneId zone = engine.zone();
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            LocalDate day = LocalDateTime.ofInstant(cursor, zone).toLocalDate();
            Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant until = nextDay.isBefore(to) ? nextDay : to;
            SegmentKind kind = engine.statusAt(cursor) == TimeStatus.HOLIDAY ? SegmentKind.HOLIDAY
                    : dayOff(engine, day) ? SegmentKind.DAY_OFF : SegmentKind.OUTSIDE_SERVICE_HOURS;
            add(segments, new ClockSegment(cursor, until, kind, p.status(), p.group(), 0));
            cursor = until;
        }
    }

    /** Whether a date override gives the whole day off. */
    private static boolean dayOff(WorkCalendar engine, LocalDate day) {
        DailyHours override = engine.versionOn(day).overrides().get(day);
        return override != null && override.isClosed();
    }

    /** Appends a segment, merging it into the previous one when it continues it in kind, status and group. */
    private static void add(List<ClockSegment> segments, ClockSegment segment) {
        if (!segment.from().isBefore(segment.to()) && !segments.isEmpty()) {
            return;
        }
        if (!segments.isEmpty()) {
            ClockSegment last = segments.get(segments.size() - 1);
            if (last.kind() == segment.kind() && last.to().equals(segment.from())
                    && Objects.equals(last.status(), segment.status()) && Objects.equals(last.group(), segment.group())
                    && segment.kind() != SegmentKind.RUNNING) {
                segments.set(segments.size() - 1, new ClockSegment(last.from(), segment.to(), last.kind(), last.status(),
                        last.group(), last.workingSeconds() + segment.workingSeconds()));
                return;
            }
        }
        segments.add(segment);
    }

    /** The numbers of the calendar versions governing the days from {@code from} to {@code to}. */
    private static List<Integer> calendarVersions(ServiceCalendar calendar, Instant from, Instant to) {
        Set<Integer> numbers = new LinkedHashSet<>();
        LocalDate firstDay = LocalDate.ofInstant(from, calendar.engine().zone());
        for (CalendarVersion v : calendar.engine().versionsBetween(from, to)) {
            LocalDate day = v.effectiveFrom();
            numbers.add(calendar.versionOn(day.isBefore(firstDay) ? firstDay : day));
        }
        return List.copyOf(numbers);
    }
}
