package org.servicelevel.interfaces.rest.selection;

import java.util.Set;

/** A selection rule: its place in the order, its conditions and what it selects. */
public record SelectionRuleView(long id, long version, int position, String name, boolean enabled,
                                boolean isDefault, String customer, String service, String requestType,
                                String channel, String region, Set<String> tags, long agreementId, String agreement,
                                Integer priority) {
}
