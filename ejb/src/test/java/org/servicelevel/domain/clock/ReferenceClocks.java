package org.servicelevel.domain.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTarget;
import org.servicelevel.domain.model.agreement.StatusLimit;

/**
 * A second, deliberately simple reading of the clock rules of {@code docs/tickets.md}, written for
 * the property test: it walks the history minute by minute, asks of every minute whether the
 * calendar's wall clock shows working hours, and finds deadlines by walking forward the same way.
 * It shares no code with the calculator or the calendar engine. Histories, targets and calendar
 * hours are whole minutes, and working hours never begin or end inside the hour a daylight-saving
 * change repeats or skips (there "which minutes are working" depends on how wall-clock times are
 * placed on the timeline, which the engine's own tests cover).
 */
final class ReferenceClocks {

    private static final long MINUTE = 60;
    private static final int HORIZON_MINUTES = 400 * 24 * 60;

    /** One rule version of a calendar: weekly ranges, holidays and date overrides, in minutes of the day. */
    record Version(LocalDate from, Map<DayOfWeek, List<int[]>> weekly, Set<LocalDate> holidays,
                   Map<LocalDate, List<int[]>> overrides) {
    }

    /** A calendar as plain data. */
    record Calendar(ZoneId zone, List<Version> versions) {

        int numberOn(LocalDate day) {
            int number = 1;
            for (int i = 0; i < versions.size(); i++) {
                if (!versions.get(i).from().isAfter(day)) {
                    number = i + 1;
                }
            }
            return number;
        }
    }

    /** What the reference says of one clock. */
    record Result(String metric, ClockState state, boolean paused, long target, long elapsed, long remaining,
                  Instant startedAt, Instant stoppedAt, Instant due, Instant breachedAt, Instant breachesAfter,
                  long pausedSeconds, long waitingOnCustomer, long waitingOnThirdParty, Map<String, Long> byGroup,
                  List<Integer> calendarVersions) {
    }

    private final Calendar calendar;
    private final AgreementTerms terms;
    /** The ticket's service, whose own targets (where it sets them) replace its priority's. */
    private final String service;
    private final Map<Long, Boolean> working = new HashMap<>();

    ReferenceClocks(Calendar calendar, AgreementTerms terms) {
        this(calendar, terms, null);
    }

    ReferenceClocks(Calendar calendar, AgreementTerms terms, String service) {
        this.calendar = calendar;
        this.terms = terms;
        this.service = service;
    }

    /** The service's own response or resolution target at the priority, if it sets one. */
    private Optional<Duration> ownTarget(int priority, boolean response) {
        for (ServiceTarget t : terms.serviceTargets()) {
            if (t.serviceCode().equals(service) && t.priority() == priority) {
                return response ? t.response() : t.resolution();
            }
        }
        return Optional.empty();
    }

    /** Whether the minute beginning at {@code minute} is working time. */
    boolean working(Instant minute) {
        return working.computeIfAbsent(minute.getEpochSecond() / MINUTE, k -> {
            LocalDateTime local = LocalDateTime.ofInstant(minute, calendar.zone());
            LocalDate day = local.toLocalDate();
            Version version = calendar.versions().get(calendar.numberOn(day) - 1);
            List<int[]> ranges = version.overrides().containsKey(day) ? version.overrides().get(day)
                    : version.holidays().contains(day) ? List.of()
                    : version.weekly().getOrDefault(day.getDayOfWeek(), List.of());
            int m = local.getHour() * 60 + local.getMinute();
            return ranges.stream().anyMatch(r -> r[0] <= m && m < r[1]);
        });
    }

    /**
     * The instant at which {@code seconds} of working time have passed counting from {@code from}:
     * the end of the minute that completes them; for none, {@code from} if it is working time, else
     * the start of the next working minute.
     */
    Instant due(Instant from, long seconds) {
        Instant m = from;
        long counted = 0;
        for (int i = 0; i < HORIZON_MINUTES; i++, m = m.plusSeconds(MINUTE)) {
            if (working(m)) {
                if (seconds == 0) {
                    return m;
                }
                counted += MINUTE;
                if (counted == seconds) {
                    return m.plusSeconds(MINUTE);
                }
            }
        }
        return null;
    }

    private static final class Run {
        final Instant start;
        final long countedAtStart;
        long countedAtEnd;

        Run(Instant start, long countedAtStart) {
            this.start = start;
            this.countedAtStart = countedAtStart;
            this.countedAtEnd = countedAtStart;
        }
    }

