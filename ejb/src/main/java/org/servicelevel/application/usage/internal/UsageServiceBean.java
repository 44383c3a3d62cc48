package org.servicelevel.application.usage.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.application.usage.UsageService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.usage.PeriodVolume;
import org.servicelevel.domain.model.usage.UsageCounter;
import org.servicelevel.domain.model.usage.UsageRecord;
import org.servicelevel.domain.model.usage.UsageRepository;
import org.servicelevel.domain.model.usage.VolumeCount;
import org.servicelevel.domain.model.usage.WorkKind;
import org.servicelevel.domain.model.usage.WorkRecord;
import org.servicelevel.domain.worktime.DailyHours;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class UsageServiceBean implements UsageService {

    /** Work records by kind, then day (a month's development hours without a day first), then as recorded. */
    private static final Comparator<WorkRecord> WORK_ORDER = Comparator.comparing(WorkRecord::kind)
            .thenComparing(r -> r.day().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(WorkRecord::id);

    /** The largest quantity one record may hold. */
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(100_000);

    @Inject
    private UsageRepository usage;

    @Inject
    private UsageCounting counting;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private TicketRepository tickets;

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private AuditTrail audit;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION,
            Role.Names.SYSTEM})
    public MonthUsage usage(long agreementId, YearMonth asked) {
        Agreement agreement = load(agreementId);
        YearMonth month = asked != null ? asked : YearMonth.from(agreement.today(clock.instant()));
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        Optional<LocalDate> termsDay = from.datesUntil(to).filter(d -> agreement.effectiveTermsOn(d).isPresent())
                .findFirst();
        Optional<AgreementTerms> terms = termsDay.flatMap(agreement::effectiveTermsOn);
        List<UsageCounter> counters = usage.countersOverlapping(agreement.id(), from, to);
        List<UsageRecord> records = counters.isEmpty() ? List.of() : usage.recordsOfPeriods(agreement.id(),
                counters.stream().map(UsageCounter::periodStart).min(Comparator.naturalOrder()).orElseThrow(),
                counters.stream().map(UsageCounter::periodStart).max(Comparator.naturalOrder()).orElseThrow()
                        .plusDays(1));
        List<ServiceUsage> rows = new ArrayList<>();
        for (UsageCounter c : counters) {
            List<UsageRecord> own = records.stream().filter(r -> r.serviceCode().equals(c.serviceCode())
                    && r.unit() == c.unit() && r.periodStart().equals(c.periodStart())).toList();
            rows.add(new ServiceUsage(c.serviceCode(), serviceName(terms, c.serviceCode()), c.unit(), c.period(),
                    c.periodStart(), c.periodEnd().minusDays(1), c.volume(), c.used(), c.share(),
                    own.stream().map(UsageRecord::extra).reduce(BigDecimal.ZERO, BigDecimal::add),
                    own.stream().filter(r -> r.source() == UsageRecord.Source.TICKET && r.billableExtra())
                            .map(r -> r.ticketNumber().orElse("")).toList()));
        }
        for (ServiceTerms s : terms.map(AgreementTerms::services).orElse(List.of())) {
            boolean counted = counters.stream().anyMatch(c -> c.serviceCode().equals(s.code()) && c.unit() == s.volumeUnit());
            if (!s.unlimited() && s.volumeUnit() != null && !counted) {
                VolumePeriod period = PeriodVolume.periodOf(s);
                LocalDate start = period.startOf(termsDay.orElseThrow());
                BigDecimal volume = PeriodVolume.of(agreement, s.code(), s.volumeUnit(), period, start,
                        termsDay.orElseThrow());
                rows.add(new ServiceUsage(s.code(), s.name(), s.volumeUnit(), period, start,
                        period.endAfter(start).minusDays(1), volume, BigDecimal.ZERO, VolumeCount.share(BigDecimal.ZERO,
                        volume), BigDecimal.ZERO, List.of()));
            }
        }
        rows.sort(Comparator.comparing(ServiceUsage::service).thenComparing(ServiceUsage::unit));
        return new MonthUsage(agreement.id(), agreement.number(), month.toString(), rows);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    public UsageEntry record(long agreementId, NewUsage entry) {
        Agreement agreement = load(agreementId);
        if (entry == null) {
            throw new InvalidFieldException("body", "Send the usage as a JSON body");
        }
        Instant now = clock.instant();
        List<InvalidFieldException> errors = new ArrayList<>();
        VolumeUnit unit = entry.unit();
        if (unit == null || unit == VolumeUnit.TICKETS) {
            errors.add(new InvalidFieldException("unit", "Give the unit: HOURS or TIMES (visits); tickets are counted"
                    + " as they are registered"));
        }
        BigDecimal quantity = entry.quantity();
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0
                || quantity.stripTrailingZeros().scale() > 2) {
            errors.add(new InvalidFieldException("quantity", "Give the quantity used: more than 0, at most "
                    + MAX_QUANTITY + ", with at most two decimal places, e.g. 1.5"));
        }
        LocalDate day = entry.date();
        ServiceTerms service = null;
        if (day == null || day.isAfter(agreement.today(now))) {
            errors.add(new InvalidFieldException("date", "Give the day of the use (YYYY-MM-DD); it cannot lie in the"
                    + " future"));
        } else if (!agreement.monitoredOn(day) || agreement.effectiveTermsOn(day).isEmpty()) {
            errors.add(new InvalidFieldException("date", "Agreement " + agreement.number() + " (" + agreement.status()
                    + ") does not apply on " + day));
        } else {
            AgreementTerms terms = agreement.effectiveTermsOn(day).orElseThrow();
            String code = Texts.strippedOrNull(entry.service());
            service = code == null ? null : terms.service(code.toUpperCase(Locale.ROOT)).orElse(null);
            if (service == null) {
                errors.add(new InvalidFieldException("service", "Name the service used; on " + day + " agreement "
                        + agreement.number() + " covers " + terms.services().stream().map(ServiceTerms::code).toList()));
            }
        }
        Ticket ticket = ticket(agreement, entry.ticket(), errors);
        String note = note(entry.note(), errors);
        InvalidInputException.throwIfAny(errors);
        String actor = callers.actor(session);
        UsageRecord record = counting.entry(agreement, service, unit, day, quantity,
                ticket == null ? null : ticket.id(), ticket == null ? null : ticket.number(), note, actor);
        String what = quantity.stripTrailingZeros().toPlainString() + " " + unit + " of " + service.code() + " on " + day
                + (ticket == null ? "" : " for ticket " + ticket.number())
                + (record.billableExtra() ? ", " + record.extra().stripTrailingZeros().toPlainString()
                + " of it beyond the volume" : "");
        audit.record(new AuditEntry(now, actor, "agreement", agreement.id(), "usage recorded", what
                + (note == null ? "" : ": " + note)));
        log.info(() -> "Agreement " + agreement.number() + ": " + what + " recorded by " + actor);
        return entry(record);
    }

    @Override
    public List<UsageEntry> records(long agreementId, YearMonth asked) {
        Agreement agreement = load(agreementId);
        YearMonth month = asked != null ? asked : YearMonth.from(agreement.today(clock.instant()));
        return usage.recordsOnDays(agreement.id(), month.atDay(1), month.plusMonths(1).atDay(1)).stream()
                .map(UsageServiceBean::entry).toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION,
            Role.Names.SYSTEM})
    public MonthWork work(long agreementId, YearMonth asked) {
        Agreement agreement = load(agreementId);
        YearMonth month = asked != null ? asked : YearMonth.from(agreement.today(clock.instant()));
        List<WorkRecord> records = usage.workOfMonth(agreement.id(), month).stream().sorted(WORK_ORDER).toList();
        BigDecimal hours = records.stream().filter(r -> r.kind() == WorkKind.DEVELOPMENT_HOURS)
                .map(WorkRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        int days = (int) records.stream().filter(r -> r.kind() == WorkKind.WEEKEND_HOLIDAY_DAY).count();
        return new MonthWork(agreement.id(), agreement.number(), month.toString(), hours, days,
                records.stream().map(UsageServiceBean::work).toList());
    }

    @Override
    public WorkEntry findWork(long agreementId, long entryId) {
        Agreement agreement = load(agreementId);
        return work(loadWork(agreement, entryId));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    public WorkEntry recordWork(long agreementId, NewWork work) {
        Agreement agreement = load(agreementId);
        WorkRecord.Work checked = checkedWork(agreement, work, null);
        Instant now = clock.instant();
        String actor = callers.actor(session);
        WorkRecord record = new WorkRecord(agreement.id(), checked, actor, now);
        usage.store(record);
        audit.record(new AuditEntry(now, actor, "agreement", agreement.id(), "work recorded", record.describe()));
        log.info(() -> "Agreement " + agreement.number() + ": " + record.describe() + " recorded by " + actor);
        return work(record);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    public WorkEntry correctWork(long agreementId, long entryId, long expectedVersion, NewWork work) {
        Agreement agreement = load(agreementId);
        WorkRecord record = currentWork(agreement, entryId, expectedVersion);
        WorkRecord.Work checked = checkedWork(agreement, work, record);
        Instant now = clock.instant();
        String actor = callers.actor(session);
        String before = record.describe();
        List<String> changes = record.correct(checked, actor, now);
        if (!changes.isEmpty()) {
            usage.store(record);
            audit.record(new AuditEntry(now, actor, "agreement", agreement.id(), "work corrected", before + "; "
                    + String.join("; ", changes)));
            log.info(() -> "Agreement " + agreement.number() + ": " + before + " corrected by " + actor + ": " + changes);
        }
        return work(record);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    public void deleteWork(long agreementId, long entryId, long expectedVersion) {
        Agreement agreement = load(agreementId);
        WorkRecord record = currentWork(agreement, entryId, expectedVersion);
        Instant now = clock.instant();
        String actor = callers.actor(session);
        String what = record.describe() + " (recorded by " + record.recordedBy() + " at " + record.recordedAt()
                + record.correctedBy().map(c -> ", last corrected by " + c).orElse("") + ")";
        usage.remove(record);
        audit.record(new AuditEntry(now, actor, "agreement", agreement.id(), "work deleted", what));
        log.info(() -> "Agreement " + agreement.number() + ": " + what + " deleted by " + actor);
    }

    /**
     * The work as the rules of the agreement allow it, else every broken rule with its field: the
     * record's own rules, a month or day that has begun and on which the agreement applies, a ticket of
     * the agreement; for a support day a service of the terms on that day whose calendar has no working
     * time on it, and no other support day of that service and day ({@code existing}: the record
     * corrected, which may keep its day).
     */
    private WorkRecord.Work checkedWork(Agreement agreement, NewWork work, WorkRecord existing) {
        if (work == null) {
            throw new InvalidFieldException("body", "Send the work as a JSON body");
        }
        if (existing != null && work.kind() != null && work.kind() != existing.kind()) {
            throw new InvalidFieldException("kind", "Record " + existing.id() + " counts " + existing.kind()
                    + "; record " + work.kind() + " as a new record and delete this one instead");
        }
        List<InvalidFieldException> errors = new ArrayList<>();
        WorkKind kind = existing == null ? work.kind() : existing.kind();
        String code = Texts.strippedOrNull(work.service());
        WorkRecord.Work draft = new WorkRecord.Work(kind, work.month(), work.date(), work.hours(),
                code == null ? null : code.toUpperCase(Locale.ROOT), null, null, null);
        errors.addAll(WorkRecord.problems(draft));
        LocalDate today = agreement.today(clock.instant());
        String service = draft.serviceCode();
        if (kind != null && errors.stream().noneMatch(e -> e.field().equals("date") || e.field().equals("month"))) {
            LocalDate day = work.date();
            if (day != null && day.isAfter(today)) {
                errors.add(new InvalidFieldException("date", "The day of the work cannot lie in the future"));
            } else if (day == null && work.month().isAfter(YearMonth.from(today))) {
                errors.add(new InvalidFieldException("month", "The month of the work cannot lie in the future"));
            } else if (day != null && (!agreement.monitoredOn(day) || agreement.effectiveTermsOn(day).isEmpty())) {
                errors.add(new InvalidFieldException("date", "Agreement " + agreement.number() + " ("
                        + agreement.status() + ") does not apply on " + day));
            } else if (day == null && work.month().atDay(1).datesUntil(work.month().plusMonths(1).atDay(1))
                    .noneMatch(agreement::monitoredOn)) {
                errors.add(new InvalidFieldException("month", "Agreement " + agreement.number() + " ("
                        + agreement.status() + ") does not apply in " + work.month()));
            } else if (kind == WorkKind.WEEKEND_HOLIDAY_DAY && service != null) {
                service = supportedService(agreement, service, day, existing, errors);
            }
        }
        Ticket ticket = ticket(agreement, work.ticket(), errors);
        String note = note(work.note(), errors);
        InvalidInputException.throwIfAny(errors);
        return new WorkRecord.Work(kind, draft.month(), draft.day(), draft.hours(), service,
                ticket == null ? null : ticket.id(), ticket == null ? null : ticket.number(), note);
    }

    /**
     * The code of the service supported on a weekend or holiday {@code day}, as the terms spell it,
     * if the terms on that day have it, its calendar has no working time that day and no other record
     * holds the day for it; else {@code null} with the broken rule in {@code errors}.
     */
    private String supportedService(Agreement agreement, String code, LocalDate day, WorkRecord existing,
                                    List<InvalidFieldException> errors) {
        AgreementTerms terms = agreement.effectiveTermsOn(day).orElseThrow();
        Optional<ServiceTerms> service = terms.service(code);
        if (service.isEmpty()) {
            errors.add(new InvalidFieldException("service", "Name a service of the agreement; on " + day + " agreement "
                    + agreement.number() + " covers " + terms.services().stream().map(ServiceTerms::code).toList()));
            return null;
        }
        Optional<BusinessCalendar> calendar = calendars.findById(service.get().calendarId());
        DailyHours hours = calendar.map(c -> c.rules().hoursOn(day)).orElse(DailyHours.closed());
        if (!hours.isClosed()) {
            errors.add(new InvalidFieldException("date", day + " (" + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ") is a working day of service " + service.get().code() + " (" + hours + " on its calendar '"
                    + calendar.map(BusinessCalendar::name).orElse("") + "'): support on it is within service hours,"
                    + " not a weekend or holiday support day"));
            return null;
        }
        Optional<WorkRecord> taken = usage.supportDay(agreement.id(), service.get().code(), day)
                .filter(r -> existing == null || !r.id().equals(existing.id()));
        if (taken.isPresent()) {
            errors.add(new InvalidFieldException("date", "A support day of " + service.get().code() + " on " + day
                    + " is recorded already (#" + taken.get().id() + "); correct that one instead"));
            return null;
        }
        return service.get().code();
    }

    private WorkRecord loadWork(Agreement agreement, long entryId) {
        return usage.findWork(entryId).filter(r -> r.agreementId() == agreement.id())
                .orElseThrow(() -> new NotFoundException("There is no work record " + entryId + " of agreement "
                        + agreement.number()));
    }

    private WorkRecord currentWork(Agreement agreement, long entryId, long expectedVersion) {
        WorkRecord record = loadWork(agreement, entryId);
        if (record.version() != expectedVersion) {
            throw new StaleVersionException("Work record " + entryId, expectedVersion, record.version());
        }
        return record;
    }

    /** The ticket of the agreement with the number, if one is given; else {@code null}, the error in {@code errors}. */
    private Ticket ticket(Agreement agreement, String number, List<InvalidFieldException> errors) {
        String ticketNumber = Texts.strippedOrNull(number);
        if (ticketNumber == null) {
            return null;
        }
        Optional<Ticket> ticket = tickets.findByNumber(ticketNumber)
                .filter(t -> t.agreement().map(agreement::equals).orElse(false));
        if (ticket.isEmpty()) {
            errors.add(new InvalidFieldException("ticket", "There is no ticket " + ticketNumber + " under agreement "
                    + agreement.number()));
        }
        return ticket.orElse(null);
    }

    /** The note as kept (at most 2000 characters), or {@code null} with the error in {@code errors}. */
    private static String note(String text, List<InvalidFieldException> errors) {
        try {
            String note = Texts.multiLine("note", text);
            if (note != null && note.length() > 2000) {
                errors.add(new InvalidFieldException("note", "A note has at most 2000 characters"));
            }
            return note;
        } catch (InvalidFieldException e) {
            errors.add(e);
            return null;
        }
    }

    private static WorkEntry work(WorkRecord r) {
        return new WorkEntry(r.id(), r.version(), r.kind(), r.month().toString(), r.day().orElse(null),
                r.kind() == WorkKind.DEVELOPMENT_HOURS ? r.hours() : null, r.serviceCode().orElse(null),
                r.ticketNumber().orElse(null), r.note().orElse(null), r.recordedBy(), r.recordedAt(),
                r.correctedBy().orElse(null), r.correctedAt().orElse(null));
    }

    private static String serviceName(Optional<AgreementTerms> terms, String code) {
        return terms.flatMap(t -> t.service(code)).map(ServiceTerms::name).orElse(code);
    }

    private static UsageEntry entry(UsageRecord r) {
        return new UsageEntry(r.id(), r.serviceCode(), r.unit(), r.day(), r.quantity(), r.extra(), r.billableExtra(),
                r.source().name(), r.ticketNumber().orElse(null), r.note().orElse(null), r.recordedBy(), r.recordedAt());
    }

    private Agreement load(long id) {
        return agreements.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("There is no agreement " + id));
    }

    /** A customer user sees only the SLAs of their own organisation. */
    private boolean visible(Agreement agreement) {
        return agreement.visibleTo(callers.customerOrganisation(session).orElse(null));
    }
}
