package org.servicelevel.application.selection;

import java.util.Set;
import org.servicelevel.domain.model.selection.Channel;

/**
 * A selection rule as a client sends it: its position (lower first; {@code null} places a new rule
 * after the others), name, whether it is enabled, its conditions (empty ones hold for every ticket)
 * and the agreement (by number) and optional priority it selects.
 */
public record SelectionRuleChange(Integer position, String name, Boolean enabled, String customer, String service,
                                  String requestType, Channel channel, String region, Set<String> tags,
                                  String agreement, Integer priority) {
}
