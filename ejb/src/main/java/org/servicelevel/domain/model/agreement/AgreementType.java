package org.servicelevel.domain.model.agreement;

/**
 * What kind of promise an agreement is: a service level agreement with a customer ({@link #SLA}), an
 * operational level agreement between internal groups ({@link #OLA}), or an underpinning contract
 * with a supplier ({@link #UC}). OLAs and UCs exist to keep SLAs: they may underpin an SLA's targets.
 */
public enum AgreementType {
    SLA, OLA, UC
}
