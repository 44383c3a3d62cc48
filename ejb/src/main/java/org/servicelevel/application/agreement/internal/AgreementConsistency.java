package org.servicelevel.application.agreement.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.servicelevel.application.calendar.CalendarRevised;
import org.servicelevel.application.calendar.WorkCalendarCache;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.AgreementVersion;
import org.servicelevel.domain.model.agreement.ConsistencyCheck;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;
import org.servicelevel.domain.model.agreement.ConsistencyReport;
import org.servicelevel.domain.model.agreement.UnderpinningLink;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.model.calendar.BusinessCalendarVersion;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * Keeps the consistency reports of agreements current. Consistency is a function of a date: a report
 * speaks of the day it was checked on and of every upcoming day within the period checked on which a
 * version of the agreement or of one on the other side of it takes effect (or such an agreement
 * starts or ends), and names the agreement and calendar versions it checked for each. A change
 * rewrites, inside its own transaction, the report of the agreement changed and those of the
 * agreements on the other side (the OLAs and UCs underpinning an SLA, the SLAs an OLA or UC underpins
 * and their other underpinning agreements, the parent and the children); a calendar revision those of
 * the agreements using it; and the daily check each agreement's at the start of its day. A result
 * that differs from the agreement's newest is kept as a new entry of its history; the same result
 * only confirms the newest.
 */
@Dependent
public class AgreementConsistency {

    static final Duration PERIOD = Duration.ofDays(366);

    /** At most this many upcoming days are checked ahead, the nearest first. */
    static final int MAX_UPCOMING_DAYS = 12;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private WorkCalendarCache engines;

    @Inject
    private Logger log;

    /** Rewrites the reports of {@code changed} and of every agreement on the other side of it. */
    void refresh(Agreement changed, Instant now, String trigger) {
        refreshAll(List.of(changed), now, trigger);
    }

    /** A calendar's working time changed: the agreements whose services count time on it are checked again. */
    void calendarRevised(@Observes CalendarRevised revised) {
        String name = calendars.findById(revised.calendarId()).map(BusinessCalendar::name)
                .orElse(String.valueOf(revised.calendarId()));
        refreshAll(agreements.findUsingCalendar(revised.calendarId()), revised.at(),
                "calendar '" + name + "' revised");
    }

    /** Rewrites the reports of all {@code changed} agreements and of those on their other sides, each once. */
    void refreshAll(List<Agreement> changed, Instant now, String trigger) {
        Set<Agreement> affected = new LinkedHashSet<>();
        changed.forEach(a -> affected.addAll(related(a)));
        for (Agreement agreement : affected) {
            ConsistencyReport report = refreshOne(agreement, now, trigger);
            if (changed.contains(agreement) && !report.consistent()) {
                log.warning(() -> "Agreement " + agreement.number() + " has consistency findings after: " + trigger);
            }
        }
    }

    /** Those on the other side of an agreement about to be deleted, to be checked again once it is gone. */
    Set<Agreement> othersThan(Agreement leaving) {
        Set<Agreement> others = new LinkedHashSet<>(related(leaving));
        others.remove(leaving);
        return others;
    }

    /** Checks each of {@code others} again, e.g. after the agreement between them was deleted. */
    void refreshEach(Set<Agreement> others, Instant now, String trigger) {
        others.forEach(a -> refreshOne(a, now, trigger));
    }

    /**
     * The agreement and those on the other side of it in any of their versions: the OLAs and UCs that
     * underpin it, the SLAs it underpins with their other underpinning agreements (the steps of a
     * support path are checked together), the parent and the children.
     */
    private Set<Agreement> related(Agreement agreement) {
        Set<Agreement> related = new LinkedHashSet<>();
        related.add(agreement);
        if (agreement.type() == AgreementType.SLA) {
            related.addAll(agreements.findUnderpinning(agreement.number()));
        }
        agreement.versions().stream().filter(AgreementVersion::approved).flatMap(v -> v.terms().underpins().stream())
                .map(UnderpinningLink::slaNumber)
                .distinct().forEach(n -> agreements.findByNumber(n).ifPresent(sla -> {
                    related.add(sla);
                    related.addAll(agreements.findUnderpinning(sla.number()));
                }));
        agreement.parent().ifPresent(related::add);
        related.addAll(agreements.findChildren(agreement));
        return related;
    }

