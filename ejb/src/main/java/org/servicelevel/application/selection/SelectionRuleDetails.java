package org.servicelevel.application.selection;

import java.util.Set;
import org.servicelevel.domain.model.selection.Channel;

/** A selection rule as shown: conditions, the agreement it selects and whether it is the default. */
public record SelectionRuleDetails(long id, long version, int position, String name, boolean enabled,
                                   boolean isDefault, String customer, String service, String requestType,
                                   Channel channel, String region, Set<String> tags, long agreementId,
                                   String agreement, Integer priority) {
}
