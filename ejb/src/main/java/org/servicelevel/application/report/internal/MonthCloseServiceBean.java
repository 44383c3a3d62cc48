package org.servicelevel.application.report.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.report.MonthCloseService;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.application.report.MonthResultService.ResultSummary;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.application.ticket.internal.TicketClocks;
import org.servicelevel.application.usage.UsageService;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.SupportedTime;
import org.servicelevel.domain.clock.ClockState;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementVersion;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.model.calendar.BusinessCalendarVersion;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.report.ClosingMonth;
import org.servicelevel.domain.model.report.CloseTerms;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthCloseCalculator;
import org.servicelevel.domain.model.report.MonthCloseInput;
import org.servicelevel.domain.model.report.MonthCollectionRepository;
import org.servicelevel.domain.model.report.MonthCollectionRepository.CollectedTicket;
import org.servicelevel.domain.model.report.MonthDifference;
import org.servicelevel.domain.model.report.Provenance;
import org.servicelevel.domain.model.report.ResolutionTime;
import org.servicelevel.domain.model.report.ServiceFacts;
import org.servicelevel.domain.model.report.StoredTicket;
import org.servicelevel.domain.model.report.SurveyResult;
import org.servicelevel.domain.model.report.TicketFacts;
import org.servicelevel.domain.model.report.UsageFacts;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.OutageRepository;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketEvent;
import org.servicelevel.domain.model.ticket.TicketEventType;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.clock.ClockCalculator;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
@DeclareRoles(Role.Names.SYSTEM)
public class MonthCloseServiceBean implements MonthCloseService {

    private static final int WHAT_IF_PAGE = 1000;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private TicketRepository tickets;

    @Inject
    private TicketClocks clocks;

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private OutageRepository outages;

    @Inject
    private SurveyService surveys;

    @Inject
    private UsageService usage;

    @Inject
    private MonthResultService results;

    @Inject
    private AgreementService agreementService;

