package org.servicelevel.application.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AmendmentRecord;

/**
 * An agreement with its whole history, as an agreement document of format 2 carries it: the header
 * ({@code header}'s terms, {@code effectiveFrom} and {@code changeNote} are not used), every version
 * in the order they take effect, the highest version number given so far ({@code null}: the highest
 * in the list) and the lifecycle state ({@code null}: a draft).
 */
public record AgreementImport(AgreementChange header, List<Version> versions, Integer lastVersionNumber,
                              AgreementStatus status, LocalDate terminatedOn, String terminationReason) {

    public AgreementImport {
        versions = versions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(versions));
    }

    /**
     * One version; {@code serviceCalendars} names the calendar of each service of {@code terms}, in
     * order, by name (or id). Without {@code createdAt} and {@code createdBy} it is the importer's, now;
     * without {@code amendment} it is approved.
     */
    public record Version(Integer number, LocalDate effectiveFrom, AgreementTerms terms, List<String> serviceCalendars,
                          String changeNote, Instant createdAt, String createdBy, AmendmentRecord amendment) {

        public Version {
            serviceCalendars = serviceCalendars == null ? List.of()
                    : Collections.unmodifiableList(new ArrayList<>(serviceCalendars));
        }
    }
}
