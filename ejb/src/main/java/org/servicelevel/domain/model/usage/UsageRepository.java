package org.servicelevel.domain.model.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/** Stores usage counters and records. */
public interface UsageRepository {

    /** The counter, locked against every other count until this transaction ends. */
    Optional<UsageCounter> lockCounter(long agreementId, String serviceCode, VolumeUnit unit, VolumePeriod period,
                                      LocalDate periodStart);

    /** Stores a new counter at once; fails if one with its key exists. */
    void open(UsageCounter counter);

    /** The agreement's counters whose period overlaps [{@code from}, {@code to}). */
    List<UsageCounter> countersOverlapping(long agreementId, LocalDate from, LocalDate to);

    void store(UsageRecord record);

    /** The agreement's records counted in periods that start in [{@code from}, {@code to}). */
    List<UsageRecord> recordsOfPeriods(long agreementId, LocalDate from, LocalDate to);

    /** The agreement's records of uses on days in [{@code from}, {@code to}). */
    List<UsageRecord> recordsOnDays(long agreementId, LocalDate from, LocalDate to);

    /** The record that counts the ticket, if it was counted. */
    Optional<UsageRecord> findOfTicket(long ticketId);
}
