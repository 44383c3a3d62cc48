package org.servicelevel.interfaces.rest.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * An agreement as sent by a client, for create and update (and inside an agreement document).
 * Parties are codes ({@code customer} for an SLA, {@code providerGroup} and {@code consumerGroup} for
 * an OLA, {@code providerGroup} for a UC), {@code parent} is an agreement number, dates are ISO-8601
 * days in the agreement's {@code timeZone} (default: the zone of the first service's calendar).
 * {@code effectiveFrom} (default: tomorrow) and {@code changeNote} apply when an agreement in force
 * gets new terms; such a change is an amendment that takes effect once approved ({@code amendmentApproval}
 * says by whom).
 */
public class AgreementRequest {

    @Schema(required = true)
    public String number;
    @Schema(required = true)
    public String type;
    @Schema(required = true)
    public String title;
    public String customer;
    public String providerGroup;
    public String consumerGroup;
    public String parent;
    public String timeZone;
    public String validFrom;
    public String validTo;
    public String reviewDate;
    public String owner;
    @Schema(description = "Who approves amendments before they take effect: PROVIDER (a manager other than the"
            + " author, the default) or BOTH_PARTIES (that manager and a user of the customer)")
    public String amendmentApproval;
    public String effectiveFrom;
    @MultiLine
    public String changeNote;
    public TermsRequest terms;
}
