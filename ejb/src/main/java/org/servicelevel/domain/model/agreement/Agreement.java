package org.servicelevel.domain.model.agreement;

import static org.servicelevel.domain.Texts.strippedOrNull;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.PastVersions;
import org.servicelevel.domain.TimeZones;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.domain.model.supportgroup.SupportGroupKind;

/**
 * An agreement: an SLA with a customer, an OLA between internal groups, or an underpinning contract
 * (UC) with a supplier. Its {@link #number() number} is the business identity users see.
 *
 * <p><b>Lifecycle.</b> {@code DRAFT -> ACTIVE -> (UNDER_REVIEW <-> ACTIVE) -> TERMINATED}. A draft is
 * edited in place and may be deleted; it is not monitored. An agreement in force keeps the versions of
 * its terms: an edit adds a version that takes effect from a date after today (or from the start of
 * an agreement that has not started yet), so the terms that governed a day never change afterwards.
 * A termination takes effect at the end of its date; monitoring stops after it.
 *
 * <p><b>Dates</b> (validity, versions, review, termination) are days in the agreement's time zone.
 *
 * <p><b>Parties.</b> An SLA names its customer organisation; an OLA names the internal group bound
 * by it (a support line or the field engineers) and optionally the group it serves; a UC names the
 * supplier bound by it. An agreement may have a parent of the same type (corporate, customer, service
 * levels) whose terms it inherits and may tighten.
 */
@Entity
@Table(name = "agreement")
@NamedQuery(name = "Agreement.findAll", query = "SELECT a FROM Agreement a ORDER BY a.number")
@NamedQuery(name = "Agreement.findByNumber", query = "SELECT a FROM Agreement a WHERE a.number = :number")
@NamedQuery(name = "Agreement.findByCustomer",
        query = "SELECT a FROM Agreement a WHERE a.customer.id = :customerId ORDER BY a.number")
@NamedQuery(name = "Agreement.findChildren", query = "SELECT a FROM Agreement a WHERE a.parent = :parent ORDER BY a.number")
@NamedQuery(name = "Agreement.findUnderpinning", query = "SELECT DISTINCT a FROM Agreement a JOIN a.versions v"
        + " JOIN v.underpins u WHERE u.slaNumber = :slaNumber")
@NamedQuery(name = "Agreement.findUsingCalendar", query = "SELECT DISTINCT a FROM Agreement a JOIN a.versions v"
        + " JOIN v.services s WHERE s.calendarId = :calendarId")
@NamedQuery(name = "Agreement.findReviewDueBy", query = "SELECT a FROM Agreement a WHERE a.reviewDate <= :date"
        + " AND a.status IN (org.servicelevel.domain.model.agreement.AgreementStatus.ACTIVE,"
        + " org.servicelevel.domain.model.agreement.AgreementStatus.UNDER_REVIEW) ORDER BY a.reviewDate")
