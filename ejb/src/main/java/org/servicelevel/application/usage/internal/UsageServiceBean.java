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
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.ticket.Ticket;
import org.servicelevel.domain.model.ticket.TicketRepository;
import org.servicelevel.domain.model.usage.PeriodVolume;
import org.servicelevel.domain.model.usage.UsageCounter;
import org.servicelevel.domain.model.usage.UsageRecord;
import org.servicelevel.domain.model.usage.UsageRepository;
import org.servicelevel.domain.model.usage.VolumeCount;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class UsageServiceBean implements UsageService {

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
        Ticket ticket = null;
        String ticketNumber = Texts.strippedOrNull(entry.ticket());
        if (ticketNumber != null) {
            ticket = tickets.findByNumber(ticketNumber).filter(t -> t.agreement().map(agreement::equals).orElse(false))
                    .orElse(null);
            if (ticket == null) {
                errors.add(new InvalidFieldException("ticket", "There is no ticket " + ticketNumber + " under agreement "
                        + agreement.number()));
            }
        }
        String note = null;
        try {
            note = Texts.multiLine("note", entry.note());
            if (note != null && note.length() > 2000) {
                errors.add(new InvalidFieldException("note", "A note has at most 2000 characters"));
            }
        } catch (InvalidFieldException e) {
            errors.add(e);
        }
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
