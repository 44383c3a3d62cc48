package org.servicelevel.interfaces.rest.selection;

import java.util.Set;

/**
 * A ticket as far as choosing its agreement goes. {@code registeredAt} (an offset date-time, default
 * now) decides which agreement version governs it.
 */
public class TicketFactsRequest {

    public String customer;
    public String service;
    public String requestType;
    public Set<String> tags;
    public String channel;
    public String region;
    public String registeredAt;
}
