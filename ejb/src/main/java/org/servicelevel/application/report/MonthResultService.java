package org.servicelevel.application.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.Provenance;
import org.servicelevel.domain.model.report.ResultDocument;

/**
 * The months' results as documents: each run of an agreement's month is stored as a numbered result,
 * a draft until a manager approves it; a run replaces the month's draft, and a run after the approval
 * creates a correction that states the difference (see {@code docs/month-close.md}). The provider's
 * staff read every result; a customer's user reads only the approved results of their own
 * organisation's SLAs, and any other answers as not existing.
 */
public interface MonthResultService {

    /**
     * A result as listed: its number, agreement and month, where it stands and its key figures.
     *
     * @param corrects        the number of the approved result a correction corrects, else {@code null}
     * @param revision        1 for the first run stored, one more for each run that replaced the draft
     * @param score           the quality score, {@code null} without a quality table
     * @param band            the band's range, e.g. {@code [0.6, 0.85)}, {@code null} without a band
     * @param penalty         the invoice's penalties, negative or 0
     * @param totalDifference for a correction, what it bills (positive) or credits (negative)
     */
    record ResultSummary(long id, long version, String number, long agreementId, String agreement, String month,
                         int sequence, String corrects, String state, int revision, Instant computedAt,
                         String computedBy, Instant approvedAt, String approvedBy, List<Integer> agreementVersions,
                         List<String> calendarVersions, String currency, BigDecimal score, String band,
                         BigDecimal bandPenaltyPercent, BigDecimal penalty, BigDecimal total,
                         BigDecimal totalDifference) {
    }

    /** A result with its whole content. */
    record ResultDetails(ResultSummary summary, ResultDocument document) {
    }

    /**
     * Stores a run of the month's close of an agreement: the month's first result, a replacement of
     * its draft, or a correction of its approved result.
     *
     * @param provenance the agreement and calendar versions the figures were computed with; {@code null}: unknown
     */
    ResultSummary store(long agreementId, YearMonth month, MonthClose close, Provenance provenance);

    /** Approves a draft, as it stood in {@code expectedVersion}. */
    ResultSummary approve(long id, long expectedVersion);

    /** The results the caller may read, of one agreement and month if given, newest month first. */
    List<ResultSummary> list(Long agreementId, YearMonth month);

    ResultDetails find(long id);

    /**
     * The result of an agreement's month that stands: the latest (a draft or approved) for staff, the
     * latest approved for a customer's user.
     */
    ResultDetails ofMonth(long agreementId, YearMonth month);

    /** The result as a file in {@code format}, its texts in {@code locale} (English, Russian or Polish). */
    ResultRenderer.Export export(long id, ExportFormat format, Locale locale);

    /** Who stored, replaced and approved the result, and when. */
    List<AuditRecord> audit(long id);
}
