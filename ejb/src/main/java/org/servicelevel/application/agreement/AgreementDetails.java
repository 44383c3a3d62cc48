package org.servicelevel.application.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;

/**
 * An agreement as shown to its readers: the header, every version, the terms of one version
 * ({@code shown}: the one in force on the day asked for, by default today, or the draft) as agreed in
 * it and as completed by the parent agreement, the names of the calendars those terms use, and the
 * latest consistency report (none for a customer's user: the consistency of an SLA with the
 * provider's internal agreements is the provider's business, and an empty report would claim a
 * consistency nobody checked for them).
 */
public record AgreementDetails(long id, long version, String number, AgreementType type, String title,
                               AgreementStatus status, PartyRef customer, PartyRef providerGroup,
                               PartyRef consumerGroup, PartyRef parent, String timeZone, LocalDate validFrom,
                               LocalDate validTo, LocalDate reviewDate, String owner, Instant createdAt,
                               Instant activatedAt, LocalDate terminatedOn, String terminationReason,
                               boolean monitoredToday, List<VersionSummary> versions, VersionSummary shown,
                               AgreementTerms terms, AgreementTerms effectiveTerms, Map<Long, String> calendarNames,
                               Consistency consistency) {

    /** A party or a related agreement: its id, code (or number) and name (or title). */
    public record PartyRef(long id, String code, String name) {
    }

    /** One version: when it takes effect, who made it and why, and whether it governs today. */
    public record VersionSummary(int number, LocalDate effectiveFrom, Instant createdAt, String createdBy, String note,
                                 boolean inForce) {
    }

    /** The consistency findings, when and over which period they were computed ({@code null}s if never). */
    public record Consistency(Instant checkedAt, Instant checkedFrom, Instant checkedTo,
                              List<ConsistencyFinding> findings) {
    }
}