    /**
     * Checks one agreement on the day of {@code now} and on each upcoming day a related version takes
     * effect, and keeps the result: as a new entry of the history when it differs from the newest, else
     * by confirming the newest.
     */
    ConsistencyReport refreshOne(Agreement agreement, Instant now, String trigger) {
        LocalDate today = agreement.today(now);
        Instant from = now.truncatedTo(ChronoUnit.MINUTES);
        List<ConsistencyReport.Day> days = new ArrayList<>();
        days.add(day(agreement, today, from));
        for (LocalDate upcoming : upcomingDays(agreement, today)) {
            days.add(day(agreement, upcoming, upcoming.atStartOfDay(agreement.zone()).toInstant()));
        }
        ConsistencyReport fresh = new ConsistencyReport(agreement.id(), days, now, from, from.plus(PERIOD), trigger);
        Optional<ConsistencyReport> newest = agreements.findReport(agreement.id());
        if (newest.isPresent() && newest.get().sameResultAs(fresh)) {
            newest.get().confirm(fresh);
            return agreements.store(newest.get());
        }
        return agreements.store(fresh);
    }

    /**
     * Checks one agreement with the terms in force on {@code date}, over the year from that day's
     * start, without storing the result.
     */
    ConsistencyReport checkOn(Agreement agreement, Instant now, LocalDate date) {
        Instant from = date.atStartOfDay(agreement.zone()).toInstant();
        return new ConsistencyReport(agreement.id(), List.of(day(agreement, date, from)), now, from, from.plus(PERIOD),
                "checked for " + date + " on request");
    }

    /**
     * The days after {@code today}, within the period checked, on which an approved version of the
     * agreement or of a related one takes effect (a draft amendment changes nothing until approved, and
     * its approval checks again), or a related agreement starts or ends: the nearest
     * {@value #MAX_UPCOMING_DAYS}.
     */
    private List<LocalDate> upcomingDays(Agreement agreement, LocalDate today) {
        LocalDate last = today.plusDays(PERIOD.toDays() - 1);
        Set<LocalDate> days = new TreeSet<>();
        for (Agreement a : related(agreement)) {
            a.versions().stream().filter(AgreementVersion::approved).forEach(v -> days.add(v.effectiveFrom()));
            days.add(a.validFrom());
            a.lastDay().ifPresent(d -> days.add(d.plusDays(1)));
        }
        return days.stream().filter(d -> d.isAfter(today) && !d.isAfter(last)).limit(MAX_UPCOMING_DAYS).toList();
    }

    /** The check of one day, with the agreement and calendar versions it used. */
    private ConsistencyReport.Day day(Agreement agreement, LocalDate day, Instant from) {
        Resolver resolver = new Resolver();
        Map<String, Integer> used = new LinkedHashMap<>();
        List<ConsistencyFinding> findings = check(agreement, day, from, resolver, (a, d) -> {
            Optional<AgreementTerms> terms = termsOn(a, d);
            if (terms.isPresent()) {
                for (Agreement x = a; x != null; x = x.parent().orElse(null)) {
                    used.putIfAbsent(x.number(), versionOn(x, d).number());
                }
            }
            return terms;
        });
        List<ConsistencyReport.CheckedVersion> checked = new ArrayList<>();
        used.forEach((number, version) -> checked.add(new ConsistencyReport.CheckedVersion(
                ConsistencyReport.CheckedVersion.Kind.AGREEMENT, number, version)));
        checked.addAll(resolver.versionsUsed(from, from.plus(PERIOD)));
        return new ConsistencyReport.Day(day, checked, findings);
    }

    /** The version whose terms {@link #termsOn} takes for {@code day}. */
    private static AgreementVersion versionOn(Agreement agreement, LocalDate day) {
        if (agreement.status() == AgreementStatus.DRAFT) {
            return agreement.latestVersion();
        }
        return agreement.versionOn(day.isBefore(agreement.validFrom()) ? agreement.validFrom() : day)
                .orElse(agreement.latestVersion());
    }

