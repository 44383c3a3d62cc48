package org.servicelevel.domain.model.agreement;

import java.time.Instant;

/**
 * Where a version stood as an amendment where it was made: {@code status} ({@code null}: approved)
 * and who approved it when, for the provider and for the customer. Agreement documents carry it so an
 * import restores draft amendments as drafts and approvals as they were given.
 */
public record AmendmentRecord(AmendmentStatus status, String approvedBy, Instant approvedAt, String customerApprovedBy,
                              Instant customerApprovedAt) {
}
