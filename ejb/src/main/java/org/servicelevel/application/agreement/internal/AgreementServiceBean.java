package org.servicelevel.application.agreement.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.servicelevel.application.AuditRecord;
import org.servicelevel.application.agreement.AgreementChange;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementHistory;
import org.servicelevel.application.agreement.AgreementImport;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.agreement.TermsPatch;
import org.servicelevel.application.calendar.CalendarChange;
import org.servicelevel.application.calendar.CalendarHistory;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.application.security.CallerContext;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.StaleVersionException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementRepository;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.AgreementVersion;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;
import org.servicelevel.domain.model.agreement.ConsistencyReport;
import org.servicelevel.domain.model.agreement.TermsDiff;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.audit.AuditEntry;
import org.servicelevel.domain.model.audit.AuditTrail;
import org.servicelevel.domain.model.calendar.BusinessCalendar;
import org.servicelevel.domain.model.calendar.BusinessCalendarRepository;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.customer.OrganisationRepository;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.selection.SelectionRuleRepository;
import org.servicelevel.domain.model.supportgroup.SupportGroup;
import org.servicelevel.application.agreement.AgreementRevised;
import org.servicelevel.domain.model.supportgroup.SupportGroupRepository;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.worktime.WorkCalendar;

@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
@DeclareRoles({Role.Names.CUSTOMER, Role.Names.SYSTEM})
public class AgreementServiceBean implements AgreementService {

    static final String AUDIT_SUBJECT = "agreement";
    private static final String TERMS = "terms.";

    @Inject
    private AgreementRepository agreements;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SupportGroupRepository groups;

    @Inject
    private jakarta.enterprise.event.Event<AgreementRevised> revised;

    @Inject
    private BusinessCalendarRepository calendars;

    @Inject
    private AgreementConsistency consistency;

    @Inject
    private SelectionRuleRepository selectionRules;

    @Inject
    private CustomerService customers;

    @Inject
    private CalendarService calendarService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Logger log;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Resource
    private SessionContext session;

    @Override
    public List<AgreementDetails> list(AgreementType type, AgreementStatus status, String customerCode,
                                       boolean withFindings) {
        Optional<Long> own = callers.customerOrganisation(session);
        List<Agreement> candidates = own.isPresent() ? agreements.findByCustomer(own.get()) : agreements.findAll();
        return candidates.stream()
                .filter(this::visible)
                .filter(a -> type == null || a.type() == type)
                .filter(a -> status == null || a.status() == status)
                .filter(a -> customerCode == null || a.customer().map(c -> c.code().equalsIgnoreCase(customerCode.strip()))
                        .orElse(false))
                .map(a -> details(a, null, null))
                .filter(d -> !withFindings || d.consistency() != null && !d.consistency().consistent())
                .toList();
    }

    @Override
    public AgreementDetails find(long id) {
        return details(load(id), null, null);
    }

    @Override
    public AgreementDetails findOn(long id, LocalDate date) {
        Agreement agreement = load(id);
        if (agreement.versionOn(date).isEmpty()) {
            throw new NotFoundException("Agreement " + agreement.number() + " starts on " + agreement.validFrom()
                    + "; no version was in force on " + date);
        }
        return details(agreement, date, null);
    }

