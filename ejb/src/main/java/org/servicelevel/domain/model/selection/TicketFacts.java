package org.servicelevel.domain.model.selection;

import static org.servicelevel.domain.Texts.strippedOrNull;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is known about a new ticket when its agreement and priority are chosen: the customer's code,
 * the service code, the kind of request, its tags, the channel it came through, the region, and when
 * it is registered (which decides the agreement version that governs it). Codes, tags and regions are
 * compared without regard to case.
 */
public record TicketFacts(String customerCode, String serviceCode, String requestType, Set<String> tags,
                          Channel channel, String region, Instant registeredAt) {

    public TicketFacts {
        customerCode = strippedOrNull(customerCode);
        serviceCode = strippedOrNull(serviceCode);
        requestType = strippedOrNull(requestType);
        region = strippedOrNull(region);
        tags = tags == null ? Set.of() : tags.stream().filter(Objects::nonNull).map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

}
