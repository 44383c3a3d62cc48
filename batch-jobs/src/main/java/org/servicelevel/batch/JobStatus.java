package org.servicelevel.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a batch job's execution stands: its state (a Jakarta Batch status such as {@code STARTED},
 * {@code COMPLETED}, {@code FAILED}), its exit status (what it did, or why it failed), its parameters,
 * and each step with the items read, written and skipped.
 */
public record JobStatus(long id, long instanceId, String job, String state, String exitStatus,
                        Map<String, String> parameters, Instant createdAt, Instant startedAt, Instant endedAt,
                        Instant updatedAt, List<StepStatus> steps) {

    public JobStatus {
        parameters = Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    /** One step of the execution: its state and counts. */
    public record StepStatus(String name, String state, String exitStatus, long read, long written, long skipped,
                             long commits, long rollbacks, Instant startedAt, Instant endedAt) {
    }

    /** Whether the execution has ended, one way or another. */
    public boolean ended() {
        return endedAt != null || List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(state);
    }
}
