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
import org.servicelevel.domain.worktime.TimeStatus;
import org.servicelevel.domain.worktime.WorkCalendar;
import org.servicelevel.domain.worktime.WorkingPeriod;
import org.servicelevel.domain.worktime.WorkingTimeExhaustedException;

/**
 * Computes a ticket's SLA clocks by replaying its history over the working time of its service's
 * calendar.
 *
 * <p><b>The rules.</b>
 * <ul>
 *   <li>The <b>resolution</b> clock counts from registration while the ticket is open and not in one
 *       of the agreement's pause statuses; it stops when the ticket is resolved, closed or cancelled,
 *       and runs on if the ticket is reopened. Its target is the resolution target of the ticket's
 *       current priority, measured from registration (so a priority change recalculates it with the
 *       history counting), plus the extension of the highest support line the ticket has reached.</li>
 *   <li>The <b>response</b> clock counts the same way until the first response (or until the ticket
 *       is resolved without one); its target is the current priority's response target.</li>
 *   <li>A <b>time-in-status</b> clock counts the working time spent in its status, in total over all
 *       stays, against the limit for the current priority.</li>
 *   <li>After {@code monitoringEnd} (the end of a terminated agreement's last day) no clock counts.</li>
 * </ul>
 * A clock is breached once it has counted working time beyond its target; its breach instant is the
 * deadline it passed. Pausing moves the deadline by exactly the working time the pause took.
 */
public final class ClockCalculator {

    /**
     * What the clocks are computed from: the registration instant, the phases (status and support
     * group) in order from registration, the ticket's current priority and the instant of its first
     * response, if any.
     */
    public record TicketHistory(Instant registeredAt, List<Phase> phases, int priority, Instant firstResponseAt) {

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
    }

    private enum Mode { COUNT, PAUSE, STOP }

    /** Why a clock does not count in a piece of time. */
    private enum Stop { NONE, DONE, CANCELLED, MONITORING_ENDED, OUTSIDE_STATUS }

    /** A piece of the timeline with what the clock does in it. */
    private record Piece(Instant from, Instant to, Phase phase, Mode mode, Stop stop) {
    }

    private ClockCalculator() {
    }

    /**
     * The ticket's clocks as of {@code now}: response and resolution (for targets the current priority
     * has) and one per time-in-status limit of that priority.
     */
    public static List<SlaClock> clocks(TicketHistory history, AgreementTerms terms, ServiceCalendar calendar,
                                        Instant now, Instant monitoringEnd) {
        Instant end = now.isBefore(history.registeredAt()) ? history.registeredAt() : now;
        Optional<PriorityTerms> priority = terms.priority(history.priority());
        List<SlaClock> clocks = new ArrayList<>();
        if (priority.isEmpty()) {
            return clocks;
        }
        int highestLine = history.phases().stream().filter(p -> !p.from().isAfter(end))
                .mapToInt(Phase::lineLevel).max().orElse(0);
        priority.get().response().ifPresent(target -> clocks.add(clock(SlaClock.RESPONSE, target, history, terms,
                calendar, end, monitoringEnd)));
        priority.get().resolution().ifPresent(target -> clocks.add(clock(SlaClock.RESOLUTION,
                target.plus(terms.extensionFor(highestLine)), history, terms, calendar, end, monitoringEnd)));
        for (StatusLimit limit : terms.statusLimitsOf(history.priority())) {
            clocks.add(clock(SlaClock.STATUS_PREFIX + limit.status(), limit.max(), history, terms, calendar, end,
                    monitoringEnd));
        }
        return clocks;
    }