    @Override
    public AgreementDetails findVersion(long id, int versionNumber) {
        Agreement agreement = load(id);
        AgreementVersion version = agreement.versionNumbered(versionNumber).orElseThrow(() ->
                new NotFoundException("Agreement " + agreement.number() + " has no version " + versionNumber));
        return details(agreement, null, version);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails create(AgreementChange change) {
        requireNewNumber(change.number());
        Instant now = clock.instant();
        AgreementTerms terms = resolveCalendars(change.terms() == null ? noTerms() : change.terms(),
                change.serviceCalendars());
        Agreement.Header header = header(change, terms, null);
        Agreement agreement = new Agreement(change.number(), change.type(), withOwner(header), terms, now, actor());
        agreements.store(agreement);
        record(agreement, now, "created", agreement.type() + " " + agreement.number() + " as a draft, valid from "
                + agreement.validFrom());
        consistency.refresh(agreement, now, agreement.number() + " created");
        log.info(() -> "Agreement " + agreement.number() + " created as a draft");
        return details(agreement, null, null);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails update(long id, long expectedVersion, AgreementChange change) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        agreement.requireEditable();
        if (change.number() != null && !change.number().isBlank()
                && !change.number().strip().equalsIgnoreCase(agreement.number())) {
            throw new InvalidFieldException("number", "An agreement's number never changes (it is "
                    + agreement.number() + ")");
        }
        if (change.type() != null && change.type() != agreement.type()) {
            throw new InvalidFieldException("type", "An agreement's type never changes (it is " + agreement.type() + ")");
        }
        Instant now = clock.instant();
        String before = headerText(agreement);
        LocalDate fromBefore = agreement.validFrom();
        Optional<LocalDate> toBefore = agreement.validTo();
        Optional<Agreement> parentBefore = agreement.parent();
        agreement.changeHeader(header(change, null, agreement), now);
        if (!agreement.validFrom().equals(fromBefore) || !agreement.validTo().equals(toBefore)) {
            requireChildrenWithin(agreement);
        }
        if (change.terms() == null && !parentBefore.equals(agreement.parent())) {
            // a draft placed below another parent: what its terms name must be there (saved terms are checked so)
            InvalidInputException.throwIfAny(agreement.termsProblems(agreement.latestVersion().terms(),
                    agreement.validFrom()));
        }
        String changes = headerChanges(before, headerText(agreement));
        if (change.terms() == null) {
            return lifecycle(agreement, now, "header changed", changes.isEmpty() ? "nothing changed" : changes);
        }
        if (!changes.isEmpty()) {
            record(agreement, now, "header changed", changes);
        }
        AgreementTerms terms = resolveCalendars(change.terms(), change.serviceCalendars());
        AgreementTerms previous = agreement.termsBeforeChange(change.effectiveFrom(), now);
        AgreementVersion version = agreement.revise(terms, change.effectiveFrom(), now, actor(), change.changeNote());
        requireBelowHold(agreement, true);
        AgreementDetails stored = stored(agreement, now, version, "updated", previous);
        if (!changes.isEmpty() && !version.approved()) {
            // the header (validity, termination) applies at once although the new terms await approval:
            // its tickets' deadlines and the consistency of its children follow now
            consistency.refresh(agreement, now, agreement.number() + " header changed");
            revised.fire(new AgreementRevised(agreement.id(), now));
        }
        return stored;
    }

    /**
     * Refuses a change of {@code agreement}'s versions that would take away from an agreement below it
     * (two levels down) what its own terms name: as a wrong {@code terms} field for a change of terms,
     * as a conflict for an approval or a withdrawal.
     */
    private void requireBelowHold(Agreement agreement, boolean ofTerms) {
        List<Agreement> below = new ArrayList<>();
        for (Agreement child : agreements.findChildren(agreement)) {
            below.add(child);
            below.addAll(agreements.findChildren(child));
        }
        for (Agreement a : below) {
            Optional<String> problem = a.inheritanceProblem();
            if (problem.isPresent()) {
                String text = problem.get() + "; change agreement " + a.number() + " first";
                throw ofTerms ? new InvalidFieldException("terms", text) : new ConflictException(text);
            }
        }
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public AgreementTerms proposal(long id, AgreementTerms terms, List<String> serviceCalendars, LocalDate on) {
        Agreement agreement = agreements.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no agreement " + id));
        if (terms == null) {
            throw new InvalidFieldException("terms", "Give the proposed terms");
        }
        AgreementTerms resolved = resolveCalendars(terms, serviceCalendars == null ? List.of() : serviceCalendars);
        InvalidInputException.throwIfAny(agreement.termsProblems(resolved, on));
        return resolved;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails patchTerms(long id, long expectedVersion, TermsPatch patch) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        agreement.requireEditable();
        Instant now = clock.instant();
        AgreementTerms base = agreement.termsBeforeChange(patch.effectiveFrom(), now);
        AgreementTerms changed = patch.applyTo(base);
        AgreementVersion version;
        try {
            if (patch.parts().contains(TermsPatch.Part.SERVICES)) {
                changed = resolveCalendars(changed, patch.serviceCalendars());
            }
            if (patch.parts().contains(TermsPatch.Part.ESCALATIONS)) {
                InvalidInputException.throwIfAny(unknownEscalationGroups(changed));
            }
            version = agreement.revise(changed, patch.effectiveFrom(), now, actor(), patch.changeNote());
        } catch (InvalidInputException e) {
            throw e.relativeTo(TERMS);
        }
        requireBelowHold(agreement, true);
        return stored(agreement, now, version, "changed " + patch.parts().toString().toLowerCase(java.util.Locale.ROOT),
                base);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public void delete(long id, long expectedVersion) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        agreement.requireDeletable();
        if (!agreements.findChildren(agreement).isEmpty()) {
            throw new ConflictException("Agreement " + agreement.number()
                    + " is the parent of other agreements; change their parent first");
        }
        if (!selectionRules.findByAgreement(agreement).isEmpty()) {
            throw new ConflictException("Selection rules choose agreement " + agreement.number()
                    + "; change or delete them first");
        }
        Instant now = clock.instant();
        record(agreement, now, "deleted", agreement.number());
        Set<Agreement> others = consistency.othersThan(agreement);
        agreements.remove(agreement);
        em.flush();
        consistency.refreshEach(others, now, agreement.number() + " deleted");
        log.info(() -> "Draft agreement " + agreement.number() + " deleted");
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails activate(long id, long expectedVersion) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        Instant now = clock.instant();
        agreement.activate(now);
        return lifecycle(agreement, now, "activated", "in force from " + agreement.validFrom());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails startReview(long id, long expectedVersion) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        agreement.startReview();
        return lifecycle(agreement, clock.instant(), "review started", null);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails completeReview(long id, long expectedVersion, LocalDate nextReviewDate) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        Instant now = clock.instant();
        LocalDate next = agreement.completeReview(nextReviewDate, now);
        return lifecycle(agreement, now, "review completed", "next review on " + next
                + (nextReviewDate == null ? " (a year on, as none was given)" : ""));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails withdrawVersion(long id, long expectedVersion, int versionNumber) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        Instant now = clock.instant();
        em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        AgreementVersion withdrawn = agreement.withdrawVersion(versionNumber, now);
        requireBelowHold(agreement, false);
        return lifecycle(agreement, now, "version withdrawn", "version " + withdrawn.number() + ", planned from "
                + withdrawn.effectiveFrom() + (withdrawn.changeNote() == null ? "" : " (" + withdrawn.changeNote() + ")"));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CUSTOMER, Role.Names.SYSTEM})
    public AgreementDetails approveAmendment(long id, long expectedVersion, int versionNumber) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Instant now = clock.instant();
        boolean forCustomer = callers.customerOrganisation(session).isPresent();
        boolean approved = agreement.approveAmendment(versionNumber, actor(), forCustomer,
                session.isCallerInRole(Role.Names.SYSTEM), now);
        requireBelowHold(agreement, false);
        AgreementVersion version = agreement.versionNumbered(versionNumber).orElseThrow();
        String by = forCustomer ? "for the customer" : "for the provider";
        return lifecycle(agreement, now, approved ? "amendment approved" : "amendment approved in part",
                "version " + versionNumber + " from " + version.effectiveFrom() + ", " + by
                        + (approved ? "; it takes effect on " + version.effectiveFrom()
                        : "; it awaits the approval of the other party"));
    }

