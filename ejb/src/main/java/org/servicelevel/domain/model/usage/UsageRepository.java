package org.servicelevel.domain.model.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/** Stores usage counters and records, and work records. */
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

    /**
     * Stores a new or corrected work record at once (a second support day of the service and day fails
     * here), so its version is the stored one.
     */
    void store(WorkRecord record);

    Optional<WorkRecord> findWork(long id);

    /** The agreement's work records of the month. */
    List<WorkRecord> workOfMonth(long agreementId, YearMonth month);

    /** The agreement's support day of the service on the day, if one is recorded. */
    Optional<WorkRecord> supportDay(long agreementId, String serviceCode, LocalDate day);

    void remove(WorkRecord record);
}
