package org.servicelevel.interfaces.rest.ticket;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * Tickets with their history, for migrating from another help desk or replaying a month. Each ticket
 * is imported whole or not at all; a ticket whose {@code externalReference} exists for its customer
 * is reported as a duplicate.
 */
public class TicketImportRequest {

    @Schema(required = true)
    public List<ImportedTicketRequest> tickets;

    /** A ticket as registered at {@code registeredAt}, and its events in order of time. */
    public static class ImportedTicketRequest extends TicketRequest {
        @Schema(required = true)
        public String registeredAt;
        public List<EventRequest> events;
    }

    /**
     * An event: {@code type} STATUS ({@code to}, {@code text} as note), PRIORITY ({@code priority},
     * {@code text} as reason), ASSIGNMENT ({@code assignee}, {@code group}) or COMMENT ({@code text},
     * {@code visibleToCustomer}); {@code at} an offset date-time; {@code actor} who did it;
     * {@code byCustomer} whether the customer did.
     */
    public static class EventRequest {
        public String at;
        public String type;
        public String actor;
        public Boolean byCustomer;
        public String to;
        public Integer priority;
        public String assignee;
        public String group;
        @MultiLine
        public String text;
        public Boolean visibleToCustomer;
    }
}
