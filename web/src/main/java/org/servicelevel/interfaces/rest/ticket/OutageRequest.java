package org.servicelevel.interfaces.rest.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * An outage: the service code that was down, optionally the customer's code (none: every customer of
 * the service) and the ticket number that reported it, when it began and ended (offset date-times;
 * leave {@code end} out while it lasts).
 */
public class OutageRequest {

    @Schema(required = true)
    public String service;
    public String customer;
    public String ticket;
    @Schema(required = true)
    public String start;
    public String end;
    @MultiLine
    public String description;
}