    @Inject
    private MonthCollectionRepository collections;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Override
    public List<Long> agreementsToClose(YearMonth month, Long agreementId) {
        if (month == null) {
            throw new InvalidFieldException("month", "Give the month to close, e.g. 2026-11");
        }
        requireSupported(month);
        if (agreementId != null) {
            Agreement agreement = load(agreementId);
            closeTerms(agreement, month);
            return List.of(agreement.id());
        }
        List<Long> ids = new ArrayList<>();
        for (Agreement agreement : agreements.findAll()) {
            if (agreement.status() != AgreementStatus.DRAFT && inService(agreement, month) && ended(agreement, month)
                    && termsOfMonth(agreement, month).map(t -> t.monthlyFee() != null && t.currency() != null)
                    .orElse(false)) {
                ids.add(agreement.id());
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    @Override
    public Page collect(long agreementId, YearMonth month, long afterTicketId, int size) {
        Agreement agreement = load(agreementId);
        CloseTerms terms = closeTerms(agreement, month);
        ClosingMonth closing = new ClosingMonth(month, agreement.zone());
        List<StoredTicket> page = collections.ticketsTouching(agreement.id(), closing.start(), closing.end(),
                afterTicketId, size);
        List<CollectedTicket> collected = new ArrayList<>();
        for (StoredTicket stored : page) {
            facts(stored, agreement, terms, closing).ifPresent(f -> collected.add(new CollectedTicket(stored.id(), f)));
        }
        long last = page.isEmpty() ? afterTicketId : page.get(page.size() - 1).id();
        return new Page(agreement.id(), collected, last, page.size() < size);
    }

    @Override
    public void keep(long runId, YearMonth month, Page page) {
        collections.collect(runId, page.agreementId(), month, page.tickets(), page.last());
    }

    @Override
    public MonthCollectionRepository.Progress progress(long runId, long agreementId) {
        return collections.progress(runId, agreementId);
    }

    @Override
    public List<Long> unclosed(long runId) {
        return collections.unclosed(runId);
    }

    @Override
    public ResultSummary closeCollected(long runId, long agreementId, YearMonth month) {
        Agreement agreement = load(agreementId);
        MonthClose close = close(agreement, month, runId);
        ResultSummary stored = results.store(agreement.id(), month, close, provenance(agreement, month));
        collections.closed(runId, agreement.id(), month, clock.instant());
        log.info(() -> "Month " + month + " of " + agreement.number() + " closed from run " + runId + " as "
                + stored.number());
        return stored;
    }

    @Override
    public Optional<ResultSummary> adjust(long agreementId, YearMonth month) {
        Agreement agreement = load(agreementId);
        if (month == null) {
            throw new InvalidFieldException("month", "Give the month to adjust, e.g. 2026-11");
        }
        requireSupported(month);
        long run = collections.lastClosedRun(agreement.id(), month).orElseThrow(() -> new ConflictException(
                "The month " + month + " of " + agreement.number() + " has not been reported yet: run the monthly"
                        + " report first"));
        MonthClose close = close(agreement, month, run);
        MonthResultService.ResultDetails standing = results.ofMonth(agreement.id(), month);
        if (!MonthDifference.between(standing.summary().number(), standing.document().close(), close).changed()) {
            log.info(() -> "Month " + month + " of " + agreement.number() + ": quality score and invoice unchanged");
            return Optional.empty();
        }
        ResultSummary stored = results.store(agreement.id(), month, close, provenance(agreement, month));
        log.info(() -> "Month " + month + " of " + agreement.number() + " adjusted as " + stored.number());
        return Optional.of(stored);
    }

    /**
     * What proposed terms (with what they inherit, {@code effective}) lack for a month's close, named
     * by the request's fields: a currency and a monthly fee, and a resolution target for each priority
     * that is not by agreement. An agreement's own terms may leave these open until its month closes;
     * a what-if closes a month with them at once.
     */
    private static List<InvalidFieldException> unclosable(AgreementTerms own, AgreementTerms effective) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (effective.currency() == null) {
            errors.add(new InvalidFieldException("terms.currency", "Give the currency (ISO 4217, e.g. EUR) the"
                    + " month's invoice is in"));
        }
        if (effective.monthlyFee() == null) {
            errors.add(new InvalidFieldException("terms.monthlyFee", "Give the monthly fee the month's invoice starts"
                    + " from"));
        }
        for (PriorityTerms p : effective.priorities()) {
            if (!p.byAgreement() && p.resolution().isEmpty()) {
                int index = own.priorities().indexOf(p);
                errors.add(new InvalidFieldException(index < 0 ? "terms.priorities" : "terms.priorities[" + index
                        + "].resolution", "Priority " + p.number() + " needs a resolution target: the month's report"
                        + " measures each ticket's resolution time against it"));
            }
        }
        return errors;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public WhatIf whatIf(long agreementId, YearMonth month, AgreementTerms proposed, List<String> serviceCalendars) {
        Agreement agreement = load(agreementId);
        CloseTerms actualTerms = closeTerms(agreement, month);
        AgreementTerms actualOwn = termsOfMonth(agreement, month).orElseThrow();
        AgreementTerms resolved = agreementService.proposal(agreement.id(), proposed, serviceCalendars,
                lastDayOf(agreement, month));
        AgreementTerms proposal = agreement.parent().flatMap(p -> p.effectiveTermsOn(lastDayOf(agreement, month)))
                .map(resolved::inheritingFrom).orElse(resolved);
        InvalidInputException.throwIfAny(unclosable(resolved, proposal));
        CloseTerms proposedTerms = CloseTerms.of(proposal, agreement.validFrom());
        List<CollectedTicket> collected = collections.lastClosedRun(agreement.id(), month)
                .map(run -> collections.collected(run, agreement.id())).orElseGet(() -> collectAll(agreement, month));
        List<TicketFacts> actual = collected.stream().map(CollectedTicket::facts).toList();
        List<TicketFacts> replayed = new ArrayList<>();
        for (CollectedTicket ticket : collected) {
            replayed.add(replayed(ticket, actualOwn, actualTerms, proposal, proposedTerms));
        }
        MonthClose before = close(agreement, month, actualOwn, actualTerms, actual);
        MonthClose after = close(agreement, month, proposal, proposedTerms, replayed);
        log.info(() -> "What-if of " + month + " of " + agreement.number() + ": total "
                + before.invoice().total().toPlainString() + " → " + after.invoice().total().toPlainString());
        return new WhatIf(before, after, MonthDifference.between(agreement.number() + " " + month, before, after));
    }

    /** Every ticket of the agreement's month, read now without keeping them. */
    private List<CollectedTicket> collectAll(Agreement agreement, YearMonth month) {
        List<CollectedTicket> all = new ArrayList<>();
        long after = 0;
        for (Page page = collect(agreement.id(), month, after, WHAT_IF_PAGE); ; page = collect(agreement.id(), month,
                after, WHAT_IF_PAGE)) {
            all.addAll(page.tickets());
            if (page.last()) {
                return all;
            }
            after = page.lastTicketId();
        }
    }

    /**
     * A ticket's facts under the proposed terms: its priority and service must exist there; its
     * resolution time is measured again where the proposal gives its service another calendar or other
     * pause statuses; a support line's extension of its target carries over onto the proposed target.
     */
    private TicketFacts replayed(CollectedTicket ticket, AgreementTerms actualOwn, CloseTerms actualTerms,
                                 AgreementTerms proposal, CloseTerms proposedTerms) {
        TicketFacts t = ticket.facts();
        if (proposedTerms.priority(t.priority()).isEmpty()) {
            throw new ConflictException("Ticket " + t.number() + " has priority " + t.priority()
                    + ", which the proposed terms do not have");
        }
        ServiceTerms service = proposal.service(t.service()).orElseThrow(() -> new ConflictException("Ticket "
                + t.number() + " is of service " + t.service() + ", which the proposed terms do not cover"));
        long actualCalendar = actualOwn.service(t.service()).map(ServiceTerms::calendarId).orElse(-1L);
        Duration resolution = t.resolutionTime();
        if (t.outcome() == TicketFacts.Outcome.RESOLVED && (service.calendarId() != actualCalendar
                || !samePauses(actualOwn, proposal))) {
            Ticket loaded = tickets.findById(ticket.ticketId()).orElseThrow(() -> new NotFoundException(
                    "There is no ticket " + t.number()));
            resolution = measured(loaded, t.endedAt(), proposal, clocks.calendar(service.calendarId()));
        }
        Duration target = null;
        Duration actualTarget = actualTerms.resolutionTarget(t.service(), t.priority());
        Duration proposedTarget = proposedTerms.resolutionTarget(t.service(), t.priority());
        if (t.resolutionTarget() != null && actualTarget != null && proposedTarget != null) {
            target = proposedTarget.plus(t.resolutionTarget().minus(actualTarget));
        }
        return new TicketFacts(t.number(), t.service(), t.priority(), t.outcome(), t.registeredAt(), t.endedAt(),
                resolution, t.responseTime(), t.evidence(), t.loweredAfterBreach(),
                target == null || target.equals(proposedTarget) || target.isNegative() ? null : target);
    }

    private static boolean samePauses(AgreementTerms a, AgreementTerms b) {
        return new java.util.HashSet<>(a.pauseStatuses().stream().map(String::toUpperCase).toList())
                .equals(new java.util.HashSet<>(b.pauseStatuses().stream().map(String::toUpperCase).toList()));
    }

    // ---- the month's input ---------------------------------------------------------------------

    private MonthClose close(Agreement agreement, YearMonth month, long run) {
        List<TicketFacts> facts = collections.collected(run, agreement.id()).stream().map(CollectedTicket::facts)
                .toList();
        return close(agreement, month, termsOfMonth(agreement, month).orElseThrow(), closeTerms(agreement, month),
                facts);
    }

    private MonthClose close(Agreement agreement, YearMonth month, AgreementTerms own, CloseTerms terms,
                             List<TicketFacts> facts) {
        ClosingMonth closing = new ClosingMonth(month, agreement.zone());
        MonthCloseInput input;
        try {
            input = new MonthCloseInput(closing, terms, facts, services(agreement, own, closing),
                    survey(agreement, month), usageFacts(agreement, month));
        } catch (IllegalArgumentException e) {
            throw new ConflictException("The month " + month + " of " + agreement.number() + " cannot be closed: "
                    + e.getMessage());
        }
        return MonthCloseCalculator.close(input);
    }

    private List<ServiceFacts> services(Agreement agreement, AgreementTerms terms, ClosingMonth month) {
        Long customer = agreement.customer().map(Organisation::id).orElse(null);
        List<ServiceFacts> services = new ArrayList<>();
        for (ServiceTerms service : terms.services()) {
            ServiceCalendar calendar = clocks.calendar(service.calendarId());
            ServiceFacts.AvailabilityTarget target = terms.availabilityTargets().stream()
                    .filter(t -> t.serviceCode().equalsIgnoreCase(service.code())).findFirst()
                    .map(t -> new ServiceFacts.AvailabilityTarget(t.minimumPercent(), t.maxOutage().orElse(null)))
                    .orElse(null);
            List<ServiceFacts.Outage> down = outages.find(service.code(), customer, month.start(), month.end()).stream()
                    .map(o -> new ServiceFacts.Outage(o.start(), o.end().orElse(null), "outage " + o.id())).toList();
            services.add(new ServiceFacts(service.code(), calendar.engine(), target, down));
        }
        return services;
    }

    private SurveyResult survey(Agreement agreement, YearMonth month) {
        return surveys.lastCompleted(agreement.id(), month.atEndOfMonth())
                .map(s -> new SurveyResult(s.title(), s.completedOn(), s.questions().stream()
                        .map(q -> new SurveyResult.Question(q.question(), Math.toIntExact(q.positive()),
                                Math.toIntExact(q.total()))).toList()))
                .orElse(null);
    }

    private UsageFacts usageFacts(Agreement agreement, YearMonth month) {
        UsageService.MonthWork work = usage.work(agreement.id(), month);
        List<UsageFacts.ServiceExtras> extras = usage.usage(agreement.id(), month).services().stream()
                .filter(s -> s.unit() == VolumeUnit.TICKETS && s.extraTickets() != null && !s.extraTickets().isEmpty())
                .map(s -> new UsageFacts.ServiceExtras(s.service(), s.extraTickets())).toList();
        return new UsageFacts(work.developmentHours(), work.weekendHolidayDays(), extras);
    }

    /** The agreement versions in force on some day of the month and the versions of its services' calendars. */
    private Provenance provenance(Agreement agreement, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Integer> versions = inForce(agreement.versions().stream()
                .sorted(Comparator.comparing(AgreementVersion::effectiveFrom)).toList(),
                AgreementVersion::effectiveFrom, first, last).stream().map(AgreementVersion::number).toList();
        Set<String> calendarVersions = new LinkedHashSet<>();
        termsOfMonth(agreement, month).ifPresent(terms -> terms.services().forEach(service ->
                calendars.findById(service.calendarId()).ifPresent(calendar -> inForce(calendar.versions().stream()
                        .sorted(Comparator.comparing(BusinessCalendarVersion::effectiveFrom)).toList(),
                        BusinessCalendarVersion::effectiveFrom, first, last)
                        .forEach(v -> calendarVersions.add(calendar.name() + " v" + v.number())))));
        return new Provenance(versions, List.copyOf(calendarVersions));
    }

    private static <V> List<V> inForce(List<V> sorted, java.util.function.Function<V, LocalDate> from, LocalDate first,
                                       LocalDate last) {
        List<V> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate start = from.apply(sorted.get(i));
            LocalDate nextStart = i + 1 < sorted.size() ? from.apply(sorted.get(i + 1)) : null;
            if (!start.isAfter(last) && (nextStart == null || nextStart.isAfter(first))) {
                found.add(sorted.get(i));
            }
        }
        return found;
    }

    // ---- one ticket ----------------------------------------------------------------------------

    /**
     * The ticket's facts as the month's end saw them, or empty when it had ended before the month. A
     * resolved ticket's resolution time is its settled resolution clock; where the stored snapshot is
     * not settled (older rules, computed before the resolution) or the ticket has no resolution clock
     * (a priority by agreement), it is computed from the ticket's history.
     */
    private Optional<TicketFacts> facts(StoredTicket t, Agreement agreement, CloseTerms terms, ClosingMonth month) {
        TicketFacts.Outcome outcome;
        Instant ended;
        if ("CANCELLED".equals(t.statusCategory())) {
            outcome = TicketFacts.Outcome.CANCELLED;
            ended = t.closedAt() != null ? t.closedAt() : t.resolvedAt();
        } else if (t.resolvedAt() != null) {
            outcome = TicketFacts.Outcome.RESOLVED;
            ended = t.resolvedAt();
        } else if (t.closedAt() != null) {
            outcome = TicketFacts.Outcome.CLOSED;
            ended = t.closedAt();
        } else {
            outcome = TicketFacts.Outcome.OPEN;
            ended = null;
        }
        if (ended != null && ended.isBefore(month.start())) {
            return Optional.empty();
        }
        if (ended != null && !ended.isBefore(month.end())) {
            outcome = TicketFacts.Outcome.OPEN;
            ended = null;
        }
        Ticket loaded = null;
        int priority = t.priority();
        if (t.priorityChanges() > 0) {
            // the priority it had when it ended, or at the month's end while open then: a later change
            // (raised in the next month) does not move it between this month's priorities
            loaded = load(t);
            priority = loaded.historyAsOf(ended != null ? ended : month.end().minusNanos(1)).priority();
        }
        if (terms.priority(priority).isEmpty()) {
            throw new ConflictException("Ticket " + t.number() + " has priority " + priority + ", which the terms of "
                    + agreement.number() + " in force at the end of " + month.month() + " do not have");
        }
        boolean settled = t.clockRules() == ClockCalculator.RULES;
        Duration resolution = null;
        Long target = null;
        if (outcome == TicketFacts.Outcome.RESOLVED) {
            StoredTicket.StoredClock clock = t.resolution();
            if (settled && clock != null && clock.stopped() && !clock.computedAt().isBefore(ended)) {
                resolution = Duration.ofSeconds(clock.elapsedSeconds());
                target = clock.targetSeconds();
            } else {
                loaded = load(t);
                Optional<SlaClock> recomputed = clockOf(loaded, ended, SlaClock.RESOLUTION);
                if (recomputed.isPresent()) {
                    resolution = recomputed.get().elapsed();
                    target = recomputed.get().target().getSeconds();
                } else {
                    resolution = measured(loaded, ended);
                }
            }
        }
        Duration response = null;
        if (settled && t.response() != null && t.response().stopped()) {
            response = Duration.ofSeconds(t.response().elapsedSeconds());
        } else if (!settled && outcome == TicketFacts.Outcome.RESOLVED) {
            loaded = loaded != null ? loaded : load(t);
            response = clockOf(loaded, ended, SlaClock.RESPONSE)
                    .filter(c -> c.state() == ClockState.MET || c.state() == ClockState.BREACHED)
                    .map(SlaClock::elapsed).orElse(null);
        }
        List<TicketFacts.PriorityLowering> lowerings = List.of();
        if (t.priorityChanges() > 0) {
            lowerings = loweredAfterBreach(loaded, month.end());
        }
        Duration termsTarget = terms.resolutionTarget(t.serviceCode(), priority);
        Duration own = target == null || termsTarget != null && termsTarget.getSeconds() == target ? null
                : Duration.ofSeconds(target);
        return Optional.of(new TicketFacts(t.number(), t.serviceCode(), priority, outcome, t.registeredAt(), ended,
                resolution, response, StoredTicket.evidence(t.id()), lowerings, termsTarget == null ? null : own));
    }

    private Ticket load(StoredTicket t) {
        return tickets.findById(t.id()).orElseThrow(() -> new NotFoundException("There is no ticket " + t.number()));
    }

    private Optional<SlaClock> clockOf(Ticket ticket, Instant at, String metric) {
        return clocks.clocks(ticket, at).stream().filter(c -> c.metric().equals(metric)).findFirst();
    }

    /** The resolution time of a ticket that has no resolution clock, measured from its history. */
    private Duration measured(Ticket ticket, Instant resolved) {
        return measured(ticket, resolved, clocks.terms(ticket).orElseThrow(), clocks.calendar(ticket).orElseThrow());
    }

    /** The resolution time of a ticket measured from its history on {@code calendar}, pausing as {@code terms} say. */
    private static Duration measured(Ticket ticket, Instant resolved, AgreementTerms terms, ServiceCalendar calendar) {
        List<Phase> phases = ticket.historyAsOf(resolved).phases();
        List<ResolutionTime.Pause> pauses = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            // a ticket resolved and reopened later: the time it stood resolved does not count, as on its clock
            boolean resolvedThen = phase.category() == StatusCategory.RESOLVED || phase.category() == StatusCategory.CLOSED;
            if (terms.pauses(phase.status()) || resolvedThen && i + 1 < phases.size()) {
                Instant end = i + 1 < phases.size() ? phases.get(i + 1).from() : resolved;
                if (end.isAfter(resolved)) {
                    end = resolved;
                }
                if (!end.isBefore(phase.from())) {
                    pauses.add(new ResolutionTime.Pause(phase.from(), end));
                }
            }
        }
        return ResolutionTime.measure(calendar.engine(), ticket.registeredAt(), resolved, pauses).resolution();
    }

    /**
     * The lowerings of the ticket's priority (to a larger number) before {@code until} made after its
     * response or resolution target had been breached: a breach recorded in its history by then, or a
     * clock breached just before the change.
     */
    private List<TicketFacts.PriorityLowering> loweredAfterBreach(Ticket ticket, Instant until) {
        List<TicketFacts.PriorityLowering> lowerings = new ArrayList<>();
        for (TicketEvent event : ticket.events()) {
            if (event.type() != TicketEventType.PRIORITY || !event.occurredAt().isBefore(until)) {
                continue;
            }
            int from;
            int to;
            try {
                from = Integer.parseInt(event.fromValue());
                to = Integer.parseInt(event.toValue());
            } catch (NumberFormatException e) {
                continue;
            }
            if (to <= from) {
                continue;
            }
            boolean recorded = ticket.events().stream().anyMatch(e -> e.type() == TicketEventType.BREACH
                    && !e.occurredAt().isAfter(event.occurredAt()));
            boolean breached = recorded || event.occurredAt().isAfter(ticket.registeredAt())
                    && clocks.clocks(ticket, event.occurredAt().minusSeconds(1)).stream()
                    .anyMatch(c -> (c.metric().equals(SlaClock.RESPONSE) || c.metric().equals(SlaClock.RESOLUTION))
                            && c.state() == ClockState.BREACHED);
            if (breached) {
                lowerings.add(new TicketFacts.PriorityLowering(event.actor(), event.occurredAt(), event.text(), from, to));
            }
        }
        return lowerings;
    }

    // ---- the agreement -------------------------------------------------------------------------

    private Agreement load(long agreementId) {
        return agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("There is no agreement " + agreementId));
    }

