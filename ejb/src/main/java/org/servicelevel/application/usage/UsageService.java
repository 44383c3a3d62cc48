package org.servicelevel.application.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.usage.WorkKind;

/**
 * What the services of an agreement used against their volumes. Tickets count by themselves when
 * they come under an agreement; hours ({@code HOURS}) and visits ({@code TIMES}) are recorded here by
 * staff. Besides, the work the month's invoice bills besides tickets: development hours and weekend
 * or holiday support days, recorded, corrected and deleted by staff (each step in the agreement's
 * audit trail) and summed per month for the close. A customer user reads the usage of their own
 * organisation's SLAs only; any other agreement is reported as not existing.
 */
public interface UsageService {

    /**
     * One service's usage of one unit in the period of its volume that contains the month asked for
     * (the month itself for monthly volumes): the volume ({@code null}: unlimited), what was used, the
     * share in percent ({@code null} without a volume), the quantity beyond the volume and the tickets
     * that went beyond it (billable extras).
     */
    record ServiceUsage(String service, String serviceName, VolumeUnit unit, VolumePeriod period, LocalDate periodStart,
                        LocalDate periodEnd, BigDecimal volume, BigDecimal used, BigDecimal share, BigDecimal extra,
                        List<String> extraTickets) {
    }

    /** The usage of every service of an agreement with a volume or with usage in {@code month} (YYYY-MM). */
    record MonthUsage(long agreementId, String agreement, String month, List<ServiceUsage> services) {
    }

    /** Hours or visits to record: {@code ticket} (a number) and {@code note} are optional. */
    record NewUsage(String service, VolumeUnit unit, BigDecimal quantity, LocalDate date, String ticket, String note) {
    }

    /** One use counted: a ticket (source TICKET) or hours or visits recorded (source ENTRY). */
    record UsageEntry(long id, String service, VolumeUnit unit, LocalDate date, BigDecimal quantity, BigDecimal extra,
                      boolean billableExtra, String source, String ticket, String note, String recordedBy,
                      Instant recordedAt) {
    }

    /**
     * Work to record, or a record's corrected content: development hours ({@code month}, or the
     * {@code date} they were worked on, and {@code hours}) or a weekend or holiday support day
     * ({@code service} and {@code date}); {@code ticket} (a number) and {@code note} are optional.
     */
    record NewWork(WorkKind kind, YearMonth month, LocalDate date, BigDecimal hours, String service, String ticket,
                   String note) {
    }

    /**
     * A work record as recorded and last corrected; {@code hours} are the development hours (none for a
     * support day), {@code service} the service of a support day; {@code version} for {@code If-Match}.
     */
    record WorkEntry(long id, long version, WorkKind kind, String month, LocalDate date, BigDecimal hours,
                     String service, String ticket, String note, String recordedBy, Instant recordedAt,
                     String correctedBy, Instant correctedAt) {
    }

    /**
     * The work of an agreement in a month, as the month's close bills it: the exact sum of the
     * development hours, the number of weekend and holiday support days (one per service and day), and
     * the records behind both.
     */
    record MonthWork(long agreementId, String agreement, String month, BigDecimal developmentHours,
                     int weekendHolidayDays, List<WorkEntry> entries) {
    }

    /** The usage in {@code month}; {@code null}: the current month in the agreement's zone. */
    MonthUsage usage(long agreementId, YearMonth month);

    /** Records hours or visits and counts them against the service's volume in that unit, if it has one. */
    UsageEntry record(long agreementId, NewUsage usage);

    /** Every use of a day in {@code month} ({@code null}: the current one), by day. */
    List<UsageEntry> records(long agreementId, YearMonth month);

    /**
     * The work recorded for {@code month} ({@code null}: the current one in the agreement's zone) with
     * its totals; what the month's close bills as development hours and support days.
     */
    MonthWork work(long agreementId, YearMonth month);

    /** One work record of the agreement. */
    WorkEntry findWork(long agreementId, long entryId);

    /**
     * Records development hours, or a support day on a day that is not a working day of the service's
     * calendar (at most one per service and day).
     */
    WorkEntry recordWork(long agreementId, NewWork work);

    /** Corrects a work record under the same rules as recording it; {@code expectedVersion} as read. */
    WorkEntry correctWork(long agreementId, long entryId, long expectedVersion, NewWork work);

    /** Deletes a work record; the agreement's audit trail keeps it. */
    void deleteWork(long agreementId, long entryId, long expectedVersion);
}
