package org.servicelevel.domain.model.agreement;

/**
 * Who approves an amendment (a new version of an agreement in force) before it can take effect:
 * {@link #PROVIDER}, a manager other than its author; or {@link #BOTH_PARTIES}, that manager and a
 * user of the customer's organisation (only for agreements with a customer).
 */
public enum AmendmentApproval {
    PROVIDER, BOTH_PARTIES
}