    private static SlaClock clock(String metric, Duration target, TicketHistory history, AgreementTerms terms,
                                  ServiceCalendar calendar, Instant end, Instant monitoringEnd) {
        WorkCalendar engine = calendar.engine();
        List<Piece> pieces = pieces(metric, history, terms, end, monitoringEnd);
        long targetSeconds = target.getSeconds();
        long counted = 0;
        long paused = 0;
        boolean breached = false;
        Instant deadline = null;
        Instant startedAt = null;
        Instant runStart = null;
        long countedAtRunStart = 0;
        Mode previous = null;
        Map<String, Long> byGroup = new LinkedHashMap<>();
        long waitingOnCustomer = 0;
        long waitingOnThirdParty = 0;
        List<ClockSegment> segments = new ArrayList<>();
        for (Piece piece : pieces) {
            switch (piece.mode()) {
                case COUNT -> {
                    if (startedAt == null) {
                        startedAt = piece.from();
                    }
                    if (previous != Mode.COUNT) {
                        runStart = piece.from();
                        countedAtRunStart = counted;
                    }
                    long worked = engine.elapsed(piece.from(), piece.to()).getSeconds();
                    if (deadline == null && counted + worked >= targetSeconds) {
                        deadline = engine.due(piece.from(), Duration.ofSeconds(targetSeconds - counted));
                    }
                    if (deadline != null && counted + worked > targetSeconds) {
                        breached = true;
                    }
                    counted += worked;
                    byGroup.merge(groupOf(piece.phase()), worked, Long::sum);
                    addCountingSegments(segments, piece, engine);
                }
                case PAUSE -> {
                    if (startedAt == null) {
                        startedAt = piece.from();
                    }
                    long waited = engine.elapsed(piece.from(), piece.to()).getSeconds();
                    paused += waited;
                    if (piece.phase().category() == StatusCategory.WAITING_ON_THIRD_PARTY) {
                        waitingOnThirdParty += waited;
                    } else {
                        waitingOnCustomer += waited;
                    }
                    add(segments, new ClockSegment(piece.from(), piece.to(), SegmentKind.PAUSED, piece.phase().status(),
                            piece.phase().group(), waited));
                }
                case STOP -> add(segments, new ClockSegment(piece.from(), piece.to(), SegmentKind.STOPPED,
                        piece.phase().status(), piece.phase().group(), 0));
            }
            previous = piece.mode();
        }
        Piece last = pieces.get(pieces.size() - 1);
        long remaining = Math.max(0, targetSeconds - counted);
        ClockState state;
        Instant due;
        Instant stoppedAt = null;
        if (last.mode() == Mode.COUNT) {
            state = breached ? ClockState.BREACHED : ClockState.RUNNING;
            due = deadline != null ? deadline
                    : dueOrNone(engine, runStart, Duration.ofSeconds(targetSeconds - countedAtRunStart));
        } else if (last.mode() == Mode.PAUSE) {
            state = breached ? ClockState.BREACHED : ClockState.PAUSED;
            due = breached ? deadline : null;
        } else {
            Instant stopStart = last.from();
            for (int i = pieces.size() - 1; i >= 0 && pieces.get(i).mode() == Mode.STOP; i--) {
                stopStart = pieces.get(i).from();
            }
            stoppedAt = startedAt == null ? null : stopStart;
            state = switch (last.stop()) {
                case CANCELLED -> ClockState.CANCELLED;
                case MONITORING_ENDED -> breached ? ClockState.BREACHED : ClockState.STOPPED;
                case OUTSIDE_STATUS -> startedAt == null ? ClockState.NOT_STARTED
                        : breached ? ClockState.BREACHED : ClockState.MET;
                default -> breached ? ClockState.BREACHED : ClockState.MET;
            };
            due = switch (state) {
                case BREACHED -> deadline;
                case MET -> deadline != null ? deadline : dueOrNone(engine, stopStart, Duration.ofSeconds(remaining));
                default -> null;
            };
        }
        Map<String, Duration> groups = new LinkedHashMap<>();
        byGroup.forEach((g, s) -> groups.put(g, Duration.ofSeconds(s)));
        return new SlaClock(metric, state, target, Duration.ofSeconds(counted), Duration.ofSeconds(remaining),
                startedAt, stoppedAt, due, breached ? deadline : null, Duration.ofSeconds(paused), groups,
                Duration.ofSeconds(waitingOnCustomer), Duration.ofSeconds(waitingOnThirdParty), segments,
                calendarVersions(calendar, startedAt == null ? history.registeredAt() : startedAt, end));
    }

