package org.servicelevel.domain.model.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores and finds outage records. */
public interface OutageRepository {

    Optional<Outage> findById(long id);

    /**
     * Outages of a service (all if null) overlapping {@code [from, to)} (open ends if null), affecting
     * the customer (all customers' outages too) or all customers if {@code customerId} is null.
     */
    List<Outage> find(String serviceCode, Long customerId, Instant from, Instant to);

    Outage store(Outage outage);

    void remove(Outage outage);
}
