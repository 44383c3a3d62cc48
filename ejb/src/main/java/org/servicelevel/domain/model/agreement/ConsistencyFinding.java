package org.servicelevel.domain.model.agreement;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing wrong between an agreement and the one it must fit: an OLA or UC target that can run
 * past the SLA target it underpins, working hours that do not cover the SLA's service hours, a support
 * path whose steps take longer than the SLA allows, or a child agreement that loosens a target it
 * inherits.
 *
 * @param kind          what is wrong
 * @param agreement     the agreement that has to change to fix it (the OLA, UC or child)
 * @param reference     the agreement it must fit (the SLA or parent)
 * @param serviceCode   the reference's service concerned, if any
 * @param priority      the reference's priority concerned, if any
 * @param target        the reference's target concerned, if any
 * @param message       what is wrong, in words a manager can act on
 * @param example       a ticket registration instant that shows the problem, if there is one
 * @param excess        by how much the worst case exceeds what is allowed, if measurable
 */
public record ConsistencyFinding(Kind kind, String agreement, String reference, String serviceCode, Integer priority,
                                 TargetKind target, String message, Instant example, Duration excess) {

    /** The kinds of inconsistency the check finds. */
    public enum Kind {
        /** The underpinned SLA does not exist. */
        UNKNOWN_SLA,
        /** The underpinned SLA has no such service, priority or target in force. */
        UNKNOWN_SLA_TARGET,
        /** An underpinning target can end later than the SLA target it supports. */
        LOOSER_THAN_SLA,
        /** The underpinning party's working hours leave part of the SLA service hours uncovered. */
        SERVICE_HOURS_NOT_COVERED,
        /** The steps of a support path, one after the other, can take longer than the SLA target. */
        PATH_EXCEEDS_SLA,
        /** A child agreement's target can end later than the parent's target it inherits. */
        LOOSER_THAN_PARENT,
        /** A calendar has no working time left in the period checked, so a target can never be met. */
        NO_WORKING_TIME,
        /** Two underpinning links claim the same step of a support path. */
        STEP_CLAIMED_TWICE,
        /** An underpinning agreement ends before the SLA it underpins. */
        UNDERPINNING_ENDS_FIRST,
        /** An SLA target on a service that OLAs or UCs underpin is itself underpinned by none. */
        NOT_UNDERPINNED
    }

    public ConsistencyFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