    private List<ConsistencyFinding> check(Agreement agreement, LocalDate day, Instant from, Resolver resolver,
                                           BiFunction<Agreement, LocalDate, Optional<AgreementTerms>> termsOn) {
        ConsistencyCheck check = new ConsistencyCheck(resolver, from, from.plus(PERIOD));
        List<ConsistencyFinding> findings = new ArrayList<>();
        Optional<AgreementTerms> terms = termsOn.apply(agreement, day);
        if (terms.isEmpty()) {
            return findings;
        }
        if (agreement.type() == AgreementType.SLA) {
            List<Agreement> underpinners = underpinnersInForce(agreement, day);
            List<ConsistencyCheck.Party> parties = parties(underpinners, day, termsOn);
            findings.addAll(check.underpinning(agreement.number(), terms, parties));
            findings.addAll(ConsistencyCheck.notUnderpinned(agreement.number(), terms.get(), parties));
            underpinners.forEach(u -> ConsistencyCheck.endsFirst(agreement.number(), agreement.lastDay(), u.number(),
                    u.lastDay()).ifPresent(findings::add));
        } else {
            for (String sla : terms.get().underpins().stream().map(UnderpinningLink::slaNumber).distinct().toList()) {
                Optional<Agreement> slaAgreement = agreements.findByNumber(sla);
                Optional<AgreementTerms> slaTerms = slaAgreement.filter(a -> a.type() == AgreementType.SLA)
                        .flatMap(a -> termsOn.apply(a, day));
                List<Agreement> underpinners = new ArrayList<>(slaAgreement.map(a -> underpinnersInForce(a, day))
                        .orElse(List.of()));
                if (!underpinners.contains(agreement)) {
                    underpinners.add(agreement);
                }
                check.underpinning(sla, slaTerms, parties(underpinners, day, termsOn)).stream()
                        .filter(f -> List.of(f.agreement().split(", ")).contains(agreement.number()))
                        .forEach(findings::add);
                slaAgreement.filter(a -> a.type() == AgreementType.SLA).flatMap(a -> ConsistencyCheck.endsFirst(
                        a.number(), a.lastDay(), agreement.number(), agreement.lastDay())).ifPresent(findings::add);
            }
        }
        agreement.parent().ifPresent(parent -> termsOn.apply(parent, day).ifPresent(parentTerms ->
                findings.addAll(check.inheritance(agreement.number(), ownTermsOn(agreement, day), terms.get(),
                        parent.number(), parentTerms))));
        for (Agreement child : agreements.findChildren(agreement)) {
            termsOn.apply(child, day).ifPresent(childTerms -> findings.addAll(check.inheritance(child.number(),
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

    private static List<ConsistencyCheck.Party> parties(List<Agreement> list, LocalDate day,
                                                        BiFunction<Agreement, LocalDate, Optional<AgreementTerms>> termsOn) {
        List<ConsistencyCheck.Party> parties = new ArrayList<>();
        list.forEach(a -> termsOn.apply(a, day).ifPresent(t -> parties.add(new ConsistencyCheck.Party(a.number(), t))));
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

    /** Calendars by id, each engine built once per calendar version; remembers which calendars the check used. */
    private final class Resolver implements ConsistencyCheck.Calendars {

        private final Map<Long, BusinessCalendar> loaded = new LinkedHashMap<>();

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

        /** The versions of the calendars used that govern some day of {@code [from, to)}. */
        List<ConsistencyReport.CheckedVersion> versionsUsed(Instant from, Instant to) {
            List<ConsistencyReport.CheckedVersion> used = new ArrayList<>();
            for (BusinessCalendar calendar : loaded.values()) {
                LocalDate first = from.atZone(calendar.zone()).toLocalDate();
                LocalDate last = to.minusNanos(1).atZone(calendar.zone()).toLocalDate();
                List<BusinessCalendarVersion> versions = calendar.versions();
                for (int i = 0; i < versions.size(); i++) {
                    boolean endsAfterFirst = i == versions.size() - 1 || versions.get(i + 1).effectiveFrom().isAfter(first);
                    boolean startsByLast = i == 0 || !versions.get(i).effectiveFrom().isAfter(last);
                    if (endsAfterFirst && startsByLast) {
                        used.add(new ConsistencyReport.CheckedVersion(ConsistencyReport.CheckedVersion.Kind.CALENDAR,
                                calendar.name(), versions.get(i).number()));
                    }
                }
            }
            return used;
        }
    }
}
