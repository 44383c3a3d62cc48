package org.servicelevel.interfaces.web.selection;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.servicelevel.domain.model.selection.Channel;

/**
 * What a rule's conditions look at, as a form holds it: the customer's code, the service code, the
 * request type, the channel, the region and tags. A rule's form edits its conditions with it; the
 * box that tries the rules enters a ticket's facts with it.
 */
public class RuleConditions implements Serializable {

    private static final long serialVersionUID = 1L;

    private String customer;
    private String service;
    private String requestType;
    private Channel channel;
    private String region;
    private List<String> tags = new ArrayList<>();

    /** Whether a customer is chosen. */
    public boolean hasCustomer() {
        return customer != null && !customer.isBlank();
    }

    /** The customer's code, or {@code null} for none. */
    public String customerOrNull() {
        return hasCustomer() ? customer : null;
    }

    public Set<String> tagSet() {
        return new LinkedHashSet<>(tags);
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }
}
