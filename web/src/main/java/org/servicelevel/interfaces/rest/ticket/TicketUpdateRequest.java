package org.servicelevel.interfaces.rest.ticket;

import java.util.Set;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * A change to a ticket; fields left out stay as they are. A new {@code priority} recalculates the
 * clocks' targets from registration ({@code priorityReason} is kept in the history); a new
 * {@code supportGroup} at a higher line adds the agreement's extension; {@code parent} "" unlinks.
 */
public class TicketUpdateRequest {

    public String title;
    @MultiLine
    public String description;
    public String requestType;
    public Set<String> tags;
    public String region;
    public Integer priority;
    @MultiLine
    public String priorityReason;
    public String assignee;
    public String supportGroup;
    public String parent;
}
