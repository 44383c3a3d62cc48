package org.servicelevel.interfaces.rest.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/** A comment; {@code visibleToCustomer} false makes it an internal note (customers' comments are always visible). */
public class CommentRequest {

    @MultiLine
    @Schema(required = true)
    public String text;
    public Boolean visibleToCustomer;
}