    /** Every clock the rules give for the history as of {@code end}. */
    List<Result> clocks(ClockCalculator.TicketHistory history, Instant end, Instant monitoringEnd) {
        List<String> metrics = new ArrayList<>(List.of(SlaClock.RESPONSE, SlaClock.RESOLUTION));
        for (StatusLimit limit : terms.statusLimits()) {
            String metric = SlaClock.STATUS_PREFIX + limit.status();
            if (!metrics.contains(metric)) {
                metrics.add(metric);
            }
        }
        List<Result> results = new ArrayList<>();
        for (String metric : metrics) {
            Result r = new Walk(metric, history, end, monitoringEnd).result();
            if (r != null) {
                results.add(r);
            }
        }
        return results;
    }

    /** One clock, walked through the history. */
    private final class Walk {
        private final String metric;
        private final boolean statusClock;
        private final ClockCalculator.TicketHistory history;
        private final Instant end;
        private final Instant monitoringEnd;

        private boolean started;
        private boolean live;
        private boolean frozen;
        private boolean breached;
        private boolean pausedNow;
        private String stoppedBy;
        private Instant startedAt;
        private Instant stoppedAt;
        private Instant liveSince;
        private Instant deadlinePassed;
        private Long target;
        private Long shownTarget;
        private long counted;
        private long paused;
        private long waitingOnCustomer;
        private long waitingOnThirdParty;
        private int highestLine;
        private final List<Run> runs = new ArrayList<>();
        private Run run;
        private final Map<String, Long> byGroup = new LinkedHashMap<>();

        Walk(String metric, ClockCalculator.TicketHistory history, Instant end, Instant monitoringEnd) {
            this.metric = metric;
            this.statusClock = metric.startsWith(SlaClock.STATUS_PREFIX);
            this.history = history;
            this.end = end;
            this.monitoringEnd = monitoringEnd;
        }

        Result result() {
            List<Phase> phases = history.phases();
            for (int i = 0; i < phases.size(); i++) {
                Phase phase = phases.get(i);
                highestLine = Math.max(highestLine, phase.lineLevel());
                Instant next = i + 1 < phases.size() ? phases.get(i + 1).from() : end;
                visit(phase.from(), phase);
                for (Instant m = phase.from(); m.isBefore(next); m = m.plusSeconds(MINUTE)) {
                    if (m.isAfter(phase.from()) && m.equals(monitoringEnd)) {
                        visit(m, phase);
                    }
                    minute(m, phase);
                }
            }
            Phase last = phases.get(phases.size() - 1);
            visit(end, last);
            if (!started) {
                shownTarget = targetIn(last);
            }
            if (shownTarget == null) {
                return null;
            }
            ClockState state = !started ? ClockState.NOT_STARTED
                    : breached ? ClockState.BREACHED
                    : live ? (pausedNow ? ClockState.PAUSED : ClockState.RUNNING)
                    : switch (stoppedBy) {
                        case "CANCELLED" -> ClockState.CANCELLED;
                        case "END" -> ClockState.STOPPED;
                        default -> ClockState.MET;
                    };
            Instant due = null;
            if (state == ClockState.BREACHED) {
                due = deadlinePassed;
            } else if (state == ClockState.RUNNING) {
                due = target == null ? null : due(run.start, target - run.countedAtStart);
            } else if (state == ClockState.MET) {
                if (counted < shownTarget) {
                    due = due(stoppedAt, shownTarget - counted);
                } else {
                    for (Run r : runs) {
                        if (r.countedAtEnd >= shownTarget && r.countedAtStart < shownTarget) {
                            due = due(r.start, shownTarget - r.countedAtStart);
                            break;
                        }
                    }
                }
            }
            Instant breachedAt = breached ? due(deadlinePassed, 0) : null;
            Instant breachesAfter = state == ClockState.RUNNING && due != null ? due(due, 0) : null;
            if (breachesAfter != null && monitoringEnd != null && !breachesAfter.isBefore(monitoringEnd)) {
                breachesAfter = null;
            }
            Instant from = startedAt != null ? startedAt : history.registeredAt();
            Instant to = started && !live ? stoppedAt : end;
            if (due != null && due.isAfter(to)) {
                to = due;
            }
            List<Integer> versions = new ArrayList<>();
            for (LocalDate d = LocalDate.ofInstant(from, calendar.zone()); !d.isAfter(LocalDate.ofInstant(to,
                    calendar.zone())); d = d.plusDays(1)) {
                int number = calendar.numberOn(d);
                if (!versions.contains(number)) {
                    versions.add(number);
                }
            }
            return new Result(metric, state, live && pausedNow, shownTarget, counted, Math.max(0, shownTarget - counted),
                    startedAt, stoppedAt, due, breachedAt, breachesAfter, paused, waitingOnCustomer,
                    waitingOnThirdParty, byGroup, versions);
        }

