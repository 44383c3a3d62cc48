package org.servicelevel.interfaces.rest.ticket;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * A new ticket. {@code customer} is the customer's code (a customer user's own organisation is
 * used for them); {@code service} a service code of the agreement; {@code agreement} (a number) and
 * {@code priority} may be left out for the selection rules to choose; {@code channel} is PORTAL,
 * EMAIL, PHONE, API (default) or MONITORING; {@code parent} a ticket number; {@code externalReference}
 * the ticket's id in the calling system. {@code impact} and {@code urgency} (HIGH, MEDIUM, LOW), given
 * together instead of a priority, let the agreement's impact × urgency matrix choose the priority; a
 * priority given as well wins, and an agreement without a matrix chooses as if they were left out.
 * The ticket keeps them either way.
 */
public class TicketRequest {

    public String customer;
    public RequesterRequest requester;
    @Schema(required = true)
    public String title;
    @MultiLine
    public String description;
    public String service;
    public String agreement;
    public Integer priority;
    @Schema(enumeration = {"HIGH", "MEDIUM", "LOW"}, description = "Impact on the customer's business; give it"
            + " with urgency instead of a priority")
    public String impact;
    @Schema(enumeration = {"HIGH", "MEDIUM", "LOW"}, description = "How soon it hurts; give it with impact")
    public String urgency;
    public String requestType;
    public Set<String> tags;
    public String channel;
    public String region;
    public String assignee;
    public String supportGroup;
    public String parent;
    public String externalReference;

    /** Who asked: a username of this installation, or a name and e-mail address. */
    public static class RequesterRequest {
        public String username;
        public String name;
        public String email;
    }
}
