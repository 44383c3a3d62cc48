package org.servicelevel.application.usage.internal;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.servicelevel.application.ticket.TicketUnderAgreement;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.usage.PeriodVolume;
import org.servicelevel.domain.model.usage.UsageCounter;
import org.servicelevel.domain.model.usage.UsageRecord;
import org.servicelevel.domain.model.usage.UsageRepository;
import org.servicelevel.domain.model.usage.VolumeCount;

/**
 * Counts uses against volumes in the caller's transaction: a ticket when it comes under an agreement
 * whose version in force on its registration day gives its service a volume of tickets, in the period
 * (month) of its registration day in the agreement's zone; hours and visits when staff record them.
 * The period's counter is locked while counting, so the record that reaches a threshold or goes
 * beyond the volume is decided once, whatever else is registered at the same time.
 * A period's counter is opened with the volume {@link PeriodVolume} names for it.
 */
@Dependent
public class UsageCounting {

    @Inject
    private UsageRepository usage;

    @Inject
    private UsageCounters counters;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private VolumeNotices notices;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    /** Counts a ticket that came under an agreement, once; a service without a ticket volume counts nothing. */
    void ticketUnderAgreement(@Observes TicketUnderAgreement ticket) {
        if (usage.findOfTicket(ticket.ticketId()).isPresent()) {
            return;
        }
        Agreement agreement = agreements.findById(ticket.agreementId()).orElseThrow();
        LocalDate day = LocalDate.ofInstant(ticket.registeredAt(), agreement.zone());
        Optional<ServiceTerms> service = agreement.effectiveTermsOn(day).flatMap(t -> t.service(ticket.service()))
                .filter(s -> PeriodVolume.hasVolumeIn(s, VolumeUnit.TICKETS));
        if (service.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        UsageCounter counter = counter(agreement, service.get(), VolumeUnit.TICKETS, day);
        VolumeCount counted = counter.count(BigDecimal.ONE);
        usage.store(UsageRecord.ofTicket(counter, day, counted, ticket.ticketId(), ticket.number(), ticket.actor(), now));
        reached(agreement, counter, counted, now);
        if (counted.overVolume()) {
            log.info(() -> "Ticket " + ticket.number() + " is beyond the volume of " + agreement.number() + " "
                    + counter + ": a billable extra");
        }
    }

    /** Counts hours or visits of {@code service} used on {@code day}; the record, stored. */
    UsageRecord entry(Agreement agreement, ServiceTerms service, VolumeUnit unit, LocalDate day, BigDecimal quantity,
                      Long ticketId, String ticketNumber, String note, String actor) {
        Instant now = clock.instant();
        UsageCounter counter = counter(agreement, service, unit, day);
        VolumeCount counted = counter.count(quantity);
        UsageRecord record = UsageRecord.ofEntry(counter, day, counted, ticketId, ticketNumber, note, actor, now);
        usage.store(record);
        reached(agreement, counter, counted, now);
        return record;
    }

    /** The period's counter, opened if it is the period's first use, and locked. */
    private UsageCounter counter(Agreement agreement, ServiceTerms service, VolumeUnit unit, LocalDate day) {
        VolumePeriod period = PeriodVolume.hasVolumeIn(service, unit) ? PeriodVolume.periodOf(service)
                : VolumePeriod.MONTH;
        LocalDate start = period.startOf(day);
        Optional<UsageCounter> existing = usage.lockCounter(agreement.id(), service.code(), unit, period, start);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            counters.open(new UsageCounter(agreement.id(), service.code(), unit, period, day,
                    PeriodVolume.of(agreement, service.code(), unit, period, start, day)));
        } catch (EJBException openedMeanwhile) {
            log.fine(() -> "Usage counter of " + agreement.number() + " " + service.code() + " " + unit + " from "
                    + start + " was opened by another transaction: " + openedMeanwhile.getMessage());
        }
        return usage.lockCounter(agreement.id(), service.code(), unit, period, start).orElseThrow(() -> new IllegalStateException(
                "The usage counter of " + agreement.number() + " " + service.code() + " " + unit + " from " + start
                        + " could neither be opened nor found"));
    }

    /** Notifies the thresholds the count reached, unless the period was over before it was counted. */
    private void reached(Agreement agreement, UsageCounter counter, VolumeCount counted, Instant now) {
        boolean periodOver = !now.isBefore(counter.periodEnd().atStartOfDay(agreement.zone()).toInstant());
        if (periodOver) {
            return;
        }
        for (int threshold : counted.thresholdsReached()) {
            notices.reached(agreement, counter, threshold, now);
        }
    }
}
