package org.servicelevel.interfaces.rest.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * A status move: the status to move to and an optional note. A note by staff is internal unless
 * {@code visibleToCustomer} is true; a customer's note is always visible to the customer.
 */
public class TransitionRequest {

    @Schema(required = true)
    public String to;
    @MultiLine
    public String note;
    public Boolean visibleToCustomer;
}