    /** The terms a month is closed with: those in force on its last day, or on the agreement's last day in it. */
    private static Optional<AgreementTerms> termsOfMonth(Agreement agreement, YearMonth month) {
        return agreement.effectiveTermsOn(lastDayOf(agreement, month));
    }

    private static LocalDate lastDayOf(Agreement agreement, YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        LocalDate lastDay = agreement.lastDay().orElse(null);
        return lastDay != null && lastDay.isBefore(day) ? lastDay : day;
    }

    private static boolean inService(Agreement agreement, YearMonth month) {
        return !month.isBefore(YearMonth.from(agreement.validFrom()))
                && agreement.lastDay().map(last -> !month.isAfter(YearMonth.from(last))).orElse(true);
    }

    private boolean ended(Agreement agreement, YearMonth month) {
        return !new ClosingMonth(month, agreement.zone()).end().isAfter(clock.instant());
    }

    /** A month of the supported years (whatever channel it came through: a page, a timer, the API). */
    private static void requireSupported(YearMonth month) {
        String problem = SupportedTime.problem(month.atDay(1));
        if (problem != null) {
            throw new InvalidFieldException("month", problem);
        }
    }

    /** The month's close terms, after checking that the agreement's month can be closed. */
    private CloseTerms closeTerms(Agreement agreement, YearMonth month) {
        if (month == null) {
            throw new InvalidFieldException("month", "Give the month to close, e.g. 2026-11");
        }
        requireSupported(month);
        if (agreement.status() == AgreementStatus.DRAFT) {
            throw new ConflictException("Agreement " + agreement.number() + " is a draft: it has no months to close");
        }
        if (!inService(agreement, month)) {
            throw new InvalidFieldException("month", "Agreement " + agreement.number() + " runs from "
                    + agreement.validFrom() + agreement.lastDay().map(d -> " to " + d).orElse("") + "; " + month
                    + " is outside it");
        }
        if (!ended(agreement, month)) {
            throw new ConflictException("The month " + month + " has not ended yet in the zone of agreement "
                    + agreement.number() + " (" + agreement.zone() + ")");
        }
        AgreementTerms terms = termsOfMonth(agreement, month).orElseThrow(() -> new ConflictException("Agreement "
                + agreement.number() + " has no terms in force in " + month));
        return CloseTerms.of(terms, agreement.validFrom());
    }
}
