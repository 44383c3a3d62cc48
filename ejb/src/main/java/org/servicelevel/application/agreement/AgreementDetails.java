package org.servicelevel.application.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.AmendmentApproval;
import org.servicelevel.domain.model.agreement.AmendmentStatus;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;
import org.servicelevel.domain.model.agreement.ConsistencyReport;

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
                               Consistency consistency, AmendmentApproval amendmentApproval) {

    /** Whose escalation rules govern the tickets of the shown version. */
    public enum EscalationPolicy {
        /** The version's own rules. */
        OWN,
        /** The parent agreement's rules, as the version names none. */
        INHERITED,
        /** The default policy, as neither the version nor a parent names rules. */
        DEFAULT
    }

    public EscalationPolicy escalationPolicy() {
        return !terms.escalations().isEmpty() ? EscalationPolicy.OWN
                : effectiveTerms.escalations().isEmpty() ? EscalationPolicy.DEFAULT : EscalationPolicy.INHERITED;
    }

    /** A party or a related agreement: its id, code (or number) and name (or title). */
    public record PartyRef(long id, String code, String name) {
    }

    /**
     * One version: when it takes effect, who made it and why, whether it governs today, and where it
     * stands as an amendment (draft or approved, by whom and when, for the provider and the customer).
     */
    public record VersionSummary(int number, LocalDate effectiveFrom, Instant createdAt, String createdBy, String note,
                                 boolean inForce, AmendmentStatus status, String approvedBy, Instant approvedAt,
                                 String customerApprovedBy, Instant customerApprovedAt) {
    }

    /**
     * A result of the consistency check ({@code null}s and empty lists if it never ran): the day it
     * speaks of, when it was computed and last confirmed, over which period, what made it run, the
     * agreement and calendar versions it checked and the findings of that day, and the same for each
     * upcoming day within the period on which a version takes effect.
     */
    public record Consistency(LocalDate checkedOn, Instant checkedAt, Instant confirmedAt, Instant checkedFrom,
                              Instant checkedTo, String trigger, List<ConsistencyReport.CheckedVersion> checked,
                              List<ConsistencyFinding> findings, List<ConsistencyReport.Day> upcoming) {

        /** No result yet. */
        public static Consistency none() {
            return new Consistency(null, null, null, null, null, null, List.of(), List.of(), List.of());
        }

        /** Whether nothing was found, neither on the day checked nor on an upcoming day. */
        public boolean consistent() {
            return findings.isEmpty() && upcoming.stream().allMatch(d -> d.findings().isEmpty());
        }

        /** The number of findings, of the day checked and of the upcoming days together. */
        public int findingCount() {
            return findings.size() + upcoming.stream().mapToInt(d -> d.findings().size()).sum();
        }
    }
}
