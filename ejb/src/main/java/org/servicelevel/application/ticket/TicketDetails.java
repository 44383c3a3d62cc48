package org.servicelevel.application.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.servicelevel.domain.model.escalation.EscalationStanding;
import java.util.Set;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.selection.Channel;

/**
 * A ticket as shown to its readers, with its SLA clocks computed as of {@code clocksAsOf} on the
 * calendar of its service ({@code calendar}, in {@code timeZone}). {@code inheritedVersions} names the
 * version of each parent agreement whose terms the ticket's agreement version inherits, as
 * {@code SLA-FRAME v2}: those in force on the registration day, which never change afterwards.
 *
 * <p>A ticket {@code withoutAgreement} (no selection rule found one and none was assigned yet) has no
 * agreement, version, calendar, time zone or clocks, and a priority only if the caller gave one.
 * {@code impact} and {@code urgency} are those the ticket was registered with, or null.
 * {@code escalation} says, per clock metric, how far its escalation has gone and what comes next.
 */
public record TicketDetails(long id, long version, String number, String externalReference, String customer,
                            String customerName, String requesterUsername, String requesterName,
                            String requesterEmail, String title, String description, String service,
                            String serviceName, Long agreementId, String agreement, Integer agreementVersion,
                            boolean withoutAgreement, List<String> inheritedVersions,
                            Integer priority, String priorityName, MatrixLevel impact, MatrixLevel urgency,
                            String requestType, Set<String> tags, Channel channel,
                            String region, String assignee, String supportGroup, Integer supportLine, String status,
                            String statusName, StatusCategory statusCategory, Instant registeredAt,
                            Instant firstResponseAt, Instant resolvedAt, Instant closedAt, String parent,
                            List<String> children, String calendar, String timeZone, Instant clocksAsOf,
                            List<SlaClock> clocks, Map<String, EscalationStanding> escalation) {

    public TicketDetails {
        escalation = escalation == null ? Map.of() : Map.copyOf(escalation);
    }
}