    /**
     * The timeline cut at phase changes, the first response and the end of monitoring, each piece with
     * what the clock does in it. The last piece is empty: it starts at the end and says what the clock
     * does now.
     */
    private static List<Piece> pieces(String metric, TicketHistory history, AgreementTerms terms, Instant end,
                                      Instant monitoringEnd) {
        TreeSet<Instant> cuts = new TreeSet<>();
        history.phases().forEach(p -> cuts.add(p.from()));
        if (history.firstResponseAt() != null) {
            cuts.add(history.firstResponseAt());
        }
        if (monitoringEnd != null) {
            cuts.add(monitoringEnd);
        }
        cuts.add(end);
        List<Instant> points = new ArrayList<>(cuts.headSet(end, true).tailSet(history.registeredAt(), true));
        List<Piece> pieces = new ArrayList<>();
        int phase = 0;
        for (int i = 0; i < points.size(); i++) {
            Instant from = points.get(i);
            Instant to = i + 1 < points.size() ? points.get(i + 1) : from;
            while (phase + 1 < history.phases().size() && !history.phases().get(phase + 1).from().isAfter(from)) {
                phase++;
            }
            Phase current = history.phases().get(phase);
            Stop stop = stopOf(metric, current, from, history, terms, monitoringEnd);
            Mode mode = stop != Stop.NONE ? Mode.STOP
                    : !metric.startsWith(SlaClock.STATUS_PREFIX) && terms.pauses(current.status()) ? Mode.PAUSE
                    : Mode.COUNT;
            pieces.add(new Piece(from, to, current, mode, stop));
        }
        return pieces;
    }

    /**
     * Why the clock does not count at {@code at}, if it does not: its own stop (response given,
     * resolved, out of its status) comes first, so a clock that had stopped keeps its result when the
     * ticket is cancelled or monitoring ends later; cancellation and the end of monitoring only stop
     * a clock that was still counting or paused.
     */
    private static Stop stopOf(String metric, Phase phase, Instant at, TicketHistory history, AgreementTerms terms,
                               Instant monitoringEnd) {
        if (metric.startsWith(SlaClock.STATUS_PREFIX)) {
            if (!phase.status().equals(metric.substring(SlaClock.STATUS_PREFIX.length()))) {
                return Stop.OUTSIDE_STATUS;
            }
        } else {
            if (metric.equals(SlaClock.RESPONSE) && history.firstResponseAt() != null
                    && !at.isBefore(history.firstResponseAt())) {
                return Stop.DONE;
            }
            if (phase.category() == StatusCategory.CANCELLED) {
                return Stop.CANCELLED;
            }
            if (!phase.category().open()) {
                return Stop.DONE;
            }
        }
        if (monitoringEnd != null && !at.isBefore(monitoringEnd)) {
            return Stop.MONITORING_ENDED;
        }
        return Stop.NONE;
    }

    /**
     * The deadline, or none when the calendar has no working time left to count it (a retired service)
     * or it would lie after the last year calendars compute.
     */
    private static Instant dueOrNone(WorkCalendar engine, Instant from, Duration working) {
        try {
            return engine.due(from, working);
        } catch (WorkingTimeExhaustedException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Running working periods, and the time between them as outside service hours or holidays. */
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

    /** Non-working time, day by day in the calendar's zone, as holidays or outside service hours. */
    private static void addGaps(List<ClockSegment> segments, Instant from, Instant to, Phase p, WorkCalendar engine) {
        ZoneId zone = engine.zone();
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            LocalDate day = LocalDateTime.ofInstant(cursor, zone).toLocalDate();
            Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant until = nextDay.isBefore(to) ? nextDay : to;
            SegmentKind kind = engine.statusAt(cursor) == TimeStatus.HOLIDAY ? SegmentKind.HOLIDAY
                    : SegmentKind.OUTSIDE_SERVICE_HOURS;
            add(segments, new ClockSegment(cursor, until, kind, p.status(), p.group(), 0));
            cursor = until;
        }
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

    private static String groupOf(Phase phase) {
        return phase.group() == null ? "" : phase.group();
    }

    private static List<Integer> calendarVersions(ServiceCalendar calendar, Instant from, Instant to) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (CalendarVersion v : calendar.engine().versionsBetween(from, to)) {
            LocalDate day = v.effectiveFrom();
            LocalDate firstDay = LocalDate.ofInstant(from, calendar.engine().zone());
            numbers.add(calendar.versionOn(day.isBefore(firstDay) ? firstDay : day));
        }
        return List.copyOf(numbers);
    }
}
