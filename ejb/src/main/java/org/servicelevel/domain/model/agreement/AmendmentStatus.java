package org.servicelevel.domain.model.agreement;

/**
 * Where a version stands: a {@link #DRAFT} amendment is proposed and governs nothing; an
 * {@link #APPROVED} version governs the days from its effective date until the next approved one.
 * The first version of an agreement is approved with the agreement itself.
 */
public enum AmendmentStatus {
    DRAFT, APPROVED
}
