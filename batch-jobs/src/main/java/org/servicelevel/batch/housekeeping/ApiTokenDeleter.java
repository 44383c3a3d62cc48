package org.servicelevel.batch.housekeeping;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicelevel.application.identity.IdentityService;

/** Deletes one chunk of expired API tokens in one transaction. */
@Named
public class ApiTokenDeleter extends AbstractItemWriter {

    @Inject
    private IdentityService identity;

    @Override
    public void writeItems(List<Object> items) {
        identity.deleteTokens(items.stream().map(Long.class::cast).toList());
    }
}
