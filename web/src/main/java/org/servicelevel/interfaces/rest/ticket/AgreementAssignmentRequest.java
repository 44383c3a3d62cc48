package org.servicelevel.interfaces.rest.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The agreement for a ticket registered without one: the number of the customer's SLA and, optionally,
 * the priority (else the one the ticket was registered with, else the one the agreement gives its
 * request type).
 */
public class AgreementAssignmentRequest {

    @Schema(required = true, description = "The number of an SLA of the ticket's customer that applied on the"
            + " registration day and covers the ticket's service")
    public String agreement;
    @Schema(description = "One of the agreement's priorities")
    public Integer priority;
}
