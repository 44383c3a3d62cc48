package org.servicelevel.application.ticket;

import java.time.Instant;
import java.util.List;

/**
 * Records of service downtime. Staff record and correct them; customer users read those of their own
 * organisation and those affecting every customer.
 */
public interface OutageService {

    /** An outage as a client sends it: the service code, optionally the customer (code) and ticket (number). */
    record OutageChange(String service, String customer, String ticket, Instant start, Instant end, String description) {
    }

    /** An outage as shown; {@code durationSeconds} counts until now while it lasts. */
    record OutageDetails(long id, long version, String service, String customer, String ticket, Instant start,
                         Instant end, long durationSeconds, String description, String createdBy) {
    }

    List<OutageDetails> list(String service, String customer, Instant from, Instant to);

    OutageDetails find(long id);

    OutageDetails create(OutageChange change);

    OutageDetails update(long id, long expectedVersion, OutageChange change);

    void delete(long id, long expectedVersion);
}
