package org.servicelevel.interfaces.rest.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * A webhook subscription as sent by a client. {@code eventTypes} are some of sla.warning,
 * sla.breached, ticket.escalated, ticket.created, ticket.status-changed and ticket.resolved;
 * {@code secret} signs the deliveries and is never answered back (left out of a PUT, the current one
 * stays); {@code customer}, a customer code, limits the events to that customer's tickets;
 * {@code active} is true when left out.
 */
public class WebhookRequest {

    @Schema(required = true, maxLength = 2000, example = "https://helpdesk.example.com/hooks/servicelevel",
            description = "An absolute http(s) URL with a host, without user name, password or fragment; an address"
                    + " in the blocked networks (servicelevel.webhooks.blocked-networks; by default link-local and"
                    + " the unspecified address) is refused")
    @NotBlank(message = "Give the URL that receives the events, e.g. https://example.com/hooks")
    @Size(max = 2000, message = "A URL has at most 2000 characters")
    public String url;

    @Schema(required = true, example = "[\"ticket.created\", \"sla.breached\"]")
    public List<String> eventTypes;

    @Schema(minLength = 16, maxLength = 200, writeOnly = true,
            description = "Signs every delivery (HMAC-SHA256); required when creating, never answered back")
    public String secret;

    public Boolean active;

    @Size(max = 40, message = "A customer code has at most 40 characters")
    public String customer;

    @Size(max = 1000, message = "A description has at most 1000 characters")
    @MultiLine
    public String description;
}
