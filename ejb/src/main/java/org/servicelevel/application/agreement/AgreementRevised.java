package org.servicelevel.application.agreement;

import java.time.Instant;

/**
 * An agreement's terms in force or its lifecycle changed (an approved version, an activation, a
 * termination, a changed validity), fired in the transaction of the change: whatever planned ahead
 * from the agreement (the escalation of its tickets' clocks) plans again once the change commits.
 */
public record AgreementRevised(long agreementId, Instant at) {
}
