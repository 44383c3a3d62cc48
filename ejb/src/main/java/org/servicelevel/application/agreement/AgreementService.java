package org.servicelevel.application.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarHistory;
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.TermsDiff;

/**
 * Agreements (SLA, OLA, UC): their terms, versions and lifecycle, and the consistency between
 * underpinning agreements and the SLAs they keep. A caller with the customer role sees only the SLAs
 * of their own organisation: any other agreement is reported as not existing
 * ({@link org.servicelevel.domain.NotFoundException}). Broken rules fail with
 * {@link org.servicelevel.domain.InvalidInputException} naming each field, lifecycle conflicts with
 * {@link org.servicelevel.domain.ConflictException}, edits based on an old version with
 * {@link org.servicelevel.domain.StaleVersionException}. Every change rewrites the consistency
 * reports of the agreements it affects.
 */
public interface AgreementService {

    /** Agreements matching the filter (each {@code null} matches all); {@code withFindings} keeps those with findings. */
    List<AgreementDetails> list(AgreementType type, AgreementStatus status, String customerCode, boolean withFindings);

    /** One agreement with the version in force today (or the draft). */
    AgreementDetails find(long id);

    /** One agreement showing the version in force on {@code date}. */
    AgreementDetails findOn(long id, LocalDate date);

    /** One agreement showing the version numbered {@code versionNumber}. */
    AgreementDetails findVersion(long id, int versionNumber);

    AgreementDetails create(AgreementChange change);

    /** Changes the header and the whole terms. */
    AgreementDetails update(long id, long expectedVersion, AgreementChange change);

    /**
     * The terms a proposed version of the agreement would have, with the calendars of its services
     * named by id or name as in a request, checked as a new version from {@code on} would be (what
     * they name may be inherited from the parents' terms of that day); nothing is changed (the month's
     * what-if replays a month under them).
     */
    AgreementTerms proposal(long id, AgreementTerms terms, List<String> serviceCalendars, LocalDate on);

    /** Changes some parts of the terms. */
    AgreementDetails patchTerms(long id, long expectedVersion, TermsPatch patch);

    void delete(long id, long expectedVersion);

    AgreementDetails activate(long id, long expectedVersion);

    AgreementDetails startReview(long id, long expectedVersion);

    /** Ends a review; without {@code nextReviewDate} the next review is a year after the one held. */
    AgreementDetails completeReview(long id, long expectedVersion, LocalDate nextReviewDate);

    /** Withdraws a version that has not taken effect yet. */
    AgreementDetails withdrawVersion(long id, long expectedVersion, int versionNumber);

    /**
     * Approves a draft amendment: for the provider by a manager other than its author, for the
     * customer (where both parties approve) by a user of the customer's organisation. It takes effect
     * once every party needed has approved.
     */
    AgreementDetails approveAmendment(long id, long expectedVersion, int versionNumber);

    /** What changed in the terms from version {@code fromVersion} to version {@code toVersion}. */
    List<TermsDiff.Change> diff(long id, int fromVersion, int toVersion);

    AgreementDetails terminate(long id, long expectedVersion, LocalDate lastDay, String reason);

    /**
     * Checks the agreement against those it must fit, with the terms in force on {@code date}; without
     * a date (or with today's) it checks today and the upcoming days on which versions take effect, and
     * keeps the result as the agreement's report.
     */
    AgreementDetails.Consistency checkConsistency(long id, LocalDate date);

    /** Every result of the agreement's consistency check that differed from the one before, newest first. */
    List<AgreementDetails.Consistency> consistencyHistory(long id);

    /**
     * The agreements whose consistency report speaks of a day before their own day at {@code at} (or
     * that have none): a new day began in their time zone, and versions may have taken effect with it.
     * Agreements that ended before yesterday are left alone.
     */
    List<Long> consistencyDue(Instant at);

    /**
     * The daily check of one agreement as of {@code at}: keeps a new result in its history when it
     * differs from the newest, else confirms it. Whether a new result was kept; false for an
     * agreement that no longer exists.
     */
    boolean checkConsistencyOfDay(long id, Instant at);

    /**
     * Creates, in one transaction, the customer (unless one with its code exists), the calendars
     * (unless ones with their names exist) and the agreement, and activates it if asked.
     */
    AgreementDetails importAgreement(CustomerChange customer, List<CalendarChange> calendars, AgreementChange agreement,
                                     boolean activate);

    /** The agreement with every version's own terms, for its document. */
    AgreementHistory history(long id);

    /**
     * Creates, in one transaction, the customer (unless one with its code exists), the calendars with
     * all their versions and the agreement with its whole history and lifecycle state. A calendar whose
     * name exists is used as it is when it counts the same working time as the document's (same zone,
     * versions from the same days with the same rules); otherwise the import is refused with a
     * {@link org.servicelevel.domain.ConflictException} naming the calendar, so no rule is lost silently.
     */
    AgreementDetails importWithHistory(CustomerChange customer, List<CalendarHistory> calendars,
                                       AgreementImport agreement);

    List<AuditRecord> audit(long id);
}
