package org.servicelevel.interfaces.rest.webhook;

import java.util.List;

/** A page of a webhook's deliveries, newest first, and how many there are in all. */
public record DeliveryPageView(List<DeliveryView> items, int page, int size, long total) {
}
