package org.servicelevel.batch.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.application.report.MonthCloseService;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.batch.JobStatus;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;

/**
 * Starts the month's jobs for staff and the monthly timer, and reports on, stops and restarts their
 * executions. A job is started only for a month and agreement that can be closed, so a wrong request
 * is refused at once with the reason instead of failing later in the background. Jobs start outside
 * a container transaction (bean-managed transactions).
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
@DeclareRoles(Role.Names.SYSTEM)
public class MonthCloseJobs {

    private static final List<String> JOBS = List.of(MonthJobs.REPORT, MonthJobs.ADJUSTMENT);

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    @Inject
    private MonthCloseService close;

    @Inject
    private CallerContext callers;

    @Inject
    private Logger log;

    @Resource
    private SessionContext session;

    /** Starts the monthly report of the agreement's month ({@code null}: every agreement whose month closes). */
    public JobStatus startReport(YearMonth month, Long agreementId) {
        return start(MonthJobs.REPORT, month, agreementId);
    }

    /**
     * Starts the monthly report of the agreement's month ({@code null}: every agreement whose month
     * closes), and once it completed the adjustment of the same month and agreements: both of the
     * month's jobs, as the monthly timer runs them.
     */
    public JobStatus startReportThenAdjustment(YearMonth month, Long agreementId) {
        return start(MonthJobs.REPORT, month, agreementId, MonthJobs.ADJUSTMENT);
    }

    /** Starts the adjustment of the quality score and invoice of the agreement's month ({@code null}: every agreement). */
    public JobStatus startAdjustment(YearMonth month, Long agreementId) {
        return start(MonthJobs.ADJUSTMENT, month, agreementId);
    }

    /** The execution of a month's job. */
    public JobStatus status(long executionId) {
        return status(execution(executionId));
    }

    /**
     * Restarts a failed or stopped execution from its last checkpoint, as a new execution of the same
     * run. An execution whose server died under it still reads as running; it is taken up by a new
     * execution of the same run, which goes on from the pages the run kept.
     */
    public JobStatus restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (diedWithItsServer(execution)) {
            return takeUp(execution);
        }
        try {
            long restarted = operator().restart(executionId, execution.getJobParameters());
            log.info(() -> "Job " + execution.getJobName() + " execution " + executionId + " restarted as "
                    + restarted + " by " + callers.actor(session));
            return status(restarted);
        } catch (JobRestartException | JobExecutionNotMostRecentException | JobExecutionAlreadyCompleteException e) {
            throw new ConflictException("Execution " + executionId + " is " + execution.getBatchStatus()
                    + ": only the latest execution of a run that failed or was stopped restarts");
        }
    }

    private JobStatus takeUp(JobExecution execution) {
        JobOperator operator = operator();
        Properties parameters = new Properties();
        Properties given = execution.getJobParameters();
        if (given != null) {
            given.stringPropertyNames().forEach(name -> parameters.setProperty(name, given.getProperty(name)));
        }
        String run = parameters.getProperty(MonthJobs.RUN, "");
        if (run.isBlank()) {
            run = Long.toString(operator.getJobInstance(execution.getExecutionId()).getInstanceId());
        }
        for (long running : operator.getRunningExecutions(execution.getJobName())) {
            Properties other = operator.getParameters(running);
            if (running != execution.getExecutionId() && other != null && run.equals(other.getProperty(MonthJobs.RUN))
                    && !diedWithItsServer(operator.getJobExecution(running))) {
                throw new ConflictException("Execution " + running + " has already taken up the run of execution "
                        + execution.getExecutionId());
            }
        }
        parameters.setProperty(MonthJobs.RUN, run);
        parameters.setProperty(MonthJobs.REQUESTED_BY, callers.actor(session));
        long taken = operator.start(execution.getJobName(), parameters);
        String runId = run;
        log.info(() -> "Job " + execution.getJobName() + " execution " + execution.getExecutionId() + " died with its"
                + " server; execution " + taken + " takes up run " + runId);
        return status(taken);
    }

    /**
     * Whether the execution reads as running but has not changed since before this server started:
     * the server that ran it stopped under it (killed, crashed), and nothing will move it on.
     */
    private static boolean diedWithItsServer(JobExecution execution) {
        Date updated = execution.getLastUpdatedTime() != null ? execution.getLastUpdatedTime()
                : execution.getCreateTime();
        return RUNNING.contains(execution.getBatchStatus()) && updated != null
                && updated.getTime() < ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Asks a running execution to stop after its current chunk; it can be restarted later. */
    public JobStatus stop(long executionId) {
        JobExecution execution = execution(executionId);
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new ConflictException("Execution " + executionId + " is " + execution.getBatchStatus()
                    + ": only a running execution stops");
        }
        log.info(() -> "Job " + execution.getJobName() + " execution " + executionId + " asked to stop by "
                + callers.actor(session));
        return status(executionId);
    }

    private JobStatus start(String job, YearMonth month, Long agreementId) {
        return start(job, month, agreementId, null);
    }

    private JobStatus start(String job, YearMonth month, Long agreementId, String then) {
        close.agreementsToClose(month, agreementId);
        Properties parameters = new Properties();
        if (then != null) {
            parameters.setProperty(MonthJobs.THEN, then);
        }
        parameters.setProperty(MonthJobs.MONTH, month.toString());
        parameters.setProperty(MonthJobs.AGREEMENT, agreementId == null ? "" : agreementId.toString());
        parameters.setProperty(MonthJobs.REQUESTED_BY, callers.actor(session));
        long executionId = operator().start(job, parameters);
        log.info(() -> "Job " + job + " for " + month + (agreementId == null ? " (every agreement)"
                : " (agreement " + agreementId + ")") + " started as execution " + executionId + " by "
                + parameters.getProperty(MonthJobs.REQUESTED_BY));
        return status(executionId);
    }

    private JobExecution execution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (execution == null || !JOBS.contains(execution.getJobName())) {
                throw new NotFoundException("There is no execution " + executionId + " of the month's jobs");
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("There is no execution " + executionId + " of the month's jobs");
        }
    }

    private JobStatus status(JobExecution execution) {
        JobOperator operator = operator();
        List<JobStatus.StepStatus> steps = operator.getStepExecutions(execution.getExecutionId()).stream()
                .sorted(Comparator.comparing(StepExecution::getStartTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(MonthCloseJobs::step).toList();
        Map<String, String> parameters = new LinkedHashMap<>();
        Properties given = execution.getJobParameters();
        if (given != null) {
            given.stringPropertyNames().stream().sorted().forEach(name -> parameters.put(name, given.getProperty(name)));
        }
        long instanceId = operator.getJobInstance(execution.getExecutionId()).getInstanceId();
        return new JobStatus(execution.getExecutionId(), instanceId, execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(), parameters,
                instant(execution.getCreateTime()), instant(execution.getStartTime()), instant(execution.getEndTime()),
                instant(execution.getLastUpdatedTime()), steps);
    }

    private static JobStatus.StepStatus step(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = new LinkedHashMap<>();
        if (step.getMetrics() != null) {
            for (Metric metric : step.getMetrics()) {
                metrics.put(metric.getType(), metric.getValue());
            }
        }
        long skipped = metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                + metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                + metrics.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L);
        return new JobStatus.StepStatus(step.getStepName(), step.getBatchStatus().name(), step.getExitStatus(),
                metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L), skipped,
                metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L), instant(step.getStartTime()),
                instant(step.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
