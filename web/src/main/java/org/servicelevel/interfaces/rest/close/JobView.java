package org.servicelevel.interfaces.rest.close;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.servicelevel.batch.JobStatus;

/**
 * An execution of a month's job: its state ({@code STARTING}, {@code STARTED}, {@code STOPPING},
 * {@code STOPPED}, {@code FAILED}, {@code COMPLETED}, {@code ABANDONED}), its exit status (what it did
 * or why it failed), parameters, times and steps with their counts. The collecting step reads pages
 * of up to 500 tickets, the closing steps one agreement per item.
 */
public record JobView(long id, long run, String job, String state, String exitStatus, String failure,
                      Map<String, String> parameters, Instant createdAt, Instant startedAt, Instant endedAt,
                      Instant updatedAt, List<StepView> steps) {

    /** One step: its state, items read, written and skipped, commits and rollbacks. */
    public record StepView(String name, String state, String exitStatus, long read, long written, long skipped,
                           long commits, long rollbacks, Instant startedAt, Instant endedAt) {
    }

    static JobView of(JobStatus s) {
        String failure = "FAILED".equals(s.state()) && s.exitStatus() != null && s.exitStatus().startsWith("FAILED: ")
                ? s.exitStatus().substring("FAILED: ".length()) : null;
        return new JobView(s.id(), s.instanceId(), s.job(), s.state(), s.exitStatus(), failure, s.parameters(),
                s.createdAt(), s.startedAt(), s.endedAt(), s.updatedAt(), s.steps().stream()
                .map(t -> new StepView(t.name(), t.state(), t.exitStatus(), t.read(), t.written(), t.skipped(),
                        t.commits(), t.rollbacks(), t.startedAt(), t.endedAt())).toList());
    }
}
