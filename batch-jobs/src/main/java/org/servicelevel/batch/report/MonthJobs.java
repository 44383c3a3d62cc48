package org.servicelevel.batch.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jakarta.batch.runtime.context.JobContext;
import org.servicelevel.domain.DomainException;

/** The month's jobs, as named in {@code META-INF/batch-jobs}, and how their parameters read. */
public final class MonthJobs {

    /** Collects the tickets of each agreement's month and closes it into a stored result. */
    public static final String REPORT = "monthly-sla-report";

    /** Recomputes the quality score and invoice of each agreement's month from its last collection. */
    public static final String ADJUSTMENT = "qos-invoice-adjustment";

    /** The month, as {@code 2026-11}. */
    public static final String MONTH = "month";

    /** The agreement's id; absent or empty: every agreement whose month can be closed. */
    public static final String AGREEMENT = "agreement";

    /**
     * The run a job goes on with: absent, the job's own instance; set when an execution whose server
     * died is taken up by a new one ({@link MonthCloseJobs#restart}).
     */
    public static final String RUN = "run";

    /** Who started the job (a user's name, or {@code system} for the monthly timer). */
    public static final String REQUESTED_BY = "requestedBy";

    /**
     * What follows the report once it completed: {@code adjustment} (as the monthly timer asks) starts
     * the adjustment of the same month for every agreement; absent or empty, nothing.
     */
    public static final String THEN = "then";

    private MonthJobs() {
    }

    static YearMonth month(String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("job parameter month must be a month such as 2026-11, was '" + value + "'");
        }
    }

    /** The run of the job: the one named in its parameters, else its own instance. */
    static long run(String value, long instanceId) {
        if (value == null || value.isBlank()) {
            return instanceId;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("job parameter run must be a job instance's id, was '" + value + "'");
        }
    }

    /**
     * Does one agreement's part of a job: a business rule that stops it fails the job when that
     * agreement was the one asked for ({@code agreementParameter} set); in a run over every agreement
     * the agreement is left out and named in the job's exit status, and the others go on.
     */
    static void forAgreement(JobContext job, String agreementParameter, long agreementId, Runnable part) {
        try {
            part.run();
        } catch (DomainException e) {
            if (agreement(agreementParameter) != null) {
                throw e;
            }
            MonthStepOutcome.leftOut(job, new AgreementNotClosed(agreementId, e.getMessage()));
        }
    }

    /**
     * What an agreement's part done on another thread came to: its value, or what stopped it, thrown
     * as the part itself threw it (a business rule's refusal stays one, so {@link #forAgreement} can
     * leave the agreement out).
     */
    static <T> T awaited(Future<T> part, long agreementId) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while agreement " + agreementId + " was worked on", e);
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException domain) {
                    throw domain;
                }
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    static Long agreement(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("job parameter agreement must be an agreement's id, was '" + value + "'");
        }
    }
}
