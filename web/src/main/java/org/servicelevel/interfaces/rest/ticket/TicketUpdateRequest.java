package org.servicelevel.interfaces.rest.ticket;

import java.util.Set;

/**
 * A change to a ticket; fields left out stay as they are. A new {@code priority} recalculates the
 * clocks' targets from registration ({@code priorityReason} is kept in the history); a new
 * {@code supportGroup} at a higher line adds the agreement's extension; {@code parent} "" unlinks.
 */
public class TicketUpdateRequest {

    public String title;
    public String description;
    public String requestType;
    public Set<String> tags;
    public String region;
    public Integer priority;
    public String priorityReason;
    public String assignee;
    public String supportGroup;
    public String parent;
}
