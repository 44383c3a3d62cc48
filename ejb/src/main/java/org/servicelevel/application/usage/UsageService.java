package org.servicelevel.application.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/**
 * What the services of an agreement used against their volumes. Tickets count by themselves when
 * they come under an agreement; hours ({@code HOURS}) and visits ({@code TIMES}) are recorded here by
 * staff. A customer user reads the usage of their own organisation's SLAs only; any other agreement is
 * reported as not existing.
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

    /** The usage in {@code month}; {@code null}: the current month in the agreement's zone. */
    MonthUsage usage(long agreementId, YearMonth month);

    /** Records hours or visits and counts them against the service's volume in that unit, if it has one. */
    UsageEntry record(long agreementId, NewUsage usage);

    /** Every use of a day in {@code month} ({@code null}: the current one), by day. */
    List<UsageEntry> records(long agreementId, YearMonth month);
}
