package org.servicelevel.domain.model.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores and finds survey campaigns. */
public interface CampaignRepository {

    Optional<Campaign> findById(long id);

    /** The campaign, its row locked until the transaction ends: answers are entered one entry after the other. */
    Optional<Campaign> lockById(long id);

    /** The campaigns of an agreement, latest due date first. */
    List<Campaign> findByAgreement(long agreementId);

    /**
     * The campaign of the agreement completed last on or before {@code date} (of two completed on the
     * same day, the one completed later).
     */
    Optional<Campaign> lastCompletedOnOrBefore(long agreementId, LocalDate date);

    Campaign store(Campaign campaign);
}
