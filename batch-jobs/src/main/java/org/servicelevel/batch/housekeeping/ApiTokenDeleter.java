package org.servicelevel.batch.housekeeping;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Deletes one chunk of expired API tokens in one transaction. */
@Named
public class ApiTokenDeleter extends AbstractItemWriter {

    @Inject
    private TokenHousekeeping housekeeping;

    @Override
    public void writeItems(List<Object> items) {
        housekeeping.delete(items.stream().map(Long.class::cast).toList());
    }
}
