package org.servicelevel.batch.housekeeping;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the ids of API tokens that expired or were revoked more than {@code retentionDays} ago.
 * The cut-off is fixed when the step opens, so a restart works on the same set.
 */
@Named
public class ExpiredApiTokenReader extends AbstractItemReader {

    private static final int MAX_PER_RUN = 100_000;

    @Inject
    @BatchProperty
    private String retentionDays;

    @Inject
    private TokenHousekeeping housekeeping;

    @Inject
    private Clock clock;

    private Iterator<Long> ids;

    @Override
    public void open(Serializable checkpoint) {
        long days = retentionDays == null || retentionDays.isBlank() ? 30 : Long.parseLong(retentionDays.strip());
        if (days < 0) {
            throw new IllegalArgumentException("retentionDays must not be negative, was " + days);
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        List<Long> found = housekeeping.expiredTokenIds(cutoff, MAX_PER_RUN);
        ids = found.iterator();
    }

    @Override
    public Object readItem() {
        return ids.hasNext() ? ids.next() : null;
    }
}