        /** What the clock does from {@code at} on, in the phase. */
        private void visit(Instant at, Phase phase) {
            if (frozen) {
                return;
            }
            String reason = reason(at, phase);
            if (reason == null) {
                if (!live) {
                    live = true;
                    liveSince = at;
                    if (!started) {
                        started = true;
                        startedAt = at;
                    }
                    stoppedAt = null;
                    stoppedBy = null;
                    run = null;
                }
                target = targetIn(phase);
                if (target != null) {
                    shownTarget = target;
                }
                if (!breached && target != null && counted > target) {
                    breached = true;
                    for (Run r : runs) {
                        if (r.countedAtEnd > target) {
                            deadlinePassed = due(r.start, target - r.countedAtStart);
                            break;
                        }
                    }
                    if (deadlinePassed.isBefore(liveSince)) {
                        deadlinePassed = liveSince;
                    }
                }
                boolean pauses = !statusClock && terms.pauses(phase.status());
                if (pauses) {
                    run = null;
                } else if (run == null) {
                    run = new Run(at, counted);
                    runs.add(run);
                }
                pausedNow = pauses;
            } else {
                if (live) {
                    live = false;
                    stoppedAt = at;
                    stoppedBy = reason;
                } else if (!started && !statusClock && !reason.equals("END")) {
                    started = true;
                    startedAt = at;
                    stoppedAt = at;
                    stoppedBy = reason;
                    target = targetIn(phase);
                    shownTarget = target;
                }
                run = null;
            }
            if ("END".equals(reason) || phase.category() == StatusCategory.CANCELLED
                    || "DONE".equals(reason) && metric.equals(SlaClock.RESPONSE)) {
                frozen = true;
            }
        }

        /** One minute in the phase. */
        private void minute(Instant m, Phase phase) {
            if (frozen || !live || !working(m)) {
                return;
            }
            if (pausedNow) {
                paused += MINUTE;
                if (phase.category() == StatusCategory.WAITING_ON_THIRD_PARTY) {
                    waitingOnThirdParty += MINUTE;
                } else {
                    waitingOnCustomer += MINUTE;
                }
                return;
            }
            counted += MINUTE;
            run.countedAtEnd = counted;
            byGroup.merge(phase.group() == null ? "" : phase.group(), MINUTE, Long::sum);
            if (!breached && target != null && counted > target) {
                breached = true;
                deadlinePassed = due(run.start, target - run.countedAtStart);
            }
        }

        /** Why the clock does not count from {@code at} in the phase, or null if it counts. */
        private String reason(Instant at, Phase phase) {
            if (monitoringEnd != null && !at.isBefore(monitoringEnd)) {
                return "END";
            }
            if (statusClock) {
                if (phase.category() == StatusCategory.CANCELLED) {
                    return "CANCELLED";
                }
                return phase.status().equals(metric.substring(SlaClock.STATUS_PREFIX.length())) ? null : "OUTSIDE";
            }
            if (metric.equals(SlaClock.RESPONSE) && phase.responded()) {
                return "DONE";
            }
            return switch (phase.category()) {
                case CANCELLED -> "CANCELLED";
                case RESOLVED, CLOSED -> "DONE";
                default -> null;
            };
        }

        /** The target in seconds the phase's priority (and the highest line so far) sets, or null. */
        private Long targetIn(Phase phase) {
            PriorityTerms priority = terms.priorities().stream().filter(p -> p.number() == phase.priority())
                    .findFirst().orElse(null);
            if (statusClock) {
                String status = metric.substring(SlaClock.STATUS_PREFIX.length());
                return terms.statusLimits().stream()
                        .filter(l -> l.priority() == phase.priority() && l.status().equals(status))
                        .findFirst().map(l -> l.max().getSeconds()).orElse(null);
            }
            if (priority == null) {
                return null;
            }
            if (metric.equals(SlaClock.RESPONSE)) {
                return ownTarget(phase.priority(), true).or(priority::response).map(Duration::getSeconds).orElse(null);
            }
            long extension = 0;
            int best = -1;
            for (LineExtension e : terms.lineExtensions()) {
                if (e.lineLevel() <= highestLine && e.lineLevel() > best) {
                    best = e.lineLevel();
                    extension = e.extra().getSeconds();
                }
            }
            long extra = extension;
            return ownTarget(phase.priority(), false).or(priority::resolution).map(d -> d.getSeconds() + extra)
                    .orElse(null);
        }
    }
}
