package org.servicelevel.domain.model.report;

/**
 * Where a month's result stands: a {@code DRAFT} is what the last run computed and is replaced by the
 * next run; an {@code APPROVED} result was accepted by a manager and never changes again.
 */
public enum ResultState {
    DRAFT, APPROVED
}
