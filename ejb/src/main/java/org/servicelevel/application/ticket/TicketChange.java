package org.servicelevel.application.ticket;

import java.util.Set;

/**
 * A change to a ticket's fields: what it says, its priority (with the reason), its assignee and
 * support group, and its parent ticket (by number; blank for none). {@code null} leaves a field as it is.
 */
public record TicketChange(String title, String description, String requestType, Set<String> tags, String region,
                           Integer priority, String priorityReason, String assignee, String supportGroup,
                           String parent) {
}
