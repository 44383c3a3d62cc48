package org.servicelevel.batch.report;

/**
 * One agreement's month could not be closed (e.g. its terms set no fee, a ticket has a priority its
 * terms no longer have): in a run over every agreement it is skipped and named in the job's exit
 * status, and the others are closed.
 */
public class AgreementNotClosed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgreementNotClosed(long agreementId, String reason) {
        super("agreement " + agreementId + ": " + reason);
    }
}
