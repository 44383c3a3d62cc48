package org.servicelevel.interfaces.rest.selection;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A selection rule as sent by a client. Conditions left out hold for every ticket; a rule without
 * conditions is the default. {@code agreement} is an SLA number; {@code priority} (optional) fixes the
 * priority, otherwise it follows from the ticket's request type. {@code channel} is one of PORTAL,
 * EMAIL, PHONE, API, MONITORING.
 */
public class SelectionRuleRequest {

    public Integer position;
    @Schema(required = true)
    public String name;
    public Boolean enabled;
    public String customer;
    public String service;
    public String requestType;
    public String channel;
    public String region;
    public Set<String> tags;
    @Schema(required = true)
    public String agreement;
    public Integer priority;
}
