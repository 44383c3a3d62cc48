package org.servicelevel.application.agreement.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.application.calendar.CalendarRevised;
import org.servicelevel.application.calendar.WorkCalendarCache;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.ConsistencyCheck;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;
import org.servicelevel.domain.model.agreement.ConsistencyReport;
import org.servicelevel.domain.model.agreement.UnderpinningLink;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Keeps the consistency reports of agreements current, inside the transaction of the change that
 * affects them: a change to an agreement rewrites its own report and those of the agreements on the
 * other side (the OLAs and UCs underpinning an SLA, the SLAs an OLA or UC underpins, the parent and
 * the children). Each report covers the year from the moment of the check.
 */
@Dependent
public class AgreementConsistency {

    static final Duration PERIOD = Duration.ofDays(366);

    @Inject
    private AgreementRepository agreements;

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private WorkCalendarCache engines;

    @Inject
    private Logger log;

    /** Rewrites the reports of {@code changed} and of every agreement on the other side of it. */
    void refresh(Agreement changed, Instant now) {
        refreshAll(List.of(changed), now);
    }

    /** A calendar's working time changed: the agreements whose services count time on it are checked again. */
    void calendarRevised(@Observes CalendarRevised revised) {
        refreshAll(agreements.findUsingCalendar(revised.calendarId()), revised.at());
    }

    /** Rewrites the reports of all {@code changed} agreements and of those on their other sides, each once. */
    void refreshAll(List<Agreement> changed, Instant now) {
        Set<Agreement> affected = new LinkedHashSet<>();
        changed.forEach(a -> affected.addAll(affectedBy(a, now)));
        for (Agreement agreement : affected) {
            ConsistencyReport report = refreshOne(agreement, now);
            if (changed.contains(agreement) && !report.findings().isEmpty()) {
                log.warning(() -> "Agreement " + agreement.number() + " has " + report.findings().size()
                        + " consistency finding(s): " + report.findings().get(0).message());
            }
        }
    }

    /** The agreement and those on the other side of it: underpinning, underpinned, parent and children. */
    private Set<Agreement> affectedBy(Agreement changed, Instant now) {
        Set<Agreement> affected = new LinkedHashSet<>();
        affected.add(changed);
        LocalDate today = changed.today(now);
        termsOn(changed, today).ifPresent(terms -> {
            if (changed.type() == AgreementType.SLA) {
                affected.addAll(agreements.findUnderpinning(changed.number()));
            }
            terms.underpins().stream().map(UnderpinningLink::slaNumber).distinct()
                    .forEach(n -> agreements.findByNumber(n).ifPresent(affected::add));
        });
        changed.parent().ifPresent(affected::add);
        affected.addAll(agreements.findChildren(changed));
        return affected;
    }

    /** Checks one agreement with the terms in force now, over the coming year, and stores the result as its report. */
    ConsistencyReport refreshOne(Agreement agreement, Instant now) {
        Instant from = now.truncatedTo(ChronoUnit.MINUTES);
        ConsistencyReport report = agreements.findReport(agreement.id())
                .orElseGet(() -> new ConsistencyReport(agreement.id()));
        report.record(check(agreement, agreement.today(now), from), now, from, from.plus(PERIOD));
        return agreements.store(report);
    }

    /**
     * Checks one agreement with the terms in force on {@code date}, over the year from that day's
     * start, without storing the result: the stored report always speaks of today.
     */
    ConsistencyReport checkOn(Agreement agreement, Instant now, LocalDate date) {
        Instant from = date.atStartOfDay(agreement.zone()).toInstant();
        ConsistencyReport report = new ConsistencyReport(agreement.id());
        report.record(check(agreement, date, from), now, from, from.plus(PERIOD));
        return report;
    }

