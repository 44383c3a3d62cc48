package org.servicelevel.domain.model.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds agreements with their versions. */
public interface AgreementRepository {

    Optional<Agreement> findById(long id);

    Optional<Agreement> findByNumber(String number);

    List<Agreement> findAll();

    List<Agreement> findByCustomer(long organisationId);

    /** Agreements whose parent is {@code parent}. */
    List<Agreement> findChildren(Agreement parent);

    /** OLAs and UCs with a version that underpins the SLA numbered {@code slaNumber}. */
    List<Agreement> findUnderpinning(String slaNumber);

    /** Agreements with a version whose services count time on the calendar. */
    List<Agreement> findUsingCalendar(long calendarId);

    /** Agreements in force whose review date is on or before {@code date}. */
    List<Agreement> findReviewDueBy(LocalDate date);

    Agreement store(Agreement agreement);

    /** The agreement's consistency report: the newest result of its consistency check. */
    Optional<ConsistencyReport> findReport(long agreementId);

    /** Every result of the agreement's consistency check that differed from the one before, newest first. */
    List<ConsistencyReport> findReports(long agreementId);

    /** For each agreement with a report, the day its newest report speaks of. */
    Map<Long, LocalDate> lastCheckedOn();

    ConsistencyReport store(ConsistencyReport report);

    void remove(Agreement agreement);
}
