package org.servicelevel.domain.model.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.NamedQuery;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Which campaign a month reads is decided in the database, by the JPQL of {@code
 * Campaign.findCompletedOnOrBefore} (the repository takes its first row). No database in unit tests, so
 * the query text is held to docs/surveys.md: "the last campaign of the agreement completed on or before
 * the month's last day (of two completed on the same day, the one completed later) ... Open campaigns
 * never count." The survey service tests use an in-memory repository that does exactly this.
 */
class SurveyQueryContractTest {

    @Test
    void theLastCampaignCompletedOnOrBeforeTheDayAndOfOneDayTheOneCompletedLaterComesFirst() {
        NamedQuery query = Arrays.stream(Campaign.class.getAnnotationsByType(NamedQuery.class))
                .filter(q -> q.name().equals("Campaign.findCompletedOnOrBefore")).findFirst().orElseThrow();
        assertEquals("SELECT c FROM Campaign c WHERE c.agreementId = :agreement"
                + " AND c.status = org.servicelevel.domain.model.survey.CampaignStatus.COMPLETED"
                + " AND c.completedOn <= :date ORDER BY c.completedOn DESC, c.completedAt DESC, c.id DESC",
                query.query());
    }
}
