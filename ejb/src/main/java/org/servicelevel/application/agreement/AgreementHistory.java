package org.servicelevel.application.agreement;

import java.util.List;
import java.util.Map;
import org.servicelevel.domain.model.agreement.AgreementTerms;

/**
 * An agreement with every version's own terms (nothing inherited), as an agreement document carries
 * it: the agreement as read, the highest version number given so far (withdrawn versions included),
 * the versions in the order they take effect, and the names of the calendars any of them uses.
 */
public record AgreementHistory(AgreementDetails agreement, int lastVersionNumber, List<Version> versions,
                               Map<Long, String> calendarNames) {

    /** One version: its summary and its own terms. */
    public record Version(AgreementDetails.VersionSummary summary, AgreementTerms terms) {
    }
}
