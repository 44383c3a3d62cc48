package org.servicelevel.application.selection;

import java.util.List;

/**
 * Which agreement would apply to a ticket: the rule that matched, the agreement and the version in
 * force on the registration day, the service and priority with its targets, or nothing; and how each
 * rule was decided. Targets are ISO-8601 working durations ({@code null} when the priority has none).
 */
public record SelectionOutcome(boolean matched, Long ruleId, String ruleName, Long agreementId, String agreement,
                               Integer agreementVersion, String service, String serviceCalendar, Integer priority,
                               String priorityName, String priorityReason, String responseTarget,
                               String resolutionTarget, List<String> trace) {
}
