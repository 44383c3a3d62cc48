package org.servicelevel.application.ticket;

import java.time.Instant;
import java.util.Set;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.selection.Channel;

/**
 * A new ticket as a client sends it. Codes name the customer, service and support group; an agreement
 * number and priority may be given, otherwise the selection rules choose them. {@code registeredAt}
 * is only used when a ticket is imported with its history (a live ticket is registered now).
 * {@code impact} and {@code urgency}, given together, let the agreement's impact × urgency matrix
 * choose the priority when no priority is given.
 */
public record TicketDraft(String customer, String requesterUsername, String requesterName, String requesterEmail,
                          String title, String description, String service, String agreement, Integer priority,
                          MatrixLevel impact, MatrixLevel urgency, String requestType, Set<String> tags, Channel channel, String region, String assignee,
                          String supportGroup, String parent, String externalReference, Instant registeredAt) {
}