    @Override
    public List<TermsDiff.Change> diff(long id, int fromVersion, int toVersion) {
        Agreement agreement = load(id);
        AgreementVersion from = agreement.versionNumbered(fromVersion).orElseThrow(() ->
                new NotFoundException("Agreement " + agreement.number() + " has no version " + fromVersion));
        AgreementVersion to = agreement.versionNumbered(toVersion).orElseThrow(() ->
                new NotFoundException("Agreement " + agreement.number() + " has no version " + toVersion));
        return TermsDiff.between(from.terms(), to.terms());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.SYSTEM})
    public AgreementDetails terminate(long id, long expectedVersion, LocalDate lastDay, String reason) {
        Agreement agreement = loadForUpdate(id, expectedVersion);
        Instant now = clock.instant();
        agreement.terminate(lastDay, reason, now);
        requireChildrenEndBy(agreement, "lastDay");
        return lifecycle(agreement, now, "terminated", "last day " + agreement.terminatedOn().orElseThrow() + ": "
                + reason);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public AgreementDetails.Consistency checkConsistency(long id, LocalDate date) {
        Agreement agreement = load(id);
        Instant now = clock.instant();
        if (date == null || date.equals(agreement.today(now))) {
            return summary(consistency.refreshOne(agreement, now, "checked on request"));
        }
        LocalDate first = LocalDate.of(WorkCalendar.MIN_YEAR, 1, 2);
        LocalDate last = LocalDate.of(WorkCalendar.MAX_YEAR, 12, 30).minusDays(AgreementConsistency.PERIOD.toDays());
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new InvalidFieldException("on", "The check covers a year from this day; give a day from " + first
                    + " to " + last);
        }
        return summary(consistency.checkOn(agreement, now, date));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public List<AgreementDetails.Consistency> consistencyHistory(long id) {
        Agreement agreement = load(id);
        return agreements.findReports(agreement.id()).stream().map(AgreementServiceBean::summary).toList();
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public List<Long> consistencyDue(Instant at) {
        Map<Long, LocalDate> checked = agreements.lastCheckedOn();
        return agreements.findAll().stream()
                .filter(a -> a.lastDay().map(last -> !last.isBefore(a.today(at).minusDays(1))).orElse(true))
                .filter(a -> !checked.containsKey(a.id()) || checked.get(a.id()).isBefore(a.today(at)))
                .map(Agreement::id)
                .toList();
    }

    @Override
    @RolesAllowed(Role.Names.SYSTEM)
    public boolean checkConsistencyOfDay(long id, Instant at) {
        Optional<Agreement> agreement = agreements.findById(id);
        if (agreement.isEmpty()) {
            return false;
        }
        ConsistencyReport report = consistency.refreshOne(agreement.get(), at, "daily check of "
                + agreement.get().today(at));
        return report.checkedAt().equals(at);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public AgreementDetails importAgreement(CustomerChange customer, List<CalendarChange> calendarChanges,
                                            AgreementChange agreement, boolean activate) {
        createCustomerIfMissing(customer);
        for (CalendarChange calendar : calendarChanges) {
            if (calendar.name() == null || calendars.findByName(calendar.name()).isEmpty()) {
                requireSetUpRole("calendar '" + calendar.name() + "'");
                calendarService.create(calendar);
            }
        }
        AgreementDetails created = create(agreement);
        if (!activate) {
            return created;
        }
        AgreementDetails active = activate(created.id(), agreements.findById(created.id()).orElseThrow().version());
        record(agreements.findById(created.id()).orElseThrow(), clock.instant(), "imported",
                "from an agreement document");
        return active;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public AgreementHistory history(long id) {
        Agreement agreement = load(id);
        AgreementDetails details = details(agreement, null, null);
        List<AgreementVersion> own = agreement.versions();
        Map<Long, String> names = new LinkedHashMap<>();
        List<AgreementHistory.Version> versions = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            AgreementTerms terms = own.get(i).terms();
            terms.services().forEach(s -> calendars.findById(s.calendarId()).ifPresent(c -> names.put(c.id(), c.name())));
            versions.add(new AgreementHistory.Version(details.versions().get(i), terms));
        }
        return new AgreementHistory(details, agreement.lastVersionNumber(), versions, names);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION, Role.Names.SYSTEM})
    public AgreementDetails importWithHistory(CustomerChange customer, List<CalendarHistory> calendarHistories,
                                              AgreementImport agreement) {
        createCustomerIfMissing(customer);
        for (int i = 0; i < calendarHistories.size(); i++) {
            importCalendar(calendarHistories.get(i), "calendars[" + i + "]");
        }
        AgreementChange change = agreement.header();
        requireNewNumber(change.number());
        List<InvalidFieldException> errors = new ArrayList<>();
        List<Agreement.PastVersion> versions = new ArrayList<>();
        for (int i = 0; i < agreement.versions().size(); i++) {
            AgreementImport.Version v = agreement.versions().get(i);
            if (v == null) {
                versions.add(null);
                continue;
            }
            AgreementTerms terms = v.terms();
            if (terms != null) {
                try {
                    terms = resolveCalendars(terms, v.serviceCalendars());
                } catch (InvalidInputException e) {
                    errors.addAll(e.prefixed("versions[" + i + "].").errors());
                }
            }
            versions.add(new Agreement.PastVersion(v.number(), v.effectiveFrom(), terms, v.changeNote(), v.createdAt(),
                    v.createdBy(), v.amendment()));
        }
        InvalidInputException.throwIfAny(errors);
        AgreementTerms first = versions.isEmpty() || versions.get(0) == null || versions.get(0).terms() == null
                ? noTerms() : versions.get(0).terms();
        Instant now = clock.instant();
        Agreement imported = Agreement.imported(change.number(), change.type(), withOwner(header(change, first, null)),
                new Agreement.History(versions, agreement.lastVersionNumber(), agreement.status(),
                        agreement.terminatedOn(), agreement.terminationReason()), now, actor());
        agreements.store(imported);
        record(imported, now, "imported", "from an agreement document: " + imported.status() + ", versions "
                + imported.versions().stream().map(v -> v.number() + " from " + v.effectiveFrom()).toList());
        consistency.refresh(imported, now, imported.number() + " imported");
        log.info(() -> "Agreement " + imported.number() + " imported with " + imported.versions().size() + " version(s)");
        return details(imported, null, null);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public List<AuditRecord> audit(long id) {
        load(id);
        return audit.of(AUDIT_SUBJECT, id).stream()
                .map(a -> new AuditRecord(a.occurredAt(), a.actor(), a.action(), a.details()))
                .toList();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void requireNewNumber(String number) {
        if (number != null && agreements.findByNumber(number).isPresent()) {
            throw new InvalidFieldException("number", "An agreement numbered " + number.strip() + " already exists");
        }
    }

    private static AgreementTerms noTerms() {
        return new AgreementTerms(null, null, null, null, null, null, null, null, null, null, null, null, 0, null, null,
                null);
    }

    private void createCustomerIfMissing(CustomerChange customer) {
        if (customer != null && customer.code() != null && organisations.findByCode(customer.code()).isEmpty()) {
            requireSetUpRole("customer " + customer.code());
            customers.create(customer);
        }
    }

    /**
     * Creates the calendar of a document ({@code path} names it there) with all its versions, or uses
     * the one of that name when it counts the same working time; one that differs is a conflict, as
     * using it would change what the agreement promises and creating it is impossible under that name.
     */
    private void importCalendar(CalendarHistory calendar, String path) {
        Optional<BusinessCalendar> existing = calendar.name() == null || calendar.name().isBlank() ? Optional.empty()
                : calendars.findByName(calendar.name().strip());
        if (existing.isPresent()) {
            existing.get().differenceFrom(calendar.timeZone(), calendar.versions()).ifPresent(difference -> {
                throw new ConflictException("Calendar '" + existing.get().name() + "' (" + path + ") exists here and"
                        + " differs from the document's: " + difference + ". Rename it in the document (" + path
                        + ".name and the services that use it) to import it as a new calendar, or bring the two"
                        + " calendars in line first");
            });
            return;
        }
        requireSetUpRole("calendar '" + calendar.name() + "'");
        try {
            calendarService.importCalendar(calendar);
        } catch (InvalidInputException e) {
            throw e.prefixed(path + ".");
        }
    }

    /**
     * An integration imports agreements for customers and calendars that exist; creating them is the
     * work of managers and administrators (as it is outside an import).
     */
    private void requireSetUpRole(String missing) {
        if (!session.isCallerInRole(Role.Names.ADMIN) && !session.isCallerInRole(Role.Names.MANAGER)
                && !session.isCallerInRole(Role.Names.SYSTEM)) {
            throw new NotPermittedException("The document needs the " + missing + ", which does not exist yet; a"
                    + " manager or administrator creates customers and calendars, an integration imports agreements"
                    + " for those that exist");
        }
    }

    /**
     * Stores a change of the terms: audited with each changed value before and after. A version of an
     * agreement in force is a draft amendment until approved; the installation's own set-up (the
     * system identity) approves its amendments as it makes them.
     */
    private AgreementDetails stored(Agreement agreement, Instant now, AgreementVersion version, String action,
                                    AgreementTerms previous) {
        em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String changes = TermsDiff.describe(TermsDiff.between(previous, version.terms()));
        if (!version.approved() && session.isCallerInRole(Role.Names.SYSTEM)) {
            agreement.approveAmendment(version.number(), actor(), false, true, now);
        }
        agreements.store(agreement);
        String state = version.approved() ? "" : " (amendment awaiting approval)";
        record(agreement, now, action, "version " + version.number() + " from " + version.effectiveFrom() + state
                + (version.changeNote() == null ? "" : ": " + version.changeNote()) + "; " + changes);
        if (version.approved()) {
            // a draft amendment governs nothing, so it changes no consistency result until it is approved
            consistency.refresh(agreement, now, agreement.number() + " " + action + ": version " + version.number()
                    + " from " + version.effectiveFrom());
            revised.fire(new AgreementRevised(agreement.id(), now));
        }
        log.info(() -> "Agreement " + agreement.number() + " " + action + ": version " + version.number() + " from "
                + version.effectiveFrom() + state);
        return details(agreement, null, null);
    }

    private AgreementDetails lifecycle(Agreement agreement, Instant now, String action, String detail) {
        agreements.store(agreement);
        record(agreement, now, action, detail);
        consistency.refresh(agreement, now, agreement.number() + " " + action);
        revised.fire(new AgreementRevised(agreement.id(), now));
        log.info(() -> "Agreement " + agreement.number() + " " + action);
        return details(agreement, null, null);
    }

    private Agreement.Header header(AgreementChange change, AgreementTerms terms, Agreement existing) {
        List<InvalidFieldException> errors = new ArrayList<>();
        Organisation customer = change.customer() == null || change.customer().isBlank() ? null
                : organisations.findByCode(change.customer().strip()).orElseGet(() -> {
                    errors.add(new InvalidFieldException("customer", "There is no customer with code " + change.customer()));
                    return null;
                });
        SupportGroup provider = group("providerGroup", change.providerGroup(), errors);
        SupportGroup consumer = group("consumerGroup", change.consumerGroup(), errors);
        Agreement parent = null;
        if (change.parent() != null && !change.parent().isBlank()) {
            parent = agreements.findByNumber(change.parent()).orElse(null);
            if (parent == null) {
                errors.add(new InvalidFieldException("parent", "There is no agreement numbered " + change.parent()));
            } else if (existing != null && parent.equals(existing)) {
                errors.add(new InvalidFieldException("parent", "An agreement cannot be its own parent"));
                parent = null;
            }
        }
        String zone = change.timeZone();
        if ((zone == null || zone.isBlank()) && existing == null) {
            Agreement inheritedFrom = parent;
            zone = terms.services().stream().findFirst()
                    .flatMap(s -> calendars.findById(s.calendarId())).map(c -> c.zone().getId())
                    .orElseGet(() -> inheritedFrom == null ? null : inheritedFrom.zone().getId());
        }
        InvalidInputException.throwIfAny(errors);
        return new Agreement.Header(change.title(), customer, provider, consumer, parent, zone, change.validFrom(),
                change.validTo(), change.reviewDate(), change.owner(), change.amendmentApproval());
    }

    private Agreement.Header withOwner(Agreement.Header h) {
        return h.owner() != null && !h.owner().isBlank() ? h : new Agreement.Header(h.title(), h.customer(),
                h.providerGroup(), h.consumerGroup(), h.parent(), h.timeZone(), h.validFrom(), h.validTo(),
                h.reviewDate(), actor(), h.amendmentApproval());
    }

    private SupportGroup group(String field, String code, List<InvalidFieldException> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return groups.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT)).orElseGet(() -> {
            errors.add(new InvalidFieldException(field, "There is no support group with code " + code));
            return null;
        });
    }

    /** The terms with each service on the calendar its reference (an id or a name) names. */
    private AgreementTerms resolveCalendars(AgreementTerms terms, List<String> references) {
        List<InvalidFieldException> errors = new ArrayList<>();
        List<ServiceTerms> services = new ArrayList<>();
        for (int i = 0; i < terms.services().size(); i++) {
            ServiceTerms service = terms.services().get(i);
            String reference = i < references.size() ? references.get(i) : null;
            Optional<BusinessCalendar> calendar = calendarOf(reference);
            if (calendar.isEmpty()) {
                errors.add(new InvalidFieldException("terms.services[" + i + "].calendar", reference == null
                        || reference.isBlank() ? "Name the calendar of the service hours (its id or name)"
                        : "There is no calendar '" + reference + "'"));
                services.add(service);
            } else {
                services.add(service.onCalendar(calendar.get().id()));
            }
        }
        errors.addAll(unknownEscalationGroups(terms));
        InvalidInputException.throwIfAny(errors);
        return terms.withServices(services);
    }

    /** An error for each escalation step that moves tickets to a support group that does not exist. */
    private List<InvalidFieldException> unknownEscalationGroups(AgreementTerms terms) {
        List<InvalidFieldException> errors = new ArrayList<>();
        for (int i = 0; i < terms.escalations().size(); i++) {
            List<EscalationStep> steps = terms.escalations().get(i).steps();
            for (int j = 0; j < steps.size(); j++) {
                List<EscalationAction> actions = steps.get(j).actions();
                for (int k = 0; k < actions.size(); k++) {
                    String group = actions.get(k).group();
                    if (actions.get(k).type() == EscalationActionType.MOVE_TO_GROUP && group != null
                            && groups.findByCode(group).isEmpty()) {
                        errors.add(new InvalidFieldException("terms.escalations[" + i + "].steps[" + j + "].actions["
                                + k + "].group", "There is no support group with code " + group));
                    }
                }
            }
        }
        return errors;
    }

    private Optional<BusinessCalendar> calendarOf(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String text = reference.strip();
        if (text.chars().allMatch(Character::isDigit) && text.length() < 19) {
            Optional<BusinessCalendar> byId = calendars.findById(Long.parseLong(text));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return calendars.findByName(text);
    }

    private Agreement load(long id) {
        return agreements.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("There is no agreement " + id));
    }

    /** A customer user sees only the SLAs of their own organisation. */
    private boolean visible(Agreement agreement) {
        return agreement.visibleTo(callers.customerOrganisation(session).orElse(null));
    }

    private Agreement loadForUpdate(long id, long expectedVersion) {
        Agreement agreement = load(id);
        if (agreement.version() != expectedVersion) {
            throw new StaleVersionException("Agreement " + id, expectedVersion, agreement.version());
        }
        return agreement;
    }

    /** The agreements below {@code parent} stay within its validity. */
    private void requireChildrenWithin(Agreement parent) {
        for (Agreement child : agreements.findChildren(parent)) {
            if (child.validFrom().isBefore(parent.validFrom())) {
                throw new InvalidFieldException("validFrom", "Agreement " + child.number() + " below this one starts on "
                        + child.validFrom() + "; move it first, or start on " + child.validFrom() + " or earlier");
            }
        }
        requireChildrenEndBy(parent, "validTo");
    }

    /**
     * The agreements below {@code parent} end no later than its last day (validity or termination);
     * a terminated one has ended. {@code field} is the one the refusal names.
     */
    private void requireChildrenEndBy(Agreement parent, String field) {
        LocalDate end = parent.lastDay().orElse(null);
        if (end == null) {
            return;
        }
        for (Agreement child : agreements.findChildren(parent)) {
            if (child.status() != AgreementStatus.TERMINATED && child.lastDay().map(d -> d.isAfter(end)).orElse(true)) {
                throw new InvalidFieldException(field, "Agreement " + child.number() + " below this one is valid "
                        + child.lastDay().map(d -> "until " + d).orElse("without end") + "; end or terminate it first,"
                        + " or end this one on " + child.lastDay().map(LocalDate::toString).orElse("a later day")
                        + " or later");
            }
        }
    }

    /** The header's audited fields, one {@code name=value} per line. */
    private static String headerText(Agreement a) {
        return String.join("\n", "title=" + a.title(), "validFrom=" + a.validFrom(),
                "validTo=" + a.validTo().map(LocalDate::toString).orElse("none"),
                "reviewDate=" + a.reviewDate().map(LocalDate::toString).orElse("none"),
                "owner=" + a.owner().orElse("none"), "timeZone=" + a.zone().getId(),
                "amendmentApproval=" + a.amendmentApproval());
    }

    /** What changed between two header texts: {@code validTo: 2027-12-31 -> 2027-06-30; ...}. */
    private static String headerChanges(String before, String after) {
        String[] was = before.split("\n");
        String[] now = after.split("\n");
        List<String> changes = new java.util.ArrayList<>();
        for (int i = 0; i < was.length; i++) {
            if (!was[i].equals(now[i])) {
                int eq = was[i].indexOf('=');
                changes.add(was[i].substring(0, eq) + ": " + was[i].substring(eq + 1) + " -> " + now[i].substring(eq + 1));
            }
        }
        return String.join("; ", changes);
    }

    private void record(Agreement agreement, Instant now, String action, String details) {
        audit.record(new AuditEntry(now, actor(), AUDIT_SUBJECT, agreement.id(), action, details));
    }

    private String actor() {
        return callers.actor(session);
    }

    // ---- details ---------------------------------------------------------------------------------

    private AgreementDetails details(Agreement a, LocalDate on, AgreementVersion chosen) {
        Instant now = clock.instant();
        LocalDate today = a.today(now);
        Optional<AgreementVersion> inForce = a.monitoredOn(today) ? a.versionOn(today) : Optional.empty();
        AgreementVersion shown = chosen != null ? chosen
                : on != null ? a.versionOn(on).orElseThrow()
                : a.versionOn(today).orElse(a.versions().get(0));
        List<AgreementDetails.VersionSummary> versions = a.versions().stream()
                .map(v -> summary(v, inForce.map(v::equals).orElse(false))).toList();
        AgreementTerms own = shown.terms();
        LocalDate day = chosen != null ? shown.effectiveFrom()
                : on != null ? on
                : today.isBefore(shown.effectiveFrom()) ? shown.effectiveFrom() : today;
        AgreementTerms effective = shown.approved() ? a.effectiveTermsOn(day).orElse(own)
                : a.parent().flatMap(p -> p.effectiveTermsOn(day)).map(own::inheritingFrom).orElse(own);
        Map<Long, String> names = new LinkedHashMap<>();
        Set<Long> ids = new LinkedHashSet<>();
        own.services().forEach(s -> ids.add(s.calendarId()));
        effective.services().forEach(s -> ids.add(s.calendarId()));
        ids.forEach(id -> calendars.findById(id).ifPresent(c -> names.put(id, c.name())));
        AgreementDetails.Consistency report = callers.customerOrganisation(session).isPresent() ? null
                : agreements.findReport(a.id()).map(AgreementServiceBean::summary)
                .orElse(AgreementDetails.Consistency.none());
        return new AgreementDetails(a.id(), a.version(), a.number(), a.type(), a.title(), a.status(),
                a.customer().map(c -> new AgreementDetails.PartyRef(c.id(), c.code(), c.name())).orElse(null),
                a.providerGroup().map(AgreementServiceBean::ref).orElse(null),
                a.consumerGroup().map(AgreementServiceBean::ref).orElse(null),
                a.parent().map(p -> new AgreementDetails.PartyRef(p.id(), p.number(), p.title())).orElse(null),
                a.zone().getId(), a.validFrom(), a.validTo().orElse(null), a.reviewDate().orElse(null),
                a.owner().orElse(null), a.createdAt(), a.activatedAt().orElse(null), a.terminatedOn().orElse(null),
                a.terminationReason().orElse(null), a.monitoredOn(today), versions,
                summary(shown, inForce.map(shown::equals).orElse(false)), own, effective, names, report,
                a.amendmentApproval());
    }

    private static AgreementDetails.PartyRef ref(SupportGroup g) {
        return new AgreementDetails.PartyRef(g.id(), g.code(), g.name());
    }

    private static AgreementDetails.VersionSummary summary(AgreementVersion v, boolean inForce) {
        return new AgreementDetails.VersionSummary(v.number(), v.effectiveFrom(), v.createdAt(), v.createdBy(),
                v.changeNote(), inForce, v.amendmentStatus(), v.approvedBy().orElse(null), v.approvedAt().orElse(null),
                v.customerApprovedBy().orElse(null), v.customerApprovedAt().orElse(null));
    }

    static AgreementDetails.Consistency summary(ConsistencyReport r) {
        List<ConsistencyReport.Day> days = r.days();
        return new AgreementDetails.Consistency(r.checkedOn(), r.checkedAt(), r.confirmedAt(), r.checkedFrom(),
                r.checkedTo(), r.trigger(), days.get(0).checked(), days.get(0).findings(), days.subList(1, days.size()));
    }
}
