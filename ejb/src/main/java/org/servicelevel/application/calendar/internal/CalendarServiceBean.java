package org.servicelevel.application.calendar.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarDetails;
import org.servicelevel.application.calendar.CalendarHistory;
import org.servicelevel.application.calendar.CalendarRevised;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.calendar.HolidayFeed;
import org.servicelevel.application.calendar.WorkCalendarCache;
import org.servicelevel.application.calendar.WorkingTimeResult;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.model.calendar.BusinessCalendarVersion;
import org.servicelevel.domain.model.calendar.CalendarDefinition;
import org.servicelevel.domain.model.calendar.Holiday;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.worktime.WorkCalendar;
import org.servicelevel.domain.worktime.WorkingTimeExhaustedException;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class CalendarServiceBean implements CalendarService {

    static final String AUDIT_SUBJECT = "calendar";
    private static final int ICS_EXPANSION_YEARS = 10;

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private AuditTrail audit;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private Event<CalendarRevised> revised;

    @Inject
    private WorkCalendarCache engines;

    @Inject
    private HolidayFeed icalendar;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Override
    public List<CalendarDetails> list() {
        Optional<Set<Long>> visible = visibleToCustomer();
        return calendars.findAll().stream().filter(c -> visible.map(ids -> ids.contains(c.id())).orElse(true))
                .map(this::details).toList();
    }

    @Override
    public CalendarDetails find(long id) {
        return details(load(id));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public CalendarDetails create(CalendarChange change) {
        requireUniqueName(change.name(), null);
        Instant now = clock.instant();
        LocalDate effectiveFrom = change.effectiveFrom() != null ? change.effectiveFrom()
                : LocalDate.ofInstant(now, BusinessCalendar.zoneOf(change.timeZone()));
        BusinessCalendar calendar = new BusinessCalendar(change.name(), change.timeZone(), change.description(),
                requireRules(change.rules()), effectiveFrom, now, actor());
        calendars.store(calendar);
        record(calendar, now, "created", "version 1 from " + effectiveFrom + " in " + calendar.zone());
        log.info("Calendar " + calendar.name() + " created");
        return details(calendar);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public CalendarDetails importCalendar(CalendarHistory history) {
        requireUniqueName(history.name(), null);
        Instant now = clock.instant();
        BusinessCalendar calendar = BusinessCalendar.imported(history.name(), history.timeZone(), history.description(),
                history.versions(), now, actor());
        calendars.store(calendar);
        record(calendar, now, "imported", calendar.versions().size() + " version(s) from "
                + calendar.versions().get(0).effectiveFrom() + " in " + calendar.zone());
        log.info("Calendar " + calendar.name() + " imported with " + calendar.versions().size() + " version(s)");
        return details(calendar);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public CalendarDetails revise(long id, long expectedVersion, CalendarChange change) {
        BusinessCalendar calendar = loadForUpdate(id, expectedVersion);
        if (change.name() != null && !change.name().strip().equals(calendar.name())) {
            requireUniqueName(change.name(), calendar.id());
        }
        Instant now = clock.instant();
        LocalDate effectiveFrom = change.effectiveFrom() != null ? change.effectiveFrom()
                : LocalDate.ofInstant(now, calendar.zone());
        calendar.describe(change.name() == null ? calendar.name() : change.name(), change.description());
        BusinessCalendarVersion version = calendar.revise(requireRules(change.rules()), effectiveFrom, now, actor());
        em.lock(calendar, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        calendars.store(calendar);
        recheckAgreements(calendar, now);
        record(calendar, now, "revised", "version " + version.number() + " from " + effectiveFrom);
        log.info("Calendar " + calendar.name() + " revised: version " + version.number() + " from " + effectiveFrom);
        return details(calendar);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public void delete(long id, long expectedVersion) {
        BusinessCalendar calendar = loadForUpdate(id, expectedVersion);
        List<String> users = agreements.findUsingCalendar(id).stream().map(Agreement::number).toList();
        if (!users.isEmpty()) {
            throw new ConflictException("Calendar '" + calendar.name() + "' counts the service hours of agreement(s) "
                    + String.join(", ", users) + "; it cannot be deleted while they use it");
        }
        record(calendar, clock.instant(), "deleted", calendar.name());
        calendars.remove(calendar);
        engines.evict(id);
        log.info("Calendar " + calendar.name() + " deleted");
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public CalendarDetails copy(long id, String newName) {
        BusinessCalendar original = load(id);
        requireUniqueName(newName, null);
        Instant now = clock.instant();
        BusinessCalendar copy = calendars.store(original.copyAs(newName, now, actor()));
        record(copy, now, "copied", "from calendar " + original.id() + " (" + original.name() + ")");
        log.info("Calendar " + original.name() + " copied as " + copy.name());
        return details(copy);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public CalendarDetails importHolidays(long id, long expectedVersion, String ics, LocalDate effectiveFrom) {
        BusinessCalendar calendar = loadForUpdate(id, expectedVersion);
        Instant now = clock.instant();
        LocalDate from = effectiveFrom != null ? effectiveFrom : LocalDate.ofInstant(now, calendar.zone());
        List<Holiday> imported = holidaysInFile(ics, from);
        CalendarDefinition current = calendar.versionOn(from).definition();
        Map<LocalDate, Holiday> merged = new LinkedHashMap<>();
        current.holidays().forEach(h -> merged.put(h.date(), h));
        imported.forEach(h -> merged.putIfAbsent(h.date(), h));
        BusinessCalendarVersion version = calendar.revise(new CalendarDefinition(current.weeklyHours(),
                new ArrayList<>(merged.values()), current.overrides()), from, now, actor());
        em.lock(calendar, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        calendars.store(calendar);
        recheckAgreements(calendar, now);
        record(calendar, now, "holidays imported", imported.size() + " dates from an iCalendar file into version "
                + version.number() + " from " + from);
        log.info("Calendar " + calendar.name() + ": " + imported.size() + " holidays imported");
        return details(calendar);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public List<Holiday> holidaysInFile(String ics, LocalDate from) {
        Objects.requireNonNull(from, "from");
        List<Holiday> holidays = icalendar.read(ics, from, from.plusYears(ICS_EXPANSION_YEARS));
        if (holidays.isEmpty()) {
            throw new InvalidFieldException("ics", "The file has no event on or after " + from);
        }
        return holidays;
    }

    @Override
    public String exportHolidays(long id, Integer versionNumber) {
        BusinessCalendar calendar = load(id);
        BusinessCalendarVersion version = versionNumber == null
                ? calendar.versionOn(LocalDate.ofInstant(clock.instant(), calendar.zone()))
                : calendar.versionNumbered(versionNumber).orElseThrow(() -> new NotFoundException(
                        "Calendar " + id + " has no version " + versionNumber));
        return icalendar.write(calendar.name(), version.holidays(), clock.instant());
    }

    @Override
    public WorkingTimeResult due(long id, Instant start, Duration workingDuration) {
        if (workingDuration.isNegative()) {
            throw new InvalidFieldException("duration", "A working duration must not be negative");
        }
        BusinessCalendar calendar = load(id);
        WorkCalendar engine = engine(calendar);
        Instant due;
        try {
            due = engine.due(start, workingDuration);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("duration", e.getMessage());
        } catch (WorkingTimeExhaustedException e) {
            throw new InvalidFieldException("duration", "Calendar '" + calendar.name() + "' has no working time"
                    + " left to count " + workingDuration + " from " + start + ": " + e.getMessage());
        }
        return new WorkingTimeResult(due, workingDuration, calendar.zone(), versionNumbers(calendar, engine, start, due));
    }

    @Override
    public WorkingTimeResult elapsed(long id, Instant start, Instant end) {
        if (end.isBefore(start)) {
            throw new InvalidFieldException("end", "The end " + end + " is before the start " + start);
        }
        BusinessCalendar calendar = load(id);
        WorkCalendar engine = engine(calendar);
        Duration elapsed;
        try {
            elapsed = engine.elapsed(start, end);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("start", e.getMessage());
        }
        return new WorkingTimeResult(end, elapsed, calendar.zone(), versionNumbers(calendar, engine, start, end));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public List<AuditRecord> audit(long id) {
        load(id);
        return audit.of(AUDIT_SUBJECT, id).stream()
                .map(a -> new AuditRecord(a.occurredAt(), a.actor(), a.action(), a.details()))
                .toList();
    }

    /** What counts time on the calendar (agreements' consistency reports) is brought up to date. */
    private void recheckAgreements(BusinessCalendar calendar, Instant now) {
        em.flush();
        revised.fire(new CalendarRevised(calendar.id(), now));
    }

    private WorkCalendar engine(BusinessCalendar calendar) {
        return engines.engine(calendar.id(), calendar.version(), () -> WorkCalendar.of(calendar.rules()));
    }

    private static List<Integer> versionNumbers(BusinessCalendar calendar, WorkCalendar engine, Instant from, Instant to) {
        return engine.versionsBetween(from, to).stream()
                .map(v -> calendar.versionOn(v.effectiveFrom()).number())
                .distinct()
                .toList();
    }

    /** A calendar the caller may see: a customer user sees only those their organisation's SLAs count on. */
    private BusinessCalendar load(long id) {
        Optional<Set<Long>> visible = visibleToCustomer();
        return calendars.findById(id).filter(c -> visible.map(ids -> ids.contains(c.id())).orElse(true))
                .orElseThrow(() -> new NotFoundException("There is no calendar " + id));
    }

    /**
     * For a customer user, the calendars the services of their organisation's SLAs count time on, in
     * any version; empty (no restriction) for everyone else.
     */
    private Optional<Set<Long>> visibleToCustomer() {
        return callers.customerOrganisation(session).map(organisation -> {
            Set<Long> ids = new HashSet<>();
            for (Agreement agreement : agreements.findByCustomer(organisation)) {
                if (agreement.type() != AgreementType.SLA) {
                    continue;
                }
                agreement.versions().forEach(v -> v.terms().services().forEach(s -> ids.add(s.calendarId())));
                agreement.effectiveTermsOn(agreement.today(clock.instant()))
                        .ifPresent(t -> t.services().forEach(s -> ids.add(s.calendarId())));
            }
            return ids;
        });
    }

    private BusinessCalendar loadForUpdate(long id, long expectedVersion) {
        BusinessCalendar calendar = load(id);
        if (calendar.version() != expectedVersion) {
            throw new StaleVersionException("Calendar " + id, expectedVersion, calendar.version());
        }
        return calendar;
    }

    private void requireUniqueName(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "A calendar needs a name");
        }
        calendars.findByName(name).filter(c -> !c.id().equals(exceptId)).ifPresent(c -> {
            throw new InvalidFieldException("name", "A calendar named '" + name.strip() + "' already exists (id "
                    + c.id() + ")");
        });
    }

    private static CalendarDefinition requireRules(CalendarDefinition rules) {
        if (rules == null) {
            throw new InvalidFieldException("weeklyHours", "Give the working hours, or use the 24/7 preset");
        }
        return rules;
    }

    private void record(BusinessCalendar calendar, Instant now, String action, String details) {
        audit.record(new AuditEntry(now, actor(), AUDIT_SUBJECT, calendar.id(), action, details));
    }

    private String actor() {
        return callers.actor(session);
    }

    private CalendarDetails details(BusinessCalendar calendar) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        BusinessCalendarVersion inForce = calendar.versionOn(today);
        return new CalendarDetails(calendar.id(), calendar.version(), calendar.name(), calendar.zone().getId(),
                calendar.description(), calendar.versions().stream()
                .map(v -> new CalendarDetails.Version(v.number(), v.effectiveFrom(), v.createdAt(), v.createdBy(),
                        v.equals(inForce), v.definition()))
                .toList());
    }
}