public class Agreement {

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9_./-]{1,39}");
    private static final int MAX_LEVELS = 3;

    @Id
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private AgreementType type;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AgreementStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Organisation customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_group_id")
    private SupportGroup providerGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consumer_group_id")
    private SupportGroup consumerGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agreement parent;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "owner_username", length = 100)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Column(name = "termination_reason", length = 1000)
    private String terminationReason;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveFrom, number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "amendment_approval", nullable = false, length = 20)
    private AmendmentApproval amendmentApproval = AmendmentApproval.PROVIDER;

    /** The highest version number given so far, withdrawn versions included: numbers are never reused. */
    @Column(name = "last_version_number", nullable = false)
    private int lastVersionNumber;

    protected Agreement() {
    }

    /** A new draft whose first version takes effect on {@code header.validFrom()}. */
    public Agreement(String number, AgreementType type, Header header, AgreementTerms terms, Instant now, String actor) {
        List<InvalidFieldException> errors = startDraft(number, type, header, now);
        if (type != null) {
            errors.addAll(termsProblems(terms, validFrom));
        }
        InvalidInputException.throwIfAny(errors);
        versions.add(new AgreementVersion(this, 1, validFrom, terms, now, actor, "first version"));
        lastVersionNumber = 1;
    }

    /**
     * An agreement as it stood elsewhere, with its whole history, for an import that moves it between
     * installations: every version with its number, the day it takes effect, its own terms, note and
     * provenance, and the lifecycle state. Versions may have taken effect in the past here, as they
     * did there; the rules that bind an agreement built by edits bind this one too: the versions take
     * effect one after the other (in the order given), the first on {@code validFrom}, none after the
     * end of validity; each version's terms are valid as on a save; a draft has only its first version;
     * version numbers are unique and never reused ({@code lastVersionNumber} at least the highest).
     * Each error names its field by its path in the document, e.g.
     * {@code versions[1].terms.priorities[0].resolution}.
     */
    public static Agreement imported(String number, AgreementType type, Header header, History history, Instant now,
                                     String actor) {
        return new Agreement(number, type, header, history, Objects.requireNonNull(now, "now"), actor);
    }

    /** The history of an imported agreement: its versions in the order they take effect, and its state. */
    public record History(List<PastVersion> versions, Integer lastVersionNumber, AgreementStatus status,
                          LocalDate terminatedOn, String terminationReason) {

        public History {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }
    }

    /**
     * One version as recorded where it was made; without provenance it is the importer's, now. Without
     * an {@code amendment} record it is approved.
     */
    public record PastVersion(Integer number, LocalDate effectiveFrom, AgreementTerms terms, String changeNote,
                              Instant createdAt, String createdBy, AmendmentRecord amendment) {

        public PastVersion(Integer number, LocalDate effectiveFrom, AgreementTerms terms, String changeNote,
                           Instant createdAt, String createdBy) {
            this(number, effectiveFrom, terms, changeNote, createdAt, createdBy, null);
        }
    }

    private Agreement(String number, AgreementType type, Header header, History history, Instant now, String actor) {
        List<InvalidFieldException> errors = startDraft(number, type, header, now);
        InvalidInputException.throwIfAny(errors);
        restoreVersions(history, now, actor, errors);
        InvalidInputException.throwIfAny(errors);
        restoreLifecycle(history, now);
    }

    private void restoreVersions(History history, Instant now, String actor, List<InvalidFieldException> errors) {
        List<PastVersions.Entry> entries = history.versions().stream().map(v -> v == null ? null
                : new PastVersions.Entry(v.number(), v.effectiveFrom(), v.createdBy(), v.amendment() != null
                && v.amendment().status() == AmendmentStatus.DRAFT)).toList();
        errors.addAll(PastVersions.problems(entries, validFrom, validTo));
        for (int i = 0; i < history.versions().size(); i++) {
            PastVersion v = history.versions().get(i);
            String path = "versions[" + i + "].";
            if (v != null && v.changeNote() != null && v.changeNote().strip().length() > 1000) {
                errors.add(new InvalidFieldException(path + "changeNote", "A change note has at most 1000 characters"));
            }
            if (i == 0 && v != null && v.amendment() != null && v.amendment().status() == AmendmentStatus.DRAFT) {
                errors.add(new InvalidFieldException(path + "status", "The first version is approved with the"
                        + " agreement; only a later version can be a draft amendment"));
            }
            if (v != null && v.amendment() != null) {
                errors.addAll(approvalProblems(v, path));
            }
            if (v != null && v.terms() == null) {
                errors.add(new InvalidFieldException(path + "terms", "Give the terms of the version"));
            } else if (v != null) {
                termsProblems(v.terms(), v.effectiveFrom()).forEach(e -> errors.add(new InvalidFieldException(
                        path + e.field(),
                        e.getMessage())));
            }
        }
        int highest = PastVersions.highest(entries);
        if (history.lastVersionNumber() != null && history.lastVersionNumber() < highest) {
            errors.add(new InvalidFieldException("lastVersionNumber", "The highest version number given so far is at"
                    + " least " + highest + ", the number of a version in the document"));
        }
        AgreementStatus wanted = history.status() == null ? AgreementStatus.DRAFT : history.status();
        if (wanted == AgreementStatus.DRAFT && history.versions().size() > 1) {
            errors.add(new InvalidFieldException("versions", "A draft has one version, its terms edited in place; an"
                    + " agreement with " + history.versions().size() + " versions has been in force"));
        }
        if (!errors.isEmpty()) {
            return;
        }
        for (PastVersion v : history.versions()) {
            AgreementVersion restored = new AgreementVersion(this, v.number(), v.effectiveFrom(), v.terms(),
                    v.createdAt() == null ? now : v.createdAt(),
                    v.createdBy() == null ? Objects.requireNonNull(actor, "actor") : v.createdBy().strip(), v.changeNote());
            AmendmentRecord amendment = v.amendment();
            if (amendment != null && amendment.status() == AmendmentStatus.DRAFT) {
                // a draft is approved again where it is imported: approvals given elsewhere do not complete it
                restored.propose(restored.createdBy(), restored.createdAt());
            } else if (amendment != null) {
                if (amendment.approvedBy() != null) {
                    restored.approveForProvider(amendment.approvedBy(),
                            amendment.approvedAt() == null ? now : amendment.approvedAt());
                }
                if (amendment.customerApprovedBy() != null) {
                    restored.approveForCustomer(amendment.customerApprovedBy(),
                            amendment.customerApprovedAt() == null ? now : amendment.customerApprovedAt());
                }
            }
            versions.add(restored);
        }
        lastVersionNumber = history.lastVersionNumber() == null ? highest : history.lastVersionNumber();
    }

    /**
     * The approvals an imported version records must be ones the rules allow: the provider's by
     * someone other than the author, the customer's only where both parties approve.
     */
    private List<InvalidFieldException> approvalProblems(PastVersion v, String path) {
        List<InvalidFieldException> errors = new ArrayList<>();
        AmendmentRecord a = v.amendment();
        for (String[] approver : new String[][] {{"approvedBy", a.approvedBy()},
                {"customerApprovedBy", a.customerApprovedBy()}}) {
            if (approver[1] != null && (approver[1].isBlank() || approver[1].strip().length() > 100)) {
                errors.add(new InvalidFieldException(path + approver[0], "An approver is a username of at most 100"
                        + " characters"));
            }
        }
        if (a.approvedBy() != null && v.createdBy() != null && a.approvedBy().strip().equalsIgnoreCase(
                v.createdBy().strip())) {
            errors.add(new InvalidFieldException(path + "approvedBy", "The provider's approval comes from a manager"
                    + " other than the author (" + v.createdBy().strip() + ")"));
        }
        if (a.customerApprovedBy() != null && amendmentApproval != AmendmentApproval.BOTH_PARTIES) {
            errors.add(new InvalidFieldException(path + "customerApprovedBy", "Amendments of this agreement are"
                    + " approved by the provider alone; a customer's approval does not apply"));
        }
        return errors;
    }

    /** Sets what every new agreement starts with: a draft with number, type and header; the errors so far. */
    private List<InvalidFieldException> startDraft(String number, AgreementType type, Header header, Instant now) {
        List<InvalidFieldException> errors = new ArrayList<>();
        this.number = normaliseNumber(number, errors);
        if (type == null) {
            errors.add(new InvalidFieldException("type", "Give the type: SLA, OLA or UC"));
        }
        this.type = type;
        this.status = AgreementStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        if (type != null) {
            applyHeader(header, errors);
        }
        return errors;
    }

    /**
     * Puts the imported agreement in the state it had: in force (as on activation, with the same
     * checks), under review, or terminated on its recorded last day, which may have passed.
     */
    private void restoreLifecycle(History history, Instant now) {
        AgreementStatus wanted = history.status() == null ? AgreementStatus.DRAFT : history.status();
        if (wanted != AgreementStatus.TERMINATED && (history.terminatedOn() != null || history.terminationReason() != null)) {
            throw new InvalidFieldException("terminatedOn", "Only a terminated agreement has a termination; this one is "
                    + wanted);
        }
        if (wanted == AgreementStatus.DRAFT) {
            return;
        }
        try {
            activate(now);
        } catch (InvalidInputException e) {
            String latest = "versions[" + (versions.size() - 1) + "].";
            throw new InvalidInputException(e.errors().stream().map(error -> error.field().startsWith("terms.")
                    ? new InvalidFieldException(latest + error.field(), error.getMessage()) : error).toList());
        }
        if (wanted == AgreementStatus.UNDER_REVIEW) {
            startReview();
        } else if (wanted == AgreementStatus.TERMINATED) {
            LocalDate last = history.terminatedOn();
            if (last == null || last.isBefore(validFrom) || validTo != null && last.isAfter(validTo)) {
                throw new InvalidFieldException("terminatedOn", "Give the last day of the terminated agreement, from "
                        + validFrom + (validTo == null ? "" : " to " + validTo));
            }
            String reason = history.terminationReason();
            if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
                throw new InvalidFieldException("terminationReason", "Say why the agreement ended, in at most 1000"
                        + " characters");
            }
            status = AgreementStatus.TERMINATED;
            terminatedOn = last;
            terminationReason = reason.strip();
        }
    }

    /**
     * The parts of an agreement that are not versioned: what it is called, who it binds, its time
     * zone, validity, review date and responsible manager. Changes to them are audited.
     */
    public record Header(String title, Organisation customer, SupportGroup providerGroup, SupportGroup consumerGroup,
                         Agreement parent, String timeZone, LocalDate validFrom, LocalDate validTo,
                         LocalDate reviewDate, String owner, AmendmentApproval amendmentApproval) {

        /** A header whose amendments are approved as before (by the provider, for a new agreement). */
        public Header(String title, Organisation customer, SupportGroup providerGroup, SupportGroup consumerGroup,
                      Agreement parent, String timeZone, LocalDate validFrom, LocalDate validTo, LocalDate reviewDate,
                      String owner) {
            this(title, customer, providerGroup, consumerGroup, parent, timeZone, validFrom, validTo, reviewDate, owner,
                    null);
        }
    }

    // ---- lifecycle -------------------------------------------------------------------------------

    /**
     * Puts a draft in force. It must be complete: an OLA or UC names the group it binds, and the terms
     * (with what they inherit) have at least one service and one priority. An SLA without a customer
     * is a framework agreement: customers' SLAs below it inherit its terms, and it monitors no
     * tickets itself.
     */
    public void activate(Instant now) {
        requireStatus("be activated", AgreementStatus.DRAFT);
        List<InvalidFieldException> errors = new ArrayList<>();
        if (type != AgreementType.SLA && providerGroup == null) {
            errors.add(new InvalidFieldException("providerGroup", "An " + type + " needs the group it binds"
                    + " before it is activated"));
        }
        AgreementTerms terms = latestTermsWithInherited();
        if (terms.services().isEmpty()) {
            errors.add(new InvalidFieldException("terms.services", "An agreement in force covers at least one service,"
                    + " its own or one it inherits from its parent"));
        }
        if (terms.priorities().isEmpty()) {
            errors.add(new InvalidFieldException("terms.priorities", "An agreement in force has at least one priority,"
                    + " its own or one it inherits from its parent"));
        }
        if (parent != null && !parent.status.inForce()) {
            errors.add(new InvalidFieldException("parent", "The parent agreement " + parent.number
                    + " must be activated first"));
        }
        InvalidInputException.throwIfAny(errors);
        status = AgreementStatus.ACTIVE;
        activatedAt = Objects.requireNonNull(now, "now");
    }

    /** Starts the periodic review; the agreement stays in force meanwhile. */
    public void startReview() {
        requireStatus("go under review", AgreementStatus.ACTIVE);
        status = AgreementStatus.UNDER_REVIEW;
    }

    /**
     * Ends a review; {@code nextReviewDate} (after today) becomes the review date. Without one, the
     * next review is a year after the one just held (the review date, or today if there was none),
     * moved on by whole years until it lies after today: completing a review never drops the cycle.
     * Periodic reviews end only by clearing the review date explicitly.
     *
     * @return the new review date
     */
    public LocalDate completeReview(LocalDate nextReviewDate, Instant now) {
        requireStatus("complete a review", AgreementStatus.UNDER_REVIEW);
        LocalDate today = today(now);
        if (nextReviewDate != null && !nextReviewDate.isAfter(today)) {
            throw new InvalidFieldException("nextReviewDate", "The next review date must be after today ("
                    + today + ")");
        }
        LocalDate next = nextReviewDate;
        if (next == null) {
            next = (reviewDate == null ? today : reviewDate).plusYears(1);
            while (!next.isAfter(today)) {
                next = next.plusYears(1);
            }
        }
        reviewDate = next;
        status = AgreementStatus.ACTIVE;
        return next;
    }

    /**
     * Ends the agreement at the end of {@code lastDay} (today or later): tickets registered after it are
     * no longer monitored under this agreement.
     */
    public void terminate(LocalDate lastDay, String reason, Instant now) {
        if (status != AgreementStatus.ACTIVE && status != AgreementStatus.UNDER_REVIEW) {
            throw new ConflictException("Agreement " + number + " is " + status + "; only an agreement in force can"
                    + " be terminated" + (status == AgreementStatus.DRAFT ? " (delete a draft instead)" : ""));
        }
        LocalDate today = today(now);
        // the last day lies within the validity, as an imported terminated agreement's must: an agreement
        // whose validity ended is closed on its last valid day, one not started yet on its first at the earliest
        boolean ended = validTo != null && validTo.isBefore(today);
        LocalDate last = lastDay != null ? lastDay : ended ? validTo : today.isBefore(validFrom) ? validFrom : today;
        if (ended && !last.equals(validTo)) {
            throw new InvalidFieldException("lastDay", "Agreement " + number + " was valid until " + validTo
                    + "; its termination closes it on that day, not on " + last);
        }
        if (!ended && last.isBefore(today)) {
            throw new InvalidFieldException("lastDay", "A termination takes effect today (" + today
                    + ") or later, not on " + last + ": monitoring of past days is not rewritten");
        }
        if (last.isBefore(validFrom)) {
            throw new InvalidFieldException("lastDay", "Agreement " + number + " starts on " + validFrom
                    + "; its last day is that day or later, not " + last);
        }
        if (validTo != null && last.isAfter(validTo)) {
            throw new InvalidFieldException("lastDay", "Agreement " + number + " is valid until " + validTo
                    + "; its last day is that day or earlier, not " + last);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidFieldException("reason", "Say why the agreement ends, in at most 1000 characters");
        }
        status = AgreementStatus.TERMINATED;
        terminatedOn = last;
        terminationReason = reason.strip();
    }

    /** Only a draft may be deleted: an agreement that was in force is kept for its history. */
    public void requireDeletable() {
        if (status != AgreementStatus.DRAFT) {
            throw new ConflictException("Agreement " + number + " is " + status + "; only drafts can be deleted."
                    + (status == AgreementStatus.TERMINATED ? "" : " Terminate it instead."));
        }
    }

    // ---- edits -----------------------------------------------------------------------------------

    /** Changes the header. Parties and the start date can change only while the agreement is a draft. */
    public void changeHeader(Header header, Instant now) {
        requireEditable();
        List<InvalidFieldException> errors = new ArrayList<>();
        if (status != AgreementStatus.DRAFT) {
            if (!Objects.equals(header.validFrom(), validFrom)) {
                if (!validFrom.isAfter(today(now))) {
                    errors.add(new InvalidFieldException("validFrom", "Agreement " + number + " has been in force since "
                            + validFrom + "; its start no longer moves"));
                } else if (versions.size() > 1) {
                    errors.add(new InvalidFieldException("validFrom", "Agreement " + number + " has versions planned"
                            + " after its start; its start no longer moves"));
                } else if (header.validFrom() != null && !header.validFrom().isAfter(today(now))) {
                    errors.add(new InvalidFieldException("validFrom", "An agreement in force that has not started can"
                            + " move its start to a later day than today, not to " + header.validFrom()));
                }
            }
            if (!sameParent(header.parent(), parent)) {
                errors.add(new InvalidFieldException("parent", "The parent of an agreement in force does not change:"
                        + " the terms it inherited on past days must stay as they were"));
            }
            if (!sameParty(header.customer(), customer) || !sameGroup(header.providerGroup(), providerGroup)
                    || !sameGroup(header.consumerGroup(), consumerGroup)) {
                errors.add(new InvalidFieldException("customer", "The parties of an agreement in force do not change;"
                        + " terminate it and create a new one"));
            }
            if (!Objects.equals(header.timeZone() == null ? timeZone : header.timeZone(), timeZone)) {
                errors.add(new InvalidFieldException("timeZone", "The time zone of an agreement in force does not change"));
            }
            if (header.amendmentApproval() != null && header.amendmentApproval() != amendmentApproval) {
                errors.add(new InvalidFieldException("amendmentApproval", "Who approves the amendments of an agreement"
                        + " in force does not change: the parties agreed it with the agreement (it is "
                        + amendmentApproval + ")"));
            }
            if (header.validTo() != null && header.validTo().isBefore(today(now))
                    && !Objects.equals(header.validTo(), validTo)) {
                errors.add(new InvalidFieldException("validTo", "The end of validity cannot move into the past ("
                        + header.validTo() + ")"));
            }
            if (header.validTo() != null && !header.validTo().equals(validTo)) {
                versions.stream().filter(v -> v.effectiveFrom().isAfter(header.validTo())).findFirst().ifPresent(v ->
                        errors.add(new InvalidFieldException("validTo", "Version " + v.number() + " of agreement "
                                + number + " takes effect on " + v.effectiveFrom() + ", after the new end of validity "
                                + header.validTo() + "; withdraw that version first (DELETE /api/agreements/" + id
                                + "/versions/" + v.number() + ") or end on " + v.effectiveFrom() + " or later")));
            }
        }
        InvalidInputException.throwIfAny(errors);
        applyHeader(header, errors);
        InvalidInputException.throwIfAny(errors);
        if (status == AgreementStatus.DRAFT || validFrom.isAfter(today(now))) {
            versions.get(0).moveTo(validFrom);
        }
    }

    /**
     * Makes {@code terms} the agreement's terms. A draft's terms are replaced. For an agreement in
     * force the terms are proposed as an <em>amendment</em>: a numbered draft version from
     * {@code effectiveFrom} (after today, or from any day before the agreement starts, and within its
     * validity) that governs nothing until it is approved ({@link #approveAmendment}). A draft
     * amendment of the same day is replaced and must be approved again. The change must also fit the
     * versions planned after that date, into which approval carries it (see {@link #approveAmendment});
     * a later version that sets a part differently itself is refused here, naming the version.
     *
     * @return the version holding the terms
     */
    public AgreementVersion revise(AgreementTerms terms, LocalDate effectiveFrom, Instant now, String actor, String note) {
        requireEditable();
        InvalidInputException.throwIfAny(termsProblems(terms, status == AgreementStatus.DRAFT ? validFrom
                : effectiveFrom == null ? earliestChange(now) : effectiveFrom));
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidFieldException("changeNote", "A change note has at most 1000 characters");
        }
        if (status == AgreementStatus.DRAFT) {
            AgreementVersion only = versions.get(0);
            only.replaceTerms(terms, note);
            return only;
        }
        LocalDate earliest = earliestChange(now);
        LocalDate from = effectiveFrom == null ? earliest : effectiveFrom;
        AgreementTerms effective = parent == null ? terms
                : parent.effectiveTermsOn(from).map(terms::inheritingFrom).orElse(terms);
        if (effective.services().isEmpty() || effective.priorities().isEmpty()) {
            throw new InvalidFieldException(effective.services().isEmpty() ? "terms.services" : "terms.priorities",
                    "Agreement " + number + " is in force: its terms keep at least one service and one priority");
        }
        if (from.isBefore(earliest)) {
            throw new InvalidFieldException("effectiveFrom", "Changes to agreement " + number + " can take effect from "
                    + earliest + " on, not from " + from + ": the terms that governed a day never change afterwards");
        }
        if (validTo != null && from.isAfter(validTo)) {
            throw new InvalidFieldException("effectiveFrom", "Agreement " + number + " is valid until " + validTo
                    + "; a change from " + from + " would never apply");
        }
        carriedIntoLater(terms, from);
        Optional<AgreementVersion> sameDay = versions.stream()
                .filter(v -> !v.approved() && v.effectiveFrom().equals(from)).findFirst();
        if (sameDay.isPresent()) {
            sameDay.get().replaceTerms(terms, note);
            sameDay.get().propose(actor, now);
            return sameDay.get();
        }
        int next = Math.max(lastVersionNumber, versions.stream().mapToInt(AgreementVersion::number).max().orElse(0)) + 1;
        lastVersionNumber = next;
        AgreementVersion added = new AgreementVersion(this, next, from, terms, now, actor, note);
        added.propose(actor, now);
        versions.add(added);
        versions.sort(Comparator.comparing(AgreementVersion::effectiveFrom).thenComparing(AgreementVersion::number));
        return added;
    }

    /**
     * Approves a draft amendment for one party. The provider's approval comes from a manager other
     * than the amendment's author ({@code byTheSystem} for the installation's own set-up, which needs
     * no second person); the customer's, where the agreement says both parties approve, from a user of
     * the customer's organisation. Once every party needed has approved, the amendment governs its
     * days: its change is carried into the approved versions planned after it (unless one sets a part
     * differently itself, which is refused naming it), and an approved version of the same day is
     * superseded. An amendment whose day has come can no longer be approved.
     *
     * @return whether the amendment is now approved
     */
    public boolean approveAmendment(int versionNumber, String approver, boolean forCustomer, boolean byTheSystem,
                                    Instant now) {
        requireEditable();
        AgreementVersion amendment = versionNumbered(versionNumber).orElseThrow(() -> new NotFoundException(
                "Agreement " + number + " has no version " + versionNumber));
        if (amendment.approved()) {
            throw new ConflictException("Version " + versionNumber + " of agreement " + number + " is approved already");
        }
        if (amendment.effectiveFrom().isBefore(earliestChange(now))) {
            throw new ConflictException("Amendment " + versionNumber + " of agreement " + number + " was to take effect"
                    + " on " + amendment.effectiveFrom() + ", which has come; withdraw it and propose it again from "
                    + earliestChange(now) + " or later");
        }
        if (forCustomer) {
            if (amendmentApproval != AmendmentApproval.BOTH_PARTIES) {
                throw new ConflictException("Amendments of agreement " + number + " are approved by the provider alone");
            }
            amendment.approveForCustomer(approver, now);
        } else {
            if (!byTheSystem && approver.equalsIgnoreCase(amendment.createdBy())) {
                throw new NotPermittedException("Amendment " + versionNumber + " of agreement " + number + " was"
                        + " proposed by " + approver + "; a manager other than its author approves it");
            }
            amendment.approveForProvider(approver, now);
        }
        boolean complete = amendment.approvedBy().isPresent() && (amendmentApproval == AmendmentApproval.PROVIDER
                || amendment.customerApprovedBy().isPresent());
        if (!complete) {
            return false;
        }
        LocalDate from = amendment.effectiveFrom();
        List<AgreementVersion> later = versions.stream().filter(v -> v.approved() && v.effectiveFrom().isAfter(from))
                .toList();
        List<AgreementTerms> carried = carriedIntoLater(amendment.terms(), from);
        for (int i = 0; i < later.size(); i++) {
            AgreementVersion v = later.get(i);
            if (!AgreementTerms.same(carried.get(i), v.terms())) {
                v.replaceTerms(carried.get(i), joinNotes(v.changeNote(), "carries amendment " + versionNumber + " from "
                        + from));
            }
        }
        AgreementTerms before = versionOn(from).orElse(versions.get(0)).terms();
        for (AgreementVersion draft : versions.stream().filter(v -> !v.approved() && v.effectiveFrom().isAfter(from))
                .toList()) {
            try {
                AgreementTerms merged = amendment.terms().carriedOnto(draft.terms(), before);
                if (!AgreementTerms.same(merged, draft.terms())
                        && termsProblems(merged, draft.effectiveFrom()).isEmpty()) {
                    draft.replaceTerms(merged, joinNotes(draft.changeNote(), "carries amendment " + versionNumber
                            + " from " + from));
                    draft.propose(draft.createdBy(), draft.createdAt()); // changed terms are approved again
                }
            } catch (AgreementTerms.OverriddenChangeException e) {
                // the later draft sets these parts itself, as its approvers will see
            }
        }
        versions.removeIf(v -> v.approved() && v.effectiveFrom().equals(from));
        amendment.markApproved();
        return true;
    }

    /**
     * The approved versions planned after {@code from} with a change from {@code from} to
     * {@code terms} carried into them, in order; refused naming the version when a later version sets
     * a changed part itself or would be left wrong.
     */
    private List<AgreementTerms> carriedIntoLater(AgreementTerms terms, LocalDate from) {
        AgreementTerms before = versionOn(from).orElse(versions.get(0)).terms();
        List<AgreementTerms> carried = new ArrayList<>();
        for (AgreementVersion v : versions.stream().filter(v -> v.approved() && v.effectiveFrom().isAfter(from)).toList()) {
            try {
                AgreementTerms merged = terms.carriedOnto(v.terms(), before);
                List<InvalidFieldException> problems = termsProblems(merged, v.effectiveFrom());
                if (!problems.isEmpty()) {
                    throw new InvalidFieldException("effectiveFrom", "Carried into version " + v.number() + " of"
                            + " agreement " + number + " (from " + v.effectiveFrom() + "), this change from " + from
                            + " would leave it wrong: " + problems.get(0).getMessage() + " (" + problems.get(0).field()
                            + "); change version " + v.number() + " as well, or withdraw it");
                }
                carried.add(merged);
            } catch (AgreementTerms.OverriddenChangeException e) {
                throw new InvalidFieldException("effectiveFrom", "Version " + v.number() + " of agreement " + number
                        + " takes effect on " + v.effectiveFrom() + " and sets " + String.join(", ", e.parts())
                        + " itself, so this change from " + from + " would end there; change version " + v.number()
                        + " as well (effectiveFrom " + v.effectiveFrom() + "), or withdraw it");
            }
        }
        return carried;
    }

    /**
     * The first day new terms of an agreement in force can take effect: tomorrow, or its start if it
     * has not started yet.
     */
    public LocalDate earliestChange(Instant now) {
        LocalDate today = today(now);
        return validFrom.isAfter(today) ? validFrom : today.plusDays(1);
    }

    /**
     * The terms a change of some parts builds on: for a draft its terms; otherwise those of the draft
     * amendment of the day the change takes effect ({@code effectiveFrom}, by default the earliest
     * possible day), else those in force on that day.
     */
    public AgreementTerms termsBeforeChange(LocalDate effectiveFrom, Instant now) {
        if (status == AgreementStatus.DRAFT) {
            return latestVersion().terms();
        }
        LocalDate from = effectiveFrom == null ? earliestChange(now) : effectiveFrom;
        return versions.stream().filter(v -> !v.approved() && v.effectiveFrom().equals(from)).findFirst()
                .or(() -> versionOn(from)).orElse(versions.get(0)).terms();
    }

    /**
     * Withdraws a version that has not taken effect yet, or a draft amendment (approved or not in
     * time): the days it would have governed keep the terms of the version before it. The first
     * version is never withdrawn.
     *
     * @return the version withdrawn
     */
    public AgreementVersion withdrawVersion(int versionNumber, Instant now) {
        requireEditable();
        AgreementVersion version = versionNumbered(versionNumber).orElseThrow(() -> new NotFoundException(
                "Agreement " + number + " has no version " + versionNumber));
        if (status == AgreementStatus.DRAFT || version == versions.get(0)) {
            throw new ConflictException("Version " + versionNumber + " is the first version of agreement " + number
                    + "; change its terms instead");
        }
        if (version.approved() && !version.effectiveFrom().isAfter(today(now))) {
            throw new ConflictException("Version " + versionNumber + " of agreement " + number + " took effect on "
                    + version.effectiveFrom() + "; the terms that governed a day never change afterwards");
        }
        versions.remove(version);
        return version;
    }

    /** Moves the review date (none clears it); reminders follow the new date. */
    public void scheduleReview(LocalDate date) {
        requireEditable();
        this.reviewDate = date;
    }

    // ---- queries ---------------------------------------------------------------------------------

    /** The approved version governing {@code date}, if the agreement had started by then. */
    public Optional<AgreementVersion> versionOn(LocalDate date) {
        AgreementVersion governing = null;
        for (AgreementVersion v : versions) {
            if (v.approved() && !v.effectiveFrom().isAfter(date)) {
                governing = v;
            }
        }
        return Optional.ofNullable(governing);
    }

    /** The version governing the day on which {@code instant} falls in the agreement's zone. */
    public Optional<AgreementVersion> versionAt(Instant instant) {
        return versionOn(LocalDate.ofInstant(instant, zone()));
    }

    /** The approved version with the latest start: the draft's only version, or the last one planned. */
    public AgreementVersion latestVersion() {
        return versions.stream().filter(AgreementVersion::approved).reduce((a, b) -> b).orElse(versions.get(0));
    }

    public Optional<AgreementVersion> versionNumbered(int versionNumber) {
        return versions.stream().filter(v -> v.number() == versionNumber).findFirst();
    }

    /**
     * Whether tickets registered on {@code date} are monitored under this agreement: it has been
     * activated, the date lies in its validity and not after its termination.
     */
    public boolean monitoredOn(LocalDate date) {
        return status.inForce() && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo))
                && (terminatedOn == null || !date.isAfter(terminatedOn));
    }

    public boolean monitoredAt(Instant instant) {
        return monitoredOn(LocalDate.ofInstant(instant, zone()));
    }

    /**
     * The terms that apply on {@code date}: this agreement's version in force, completed by its
     * parents' terms on that date.
     */
    public Optional<AgreementTerms> effectiveTermsOn(LocalDate date) {
        Optional<AgreementTerms> own = versionOn(date).map(AgreementVersion::terms);
        if (own.isEmpty() || parent == null) {
            return own;
        }
        return Optional.of(parent.effectiveTermsOn(date).map(p -> own.get().inheritingFrom(p)).orElse(own.get()));
    }

    /**
     * Every rule {@code terms}, as this agreement's own terms from {@code from} (a day; {@code null}:
     * as its latest), break; what they name may be inherited from the parents' terms of that day.
     */
    public List<InvalidFieldException> termsProblems(AgreementTerms terms, LocalDate from) {
        AgreementTerms inherited = parent == null ? null : (from == null ? Optional.<AgreementTerms>empty()
                : parent.effectiveTermsOn(from)).orElseGet(parent::latestTermsWithInherited);
        return terms.problems(type, inherited);
    }

    /**
     * The first thing this agreement's own terms name that they would neither define nor inherit: on
     * the first day of each of its versions and on each day within a version's span on which a version
     * of a parent (or of its parent) takes effect. A change of a parent that would take away what an
     * agreement below it names (a priority its quality table measures, the currency of its fee) is
     * refused with this.
     */
    public Optional<String> inheritanceProblem() {
        if (parent == null) {
            return Optional.empty();
        }
        List<LocalDate> parentDays = new ArrayList<>();
        for (Agreement a = parent; a != null; a = a.parent) {
            a.versions.stream().filter(AgreementVersion::approved).map(AgreementVersion::effectiveFrom)
                    .forEach(parentDays::add);
        }
        for (AgreementVersion v : versions) {
            LocalDate from = v.effectiveFrom();
            Optional<LocalDate> until = versions.stream().filter(w -> w.approved() && w.effectiveFrom().isAfter(from))
                    .map(AgreementVersion::effectiveFrom).min(Comparator.naturalOrder());
            List<LocalDate> days = new ArrayList<>(List.of(from));
            parentDays.stream().filter(d -> d.isAfter(from) && until.map(d::isBefore).orElse(true)
                    && lastDay().map(last -> !d.isAfter(last)).orElse(true)).sorted().distinct().forEach(days::add);
            for (LocalDate day : days) {
                List<InvalidFieldException> problems = termsProblems(v.terms(), day);
                if (!problems.isEmpty()) {
                    return Optional.of("Version " + v.number() + " of agreement " + number + " would name what it"
                            + " neither defines nor inherits on " + day + ": " + problems.get(0).getMessage() + " ("
                            + problems.get(0).field() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** The latest version's terms completed by the latest terms of the parents. */
    private AgreementTerms latestTermsWithInherited() {
        AgreementTerms own = latestVersion().terms();
        return parent == null ? own : own.inheritingFrom(parent.latestTermsWithInherited());
    }

    /**
     * Whether a user of the customer organisation {@code customerOrganisationId} may see the agreement:
     * only the SLAs of their own organisation. {@code null} (staff, integrations) sees every agreement.
     */
    public boolean visibleTo(Long customerOrganisationId) {
        return customerOrganisationId == null || type == AgreementType.SLA
                && customer != null && customerOrganisationId.equals(customer.id());
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone());
    }

    // ---- internals -------------------------------------------------------------------------------

    private void applyHeader(Header header, List<InvalidFieldException> errors) {
        if (header.title() == null || header.title().isBlank() || header.title().strip().length() > 200) {
            errors.add(new InvalidFieldException("title", "An agreement needs a title of at most 200 characters"));
        } else {
            title = header.title().strip();
        }
        checkParties(header, errors);
        customer = header.customer();
        providerGroup = header.providerGroup();
        consumerGroup = header.consumerGroup();
        checkParent(header.parent(), errors);
        parent = header.parent();
        if (header.timeZone() != null || timeZone == null) {
            try {
                timeZone = TimeZones.region("timeZone", header.timeZone()).getId();
            } catch (InvalidFieldException e) {
                errors.add(e);
            }
        }
        if (header.validFrom() == null) {
            errors.add(new InvalidFieldException("validFrom", "Give the first day the agreement is valid, as YYYY-MM-DD"));
        } else if (header.validTo() != null && header.validTo().isBefore(header.validFrom())) {
            errors.add(new InvalidFieldException("validTo", "The agreement ends (" + header.validTo()
                    + ") before it starts (" + header.validFrom() + ")"));
        }
        Agreement p = header.parent();
        boolean placed = validFrom == null || !Objects.equals(header.validFrom(), validFrom)
                || !Objects.equals(header.validTo(), validTo) || !sameParent(p, parent);
        if (placed && p != null && header.validFrom() != null && p.validFrom != null) {
            if (header.validFrom().isBefore(p.validFrom)) {
                errors.add(new InvalidFieldException("validFrom", "The parent agreement " + p.number + " is valid from "
                        + p.validFrom + "; an agreement below it starts then or later, not on " + header.validFrom()));
            }
            LocalDate parentEnd = p.lastDay().orElse(null);
            if (parentEnd != null && (header.validTo() == null || header.validTo().isAfter(parentEnd))) {
                errors.add(new InvalidFieldException("validTo", "The parent agreement " + p.number + " ends on "
                        + parentEnd + "; an agreement below it ends then or earlier"
                        + (header.validTo() == null ? ": give validTo" : ", not on " + header.validTo())));
            }
        }
        validFrom = header.validFrom();
        validTo = header.validTo();
        reviewDate = header.reviewDate();
        owner = strippedOrNull(header.owner());
        if (owner != null && owner.length() > 100) {
            errors.add(new InvalidFieldException("owner", "An owner is a username of at most 100 characters"));
        }
        if (header.amendmentApproval() != null) {
            amendmentApproval = header.amendmentApproval();
        }
        if (amendmentApproval == AmendmentApproval.BOTH_PARTIES && header.customer() == null) {
            errors.add(new InvalidFieldException("amendmentApproval", "Amendments approved by both parties need a"
                    + " customer to approve them; an agreement without a customer has its amendments approved by the"
                    + " provider (PROVIDER)"));
        }
    }

    private void checkParties(Header header, List<InvalidFieldException> errors) {
        switch (type) {
            case SLA -> {
                if (header.providerGroup() != null || header.consumerGroup() != null) {
                    errors.add(new InvalidFieldException("providerGroup", "An SLA binds the provider to a customer;"
                            + " internal groups are bound by OLAs"));
                }
            }
            case OLA -> {
                if (header.customer() != null) {
                    errors.add(new InvalidFieldException("customer", "An OLA is between internal groups and has no customer"));
                }
                if (header.providerGroup() != null && header.providerGroup().kind() == SupportGroupKind.SUPPLIER) {
                    errors.add(new InvalidFieldException("providerGroup", header.providerGroup().code()
                            + " is a supplier: bind suppliers with an underpinning contract (UC)"));
                }
                if (header.consumerGroup() != null && header.consumerGroup().equals(header.providerGroup())) {
                    errors.add(new InvalidFieldException("consumerGroup", "An OLA is between two different groups"));
                }
            }
            case UC -> {
                if (header.customer() != null) {
                    errors.add(new InvalidFieldException("customer", "An underpinning contract has a supplier, not a customer"));
                }
                if (header.providerGroup() != null && header.providerGroup().kind() != SupportGroupKind.SUPPLIER) {
                    errors.add(new InvalidFieldException("providerGroup", header.providerGroup().code()
                            + " is not a supplier; an underpinning contract binds a supplier"));
                }
            }
        }
    }

    private void checkParent(Agreement candidate, List<InvalidFieldException> errors) {
        if (candidate == null) {
            return;
        }
        if (candidate.type != type) {
            errors.add(new InvalidFieldException("parent", "Agreement " + candidate.number + " is an " + candidate.type
                    + "; a parent has the same type as its child (" + type + ")"));
            return;
        }
        if (candidate.customer != null && !candidate.customer.equals(customer)) {
            errors.add(new InvalidFieldException("parent", "Agreement " + candidate.number + " is "
                    + candidate.customer.code() + "'s; a parent belongs to the same customer or to none"));
            return;
        }
        int levels = 1;
        for (Agreement a = candidate; a != null; a = a.parent) {
            if (a == this || id != null && id.equals(a.id)) {
                errors.add(new InvalidFieldException("parent", "Agreement " + candidate.number
                        + " is below this one; agreements cannot be their own ancestors"));
                return;
            }
            levels++;
        }
        if (levels > MAX_LEVELS) {
            errors.add(new InvalidFieldException("parent", "Agreements nest at most " + MAX_LEVELS
                    + " levels deep (corporate, customer, service)"));
        }
    }

    private void requireStatus(String action, AgreementStatus expected) {
        if (status != expected) {
            throw new ConflictException("Agreement " + number + " is " + status + "; only an agreement that is "
                    + expected + " can " + action);
        }
    }

    /** Fails with a conflict once the agreement is terminated: its terms and header are history. */
    public void requireEditable() {
        if (status == AgreementStatus.TERMINATED) {
            throw new ConflictException("Agreement " + number + " was terminated on " + terminatedOn
                    + " and can no longer be changed");
        }
    }

    private static boolean sameParty(Organisation a, Organisation b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean sameParent(Agreement a, Agreement b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean sameGroup(SupportGroup a, SupportGroup b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String joinNotes(String note, String addition) {
        String joined = note == null ? addition : note + "; " + addition;
        return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    private static String normaliseNumber(String number, List<InvalidFieldException> errors) {
        String normalised = number == null ? null : number.strip().toUpperCase(Locale.ROOT);
        if (normalised == null || !NUMBER.matcher(normalised).matches()) {
            errors.add(new InvalidFieldException("number", "An agreement number has 2 to 40 letters, digits, '-', '_',"
                    + " '.' or '/', e.g. SLA-ACME-2026"));
        }
        return normalised;
    }

    // ---- accessors -------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String number() {
        return number;
    }

    public AgreementType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public AgreementStatus status() {
        return status;
    }

    public Optional<Organisation> customer() {
        return Optional.ofNullable(customer);
    }

    public Optional<SupportGroup> providerGroup() {
        return Optional.ofNullable(providerGroup);
    }

    public Optional<SupportGroup> consumerGroup() {
        return Optional.ofNullable(consumerGroup);
    }

    public Optional<Agreement> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Whether the agreement covers a service with {@code code} (compared as codes are stored) in any of
     * its versions, itself or through the parent it inherits from.
     */
    public boolean coversService(String code) {
        String wanted = AgreementTerms.code(code);
        return wanted != null && (versions.stream().filter(AgreementVersion::approved).anyMatch(v -> v.terms().services().stream()
                .anyMatch(s -> s.code().equals(wanted))) || parent().map(p -> p.coversService(wanted)).orElse(false));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    /** The last day the agreement is valid: the end of its validity or its termination, whichever comes first. */
    public Optional<LocalDate> lastDay() {
        if (terminatedOn != null && (validTo == null || terminatedOn.isBefore(validTo))) {
            return Optional.of(terminatedOn);
        }
        return Optional.ofNullable(validTo);
    }

    /** When tickets stop being monitored: the start of the day after {@link #lastDay()} in the agreement's zone. */
    public Optional<Instant> monitoringEnd() {
        return lastDay().map(d -> d.plusDays(1).atStartOfDay(zone()).toInstant());
    }

    public Optional<LocalDate> reviewDate() {
        return Optional.ofNullable(reviewDate);
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    public Optional<LocalDate> terminatedOn() {
        return Optional.ofNullable(terminatedOn);
    }

    public Optional<String> terminationReason() {
        return Optional.ofNullable(terminationReason);
    }

    /** Every version, draft amendments included, by effective date. */
    public List<AgreementVersion> versions() {
        return List.copyOf(versions);
    }

    public AmendmentApproval amendmentApproval() {
        return amendmentApproval;
    }

    /** The highest version number given so far, withdrawn versions included. */
    public int lastVersionNumber() {
        return lastVersionNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agreement other && Objects.equals(number, other.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    @Override
    public String toString() {
        return type + " " + number;
    }
}
