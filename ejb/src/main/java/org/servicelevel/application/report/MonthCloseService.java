package org.servicelevel.application.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.servicelevel.application.report.MonthResultService.ResultSummary;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthCollectionRepository;
import org.servicelevel.domain.model.report.MonthCollectionRepository.CollectedTicket;
import org.servicelevel.domain.model.report.MonthDifference;

/**
 * Closes agreements' months from their tickets, in the steps the month's jobs run (see
 * {@code docs/month-close.md}): which agreements a month closes; the tickets of an agreement's month,
 * collected page by page from their settled clocks into a run; the month closed from a run and
 * stored as its result; and the quality score and invoice recomputed from the last run when a survey
 * or work record arrives later. Staff who run the months (administrators, managers) and the system
 * identity of the jobs and timers call it.
 */
public interface MonthCloseService {

    /**
     * A page of an agreement's month: the tickets collected from it and the id of the last ticket read,
     * where the next page starts.
     *
     * @param last whether no ticket of the agreement follows
     */
    record Page(long agreementId, List<CollectedTicket> tickets, long lastTicketId, boolean last) {

        public Page {
            tickets = List.copyOf(tickets);
        }
    }

    /**
     * The agreements whose {@code month} can be closed, in id order: the one given, or, with
     * {@code agreementId} {@code null}, every agreement in force during the month whose terms set a
     * monthly fee. A month closes once it has ended in the agreement's zone, from the month the
     * service started in (the agreement's first day) to the month of its last day.
     *
     * @throws org.servicelevel.domain.NotFoundException      if the agreement given does not exist
     * @throws org.servicelevel.domain.InvalidFieldException on {@code month} if it is missing or outside the agreement's service
     * @throws org.servicelevel.domain.ConflictException     if the agreement given cannot be closed yet (a draft, a month
     *                                                        that has not ended, terms without a fee)
     */
    List<Long> agreementsToClose(YearMonth month, Long agreementId);

    /** The next page of at most {@code size} tickets of the agreement's month, after ticket {@code afterTicketId}. */
    Page collect(long agreementId, YearMonth month, long afterTicketId, int size);

    /** Keeps a collected page in run {@code runId}; an empty page still records that the agreement's month is in the run. */
    void keep(long runId, YearMonth month, Page page);

    /** How far run {@code runId} has collected the agreement's month. */
    MonthCollectionRepository.Progress progress(long runId, long agreementId);

    /** The agreements whose month run {@code runId} has collected completely and not closed yet, in id order. */
    List<Long> unclosed(long runId);

    /** Closes the agreement's month from what run {@code runId} collected and stores it as the month's result. */
    ResultSummary closeCollected(long runId, long agreementId, YearMonth month);

    /**
     * A past month replayed under proposed terms, next to the month as it is: the report, quality
     * score, band and invoice of both and the difference (proposed minus actual). Nothing is stored.
     */
    record WhatIf(MonthClose actual, MonthClose proposed, MonthDifference difference) {
    }

    /**
     * Replays the agreement's {@code month} under {@code proposed} terms (other targets, weights,
     * bands, prices or calendars; inherited parts filled in from the parent as in force then). The
     * tickets are those the month's last report collected, or are read now when it has none; where
     * the proposed terms give a service another calendar or other pause statuses, its tickets'
     * resolution times are measured again from their histories. Nothing is stored.
     *
     * @throws org.servicelevel.domain.InvalidInputException naming the fields of {@code terms} that are wrong
     * @throws org.servicelevel.domain.ConflictException     if the month cannot be closed under the proposal
     *                                                        (a ticket's priority or service it does not have)
     */
    WhatIf whatIf(long agreementId, YearMonth month, AgreementTerms proposed, List<String> serviceCalendars);

    /**
     * Recomputes the month's quality score and invoice from the tickets its last run collected, with
     * the survey campaigns, work records and terms as they are now, and stores the result if any
     * figure changed (a new revision of a draft, a correction of an approved result).
     *
     * @return the stored result, or empty when nothing changed
     * @throws org.servicelevel.domain.ConflictException if the month has not been reported yet
     */
    Optional<ResultSummary> adjust(long agreementId, YearMonth month);
}