    private List<ConsistencyFinding> check(Agreement agreement, LocalDate day, Instant from) {
        ConsistencyCheck check = new ConsistencyCheck(new Resolver(), from, from.plus(PERIOD));
        List<ConsistencyFinding> findings = new ArrayList<>();
        Optional<AgreementTerms> terms = termsOn(agreement, day);
        if (terms.isEmpty()) {
            return findings;
        }
        if (agreement.type() == AgreementType.SLA) {
            List<Agreement> underpinners = underpinnersInForce(agreement, day);
            findings.addAll(check.underpinning(agreement.number(), terms, parties(underpinners, day)));
            underpinners.forEach(u -> ConsistencyCheck.endsFirst(agreement.number(), agreement.lastDay(), u.number(),
                    u.lastDay()).ifPresent(findings::add));
        } else {
            for (String sla : terms.get().underpins().stream().map(UnderpinningLink::slaNumber).distinct().toList()) {
                Optional<Agreement> slaAgreement = agreements.findByNumber(sla);
                Optional<AgreementTerms> slaTerms = slaAgreement.filter(a -> a.type() == AgreementType.SLA)
                        .flatMap(a -> termsOn(a, day));
                List<Agreement> underpinners = new ArrayList<>(slaAgreement.map(a -> underpinnersInForce(a, day))
                        .orElse(List.of()));
                if (!underpinners.contains(agreement)) {
                    underpinners.add(agreement);
                }
                check.underpinning(sla, slaTerms, parties(underpinners, day)).stream()
                        .filter(f -> List.of(f.agreement().split(", ")).contains(agreement.number()))
                        .forEach(findings::add);
                slaAgreement.filter(a -> a.type() == AgreementType.SLA).flatMap(a -> ConsistencyCheck.endsFirst(
                        a.number(), a.lastDay(), agreement.number(), agreement.lastDay())).ifPresent(findings::add);
            }
        }
        agreement.parent().ifPresent(parent -> termsOn(parent, day).ifPresent(parentTerms ->
                findings.addAll(check.inheritance(agreement.number(), ownTermsOn(agreement, day), terms.get(),
                        parent.number(), parentTerms))));
        for (Agreement child : agreements.findChildren(agreement)) {
            termsOn(child, day).ifPresent(childTerms -> findings.addAll(check.inheritance(child.number(),
                    ownTermsOn(child, day), childTerms, agreement.number(), terms.get())));
        }
        return findings;
    }

    /** The OLAs and UCs in force (or being drafted) that underpin the SLA. */
    private List<Agreement> underpinnersInForce(Agreement sla, LocalDate day) {
        return agreements.findUnderpinning(sla.number()).stream()
                .filter(a -> a.status() != AgreementStatus.DRAFT && termsOn(a, day).isPresent())
                .toList();
    }

    private List<ConsistencyCheck.Party> parties(List<Agreement> list, LocalDate day) {
        List<ConsistencyCheck.Party> parties = new ArrayList<>();
        list.forEach(a -> termsOn(a, day).ifPresent(t -> parties.add(new ConsistencyCheck.Party(a.number(), t))));
        return parties;
    }

    /**
     * The effective terms that apply on {@code day}: a draft's terms, the first version of an
     * agreement that has not started, none for an agreement that ended.
     */
    static Optional<AgreementTerms> termsOn(Agreement agreement, LocalDate day) {
        if (agreement.status() == AgreementStatus.DRAFT) {
            AgreementTerms own = agreement.latestVersion().terms();
            return Optional.of(agreement.parent().flatMap(p -> termsOn(p, day)).map(own::inheritingFrom).orElse(own));
        }
        if (day.isBefore(agreement.validFrom())) {
            return agreement.effectiveTermsOn(agreement.validFrom());
        }
        return agreement.monitoredOn(day) ? agreement.effectiveTermsOn(day) : Optional.empty();
    }

    private static AgreementTerms ownTermsOn(Agreement agreement, LocalDate day) {
        return agreement.versionOn(day).orElse(agreement.latestVersion()).terms();
    }

    /** Calendars by id, each engine built once per calendar version. */
    private final class Resolver implements ConsistencyCheck.Calendars {

        private final Map<Long, BusinessCalendar> loaded = new HashMap<>();

        private BusinessCalendar calendar(long id) {
            return loaded.computeIfAbsent(id, k -> calendars.findById(k)
                    .orElseThrow(() -> new NotFoundException("There is no calendar " + k)));
        }

        @Override
        public WorkCalendar engine(long calendarId) {
            BusinessCalendar calendar = calendar(calendarId);
            return engines.engine(calendarId, calendar.version(), () -> WorkCalendar.of(calendar.rules()));
        }

        @Override
        public String name(long calendarId) {
            return calendar(calendarId).name();
        }
    }
}
