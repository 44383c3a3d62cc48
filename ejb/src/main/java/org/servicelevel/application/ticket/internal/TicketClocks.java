package org.servicelevel.application.ticket.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.servicelevel.application.calendar.WorkCalendarCache;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.model.calendar.BusinessCalendarVersion;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Computes tickets' clocks with the terms that govern them and the calendars of their services,
 * keeping both ready: the terms of a day that has begun never change, and a calendar is rebuilt only
 * when its version changes. So reading a ticket's clocks costs one calendar lookup and the replay. A
 * ticket without an agreement has no terms, no calendar and no clocks. A ticket's clocks take the
 * targets of its service where the service sets its own for a priority, else the priority's.
 */
@ApplicationScoped
public class TicketClocks {

    private static final int MAX_CACHED_TERMS = 10_000;

    /** A calendar with the numbers of its rule versions, built once per calendar version. */
    private record CachedCalendar(long id, long version, String name, WorkCalendar engine,
                                  List<Map.Entry<LocalDate, Integer>> versionStarts) implements ServiceCalendar {

        @Override
        public int versionOn(LocalDate date) {
            int number = versionStarts.get(0).getValue();
            for (Map.Entry<LocalDate, Integer> start : versionStarts) {
                if (!start.getKey().isAfter(date)) {
                    number = start.getValue();
                }
            }
            return number;
        }
    }

    private record TermsKey(long agreementId, int version, LocalDate day) {
    }

    private final Map<Long, CachedCalendar> calendarCache = new ConcurrentHashMap<>();
    private final Map<TermsKey, AgreementTerms> termsCache = new ConcurrentHashMap<>();

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private WorkCalendarCache engines;

    /**
     * The terms that govern the ticket: its agreement version on its registration day, with what it
     * inherits; empty for a ticket without an agreement.
     */
    public Optional<AgreementTerms> terms(Ticket ticket) {
        return ticket.agreement().map(agreement -> terms(ticket, agreement));
    }

    private AgreementTerms terms(Ticket ticket, Agreement agreement) {
        LocalDate day = LocalDate.ofInstant(ticket.registeredAt(), agreement.zone());
        TermsKey key = new TermsKey(agreement.id(), ticket.agreementVersion(), day);
        AgreementTerms cached = termsCache.get(key);
        if (cached != null) {
            return cached;
        }
        AgreementTerms terms = agreement.effectiveTermsOn(day)
                .orElseGet(() -> agreement.versionNumbered(ticket.agreementVersion()).orElseThrow().terms());
        if (termsCache.size() >= MAX_CACHED_TERMS) {
            termsCache.clear();
        }
        termsCache.put(key, terms);
        return terms;
    }

    /**
     * The version of each parent agreement the ticket's terms inherit from, nearest first, as
     * {@code SLA-FRAME v2}: the versions in force on the registration day.
     */
    public List<String> inheritedVersions(Ticket ticket) {
        List<String> versions = new ArrayList<>();
        if (ticket.agreement().isEmpty()) {
            return versions;
        }
        LocalDate day = LocalDate.ofInstant(ticket.registeredAt(), ticket.agreement().get().zone());
        for (Agreement p = ticket.agreement().get().parent().orElse(null); p != null; p = p.parent().orElse(null)) {
            Agreement parent = p;
            p.versionOn(day).ifPresent(v -> versions.add(parent.number() + " v" + v.number()));
        }
        return versions;
    }

    /** The calendar of the ticket's service hours; empty for a ticket without an agreement. */
    public Optional<ServiceCalendar> calendar(Ticket ticket) {
        return ticket.agreement().map(agreement -> calendar(ticket, agreement));
    }

    private ServiceCalendar calendar(Ticket ticket, Agreement agreement) {
        ServiceTerms service = terms(ticket, agreement).service(ticket.serviceCode()).orElseThrow(() ->
                new NotFoundException("Agreement " + agreement.number() + " no longer covers service "
                        + ticket.serviceCode()));
        return calendar(service.calendarId());
    }

    /** The calendar {@code calendarId} with its engine, rebuilt only when the calendar changed. */
    public ServiceCalendar calendar(long calendarId) {
        BusinessCalendar calendar = calendars.findById(calendarId)
                .orElseThrow(() -> new NotFoundException("There is no calendar " + calendarId));
        CachedCalendar cached = calendarCache.get(calendarId);
        if (cached != null && cached.version() == calendar.version()) {
            return cached;
        }
        List<Map.Entry<LocalDate, Integer>> starts = new ArrayList<>();
        calendar.versions().stream().sorted(Comparator.comparing(BusinessCalendarVersion::effectiveFrom))
                .forEach(v -> starts.add(Map.entry(v.effectiveFrom(), v.number())));
        CachedCalendar built = new CachedCalendar(calendarId, calendar.version(), calendar.name(),
                engines.engine(calendarId, calendar.version(), () -> WorkCalendar.of(calendar.rules())), starts);
        calendarCache.put(calendarId, built);
        return built;
    }

    /**
     * The ticket's clocks as of {@code asOf}, or as of its registration when {@code asOf} is earlier
     * (a server clock behind the one that stamped an imported registration); callers that take an
     * instant from a client refuse one before the registration first.
     */
    public List<SlaClock> clocks(Ticket ticket, Instant asOf) {
        if (ticket.agreement().isEmpty()) {
            return List.of();
        }
        Agreement agreement = ticket.agreement().get();
        Instant at = asOf.isBefore(ticket.registeredAt()) ? ticket.registeredAt() : asOf;
        return ClockCalculator.clocks(ticket.historyAsOf(at), terms(ticket, agreement).forService(ticket.serviceCode()),
                calendar(ticket, agreement), at, monitoringEnd(agreement));
    }

    /** The end of the last day the agreement monitors tickets: its termination or the end of its validity. */
    static Instant monitoringEnd(Agreement agreement) {
        return agreement.monitoringEnd().orElse(null);
    }
}
