package org.servicelevel.domain.model.report;

/**
 * The outcome of checking one figure against its target. Only {@link #NOT_MET} fails: a figure with
 * nothing to measure (a priority without resolved tickets, a month without service hours) is met and
 * shown as "—", and a figure without a target has nothing to fail.
 */
public enum Check {
    MET, NOT_MET, NOTHING_TO_MEASURE, NO_TARGET;

    /** Whether the figure counts as met. */
    public boolean met() {
        return this != NOT_MET;
    }

    static Check of(boolean met) {
        return met ? MET : NOT_MET;
    }
}
