package org.servicelevel.domain.model.ticket;

import static org.servicelevel.domain.Texts.strippedOrNull;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicelevel.domain.ConflictException;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.NotPermittedException;
import org.servicelevel.domain.Texts;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.selection.AgreementSelector;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.supportgroup.SupportGroup;

/**
 * A ticket: a customer's request or incident, governed by the agreement version in force on the day
 * it was registered, with the priority, service and support group it has now and the full history of
 * how it got there. Its {@link #number() number} (e.g. {@code T-000123}) is what people quote.
 *
 * <p>A ticket no selection rule found an agreement for may be registered without one: it has no SLA
 * clocks until staff {@link #assignAgreement assign} one of its customer's SLAs, whose version in force
 * on the registration day then governs it from registration, as if it had been chosen then.
 *
 * <p>Every change goes through a method that records an event with its instant (to the second, the
 * precision of the SLA clocks) and actor, and events are in order of time: a history imported from another help desk is replayed through the
 * same methods as live changes, so both yield the same events and therefore the same clocks.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = "Ticket.findByNumber", query = "SELECT t FROM Ticket t WHERE t.number = :number")
@NamedQuery(name = "Ticket.findAllById", query = "SELECT t FROM Ticket t WHERE t.id IN :ids")
@NamedQuery(name = "Ticket.findByExternalReference",
        query = "SELECT t FROM Ticket t WHERE t.customer = :customer AND t.externalReference = :reference")
@NamedQuery(name = "Ticket.idsWithStaleClocks",
        query = "SELECT t.id FROM Ticket t WHERE t.clockRules < :rules AND t.id > :after ORDER BY t.id")
@NamedQuery(name = "Ticket.findChildren", query = "SELECT t FROM Ticket t WHERE t.parent = :parent ORDER BY t.id")
public class Ticket {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TAGS = 30;
    private static final int MAX_TEXT = 8000;

    /** The actor of changes nobody made by hand: escalation steps and breaches recorded when they happen. */
    public static final String SYSTEM_ACTOR = "system";

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "external_reference", length = 200)
    private String externalReference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Organisation customer;

    @Column(name = "requester_username", length = 100)
    private String requesterUsername;

    @Column(name = "requester_name", length = 200)
    private String requesterName;

    @Column(name = "requester_email", length = 320)
    private String requesterEmail;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 8000)
    private String description;

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    /** The SLA that governs the ticket; none when no selection rule found one and none was assigned yet. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "agreement_version")
    private Integer agreementVersion;

    /** One of the agreement's priorities; without an agreement, the number the caller gave, if any. */
    @Column(name = "priority_number")
    private Integer priority;

    /** How much of the customer's business the ticket affects, as the requester judged it; null if not given. */
    @Enumerated(EnumType.STRING)
    @Column(name = "impact", length = 10)
    private MatrixLevel impact;

    /** How soon the matter hurts, as the requester judged it; given together with the impact, or not at all. */
    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", length = 10)
    private MatrixLevel urgency;

    @Column(name = "request_type", length = 100)
    private String requestType;

    @ElementCollection
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag", nullable = false, length = 100)
    private Set<String> tags = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    @Column(length = 100)
    private String region;

    @Column(length = 100)
    private String assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "support_group_id")
    private SupportGroup supportGroup;

    @Column(nullable = false, length = 60)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_category", nullable = false, length = 30)
    private StatusCategory statusCategory;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Ticket parent;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<TicketEvent> events = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ticket_clock", joinColumns = @JoinColumn(name = "ticket_id"))
    private List<ClockSnapshot> clocks = new ArrayList<>();

    /** The edition of the clock rules the stored snapshot was computed with. */
    @Column(name = "clock_rules", nullable = false)
    private int clockRules;

    protected Ticket() {
    }

    /**
     * What a ticket is registered with: who it is for and from, what it is about, and the agreement,
     * service and priority chosen for it. Without an agreement the version is ignored and the priority
     * is a plain number the caller gave, or none. Impact and urgency are given together or not at all.
     */
    public record Registration(Organisation customer, String requesterUsername, String requesterName,
                               String requesterEmail, String title, String description, String serviceCode,
                               Agreement agreement, Integer agreementVersion, Integer priority, MatrixLevel impact,
                               MatrixLevel urgency, String requestType,
                               Set<String> tags, Channel channel, String region, String assignee,
                               SupportGroup supportGroup, String externalReference) {
    }

    /** Registers a ticket at {@code at} in the model's initial status. */
    public Ticket(String number, Registration r, TicketStatus initial, Instant at, String actor, boolean byCustomer) {
        List<InvalidFieldException> errors = new ArrayList<>();
        this.number = Objects.requireNonNull(number, "number");
        this.customer = Objects.requireNonNull(r.customer(), "customer");
        this.agreement = r.agreement();
        this.agreementVersion = agreement == null ? null : Objects.requireNonNull(r.agreementVersion(), "version");
        this.priority = agreement == null ? r.priority() : Objects.requireNonNull(r.priority(), "priority");
        this.serviceCode = Objects.requireNonNull(r.serviceCode(), "serviceCode");
        this.impact = r.impact();
        this.urgency = r.urgency();
        if ((impact == null) != (urgency == null)) {
            errors.add(impact == null ? new InvalidFieldException("impact", "Give the impact with the urgency: one of "
                    + List.of(MatrixLevel.values())) : new InvalidFieldException("urgency", "Give the urgency with the"
                    + " impact: one of " + List.of(MatrixLevel.values())));
        }
        this.requesterUsername = strippedOrNull(r.requesterUsername());
        this.requesterName = strippedOrNull(r.requesterName());
        this.requesterEmail = strippedOrNull(r.requesterEmail());
        this.assignee = strippedOrNull(r.assignee());
        if (requesterEmail != null && (requesterEmail.length() > 320 || !EMAIL.matcher(requesterEmail).matches())) {
            errors.add(new InvalidFieldException("requester.email", "Give the requester's e-mail as name@example.com"));
        }
        printable(errors, "requester.email", requesterEmail, false);
        printable(errors, "requester.username", requesterUsername, false);
        printable(errors, "requester.name", requesterName, false);
        printable(errors, "assignee", assignee, false);
        printable(errors, "externalReference", r.externalReference(), false);
        tooLong(errors, "requester.username", requesterUsername, 100);
        tooLong(errors, "requester.name", requesterName, 200);
        tooLong(errors, "assignee", assignee, 100);
        this.externalReference = strippedOrNull(r.externalReference());
        if (externalReference != null && externalReference.length() > 200) {
            errors.add(new InvalidFieldException("externalReference", "An external reference has at most 200 characters"));
        }
        this.channel = r.channel() == null ? Channel.API : r.channel();
        this.supportGroup = r.supportGroup();
        applyDetails(r.title(), r.description(), r.requestType(), r.tags(), r.region(), errors);
        InvalidInputException.throwIfAny(errors);
        this.status = initial.code();
        this.statusCategory = initial.category();
        this.registeredAt = second(Objects.requireNonNull(at, "at"));
        this.createdBy = actor;
        record(TicketEventType.REGISTERED, registeredAt, actor, byCustomer, null, status, description, true);
    }

    // ---- changes ---------------------------------------------------------------------------------

    /**
     * Moves the ticket to another status along a transition of the model. Leaving the new category is
     * the first response when support staff do it; resolving, closing and reopening set or clear the
     * instants they stand for. A note by staff is internal unless {@code noteVisibleToCustomer}; a
     * customer's note is always visible to the customer.
     *
     * @throws ConflictException     if the model has no such transition from the current status
     * @throws NotPermittedException if a customer makes a transition reserved to support staff
     */
    public void transition(StatusModel model, String to, Instant at, String actor, boolean byCustomer, String note,
                           boolean noteVisibleToCustomer) {
        String kept = Texts.multiLine("note", note);
        if (kept != null && kept.length() > MAX_TEXT) {
            throw new InvalidFieldException("note", "A note has at most " + MAX_TEXT + " characters");
        }
        TicketStatus target = model.status(to).orElseThrow(() -> new InvalidFieldException("to", "There is no status '"
                + to + "'; the statuses are " + model.statuses().stream().map(TicketStatus::code).toList()));
        StatusTransition transition = model.transition(status, target.code()).orElseThrow(() -> new ConflictException(
                "Ticket " + number + " is " + status + " and cannot move to " + target.code() + "; it can move to "
                        + model.from(status, byCustomer).stream().map(StatusTransition::to).toList()));
        if (byCustomer && !transition.customerAllowed()) {
            throw new NotPermittedException("Only support staff can move a ticket from " + status + " to "
                    + target.code());
        }
        requireChronology(at);
        String from = status;
        status = target.code();
        StatusCategory previous = statusCategory;
        statusCategory = target.category();
        if (previous == StatusCategory.NEW && statusCategory != StatusCategory.NEW && !byCustomer
                && firstResponseAt == null) {
            firstResponseAt = second(at);
        }
        if (statusCategory == StatusCategory.RESOLVED) {
            resolvedAt = second(at);
        } else if (statusCategory.open()) {
            resolvedAt = null;
            closedAt = null;
        }
        if (statusCategory == StatusCategory.CLOSED || statusCategory == StatusCategory.CANCELLED) {
            closedAt = second(at);
        }
        record(TicketEventType.STATUS, at, actor, byCustomer, from, status, kept,
                kept != null && (byCustomer || noteVisibleToCustomer));
    }

    /**
     * Changes the priority to one of the agreement's; the clocks recalculate their targets from
     * registration. A ticket without an agreement gets its priority with the agreement assigned to it.
     */
    public void changePriority(int newPriority, AgreementTerms terms, Instant at, String actor, String reason) {
        String why = Texts.multiLine("priorityReason", reason);
        if (why != null && why.length() > MAX_TEXT) {
            throw new InvalidFieldException("priorityReason", "At most " + MAX_TEXT + " characters");
        }
        if (agreement == null || terms == null) {
            throw new InvalidFieldException("priority", "Ticket " + number + " has no agreement, so no priorities to"
                    + " choose from; assign it an agreement, which sets the priority too");
        }
        if (terms.priority(newPriority).isEmpty()) {
            throw new InvalidFieldException("priority", "Agreement " + agreement.number() + " has no priority "
                    + newPriority + "; it has " + terms.priorities().stream().map(p -> p.number()).toList());
        }
        if (newPriority == priority) {
            return;
        }
        requireOpen("change the priority of");
        requireChronology(at);
        int from = priority;
        priority = newPriority;
        record(TicketEventType.PRIORITY, at, actor, false, Integer.toString(from), Integer.toString(priority), why,
                false);
    }

    /** Assigns the ticket to a person and support group; a higher line extends the resolution target. */
    public void assign(String newAssignee, SupportGroup newGroup, Instant at, String actor) {
        String person = Texts.oneLine("assignee", newAssignee);
        if (person != null && person.length() > 100) {
            throw new InvalidFieldException("assignee", "At most 100 characters");
        }
        if (Objects.equals(person, assignee) && Objects.equals(code(newGroup), supportGroupCode())) {
            return;
        }
        requireChronology(at);
        String from = describeAssignment(assignee, supportGroup);
        assignee = person;
        supportGroup = newGroup;
        record(TicketEventType.ASSIGNMENT, at, actor, false, from, describeAssignment(assignee, supportGroup), null,
                false);
    }

    /**
     * Adds a comment. A customer's comments are always visible to the customer; a public comment by
     * support staff on an open ticket is the first response if there was none.
     */
    public void comment(String text, boolean visibleToCustomer, Instant at, String actor, boolean byCustomer) {
        String kept = Texts.multiLine("text", text);
        if (kept == null) {
            throw new InvalidFieldException("text", "A comment needs a text");
        }
        if (kept.length() > MAX_TEXT) {
            throw new InvalidFieldException("text", "A comment has at most " + MAX_TEXT + " characters");
        }
        requireChronology(at);
        boolean visible = byCustomer || visibleToCustomer;
        if (visible && !byCustomer && firstResponseAt == null && statusCategory.open()) {
            firstResponseAt = second(at);
        }
        record(TicketEventType.COMMENT, at, actor, byCustomer, null, null, kept, visible);
    }

    /** Changes what the ticket says; the event lists the fields that changed. */
    public void changeDetails(String newTitle, String newDescription, String newRequestType, Set<String> newTags,
                              String newRegion, Instant at, String actor) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(strippedOrNull(newTitle), title)) {
            changed.add("title");
        }
        if (!Objects.equals(strippedOrNull(newDescription), description)) {
            changed.add("description");
        }
        if (!Objects.equals(strippedOrNull(newRequestType), requestType)) {
            changed.add("requestType");
        }
        if (!normalisedTags(newTags).equals(tags)) {
            changed.add("tags");
        }
        if (!Objects.equals(strippedOrNull(newRegion), region)) {
            changed.add("region");
        }
        if (changed.isEmpty()) {
            return;
        }
        requireChronology(at);
        List<InvalidFieldException> errors = new ArrayList<>();
        applyDetails(newTitle, newDescription, newRequestType, newTags, newRegion, errors);
        InvalidInputException.throwIfAny(errors);
        record(TicketEventType.DETAILS, at, actor, false, null, String.join(", ", changed), null, false);
    }

    /** Makes this ticket a child of {@code newParent} (or of none), within the same customer and without cycles. */
    public void linkTo(Ticket newParent, Instant at, String actor) {
        if (Objects.equals(newParent == null ? null : newParent.number, parent == null ? null : parent.number)) {
            return;
        }
        if (newParent != null) {
            if (!newParent.customer.equals(customer)) {
                throw new InvalidFieldException("parent", "Ticket " + newParent.number + " belongs to another customer");
            }
            for (Ticket t = newParent; t != null; t = t.parent) {
                if (t == this || t.number.equals(number)) {
                    throw new InvalidFieldException("parent", "Ticket " + newParent.number + " is below " + number
                            + "; a ticket cannot be its own ancestor");
                }
            }
        }
        requireChronology(at);
        String from = parent == null ? null : parent.number;
        parent = newParent;
        record(TicketEventType.LINK, at, actor, false, from, newParent == null ? null : newParent.number, null, false);
    }

    /**
     * Records in the history, at registration, that no agreement applied and why (for staff: the
     * selection rules' trace); the ticket then keeps no SLA clocks until an agreement is assigned.
     */
    public void recordWithoutAgreement(String why) {
        if (agreement != null || events.size() != 1) {
            throw new IllegalStateException(this + " has an agreement or a history beyond its registration");
        }
        record(TicketEventType.AGREEMENT, registeredAt, createdBy, false, null, null, why, false);
    }

    /**
     * Records in the history, at registration, how the priority was chosen when the ticket came with
     * an impact and an urgency rather than a priority (e.g. from the agreement's impact × urgency matrix).
     */
    public void recordPriorityDerivation(String how) {
        if (priority == null || impact == null || events.size() != 1) {
            throw new IllegalStateException(this + " has no priority, impact or urgency, or a history beyond its"
                    + " registration");
        }
        record(TicketEventType.PRIORITY, registeredAt, createdBy, false, null, priority.toString(), how, false);
    }

    /**
     * Puts a ticket registered without an agreement under {@code sla}: an SLA of the ticket's customer
     * that applied on the registration day and covers its service, the same conditions as for a
     * selection rule. The version in force on the registration day governs the ticket from
     * registration; the priority is {@code newPriority}, else the number the ticket was registered
     * with, else the one the agreement's impact × urgency matrix gives the ticket's impact and urgency,
     * else the one the agreement gives its request type. The event names the agreement, version
     * and priority.
     *
     * @throws ConflictException     if the ticket already has an agreement (changing it is not supported)
     * @throws InvalidFieldException naming {@code agreement} or {@code priority} if they do not fit
     */
    public void assignAgreement(Agreement sla, Integer newPriority, Instant at, String actor) {
        if (agreement != null) {
            throw new ConflictException("Ticket " + number + " is governed by " + agreement.number() + " v"
                    + agreementVersion + "; an agreement can be assigned only to a ticket that has none, and changing"
                    + " a ticket's agreement is not supported");
        }
        if (sla.type() != AgreementType.SLA) {
            throw new InvalidFieldException("agreement", sla.number() + " is an " + sla.type()
                    + "; tickets are governed by SLAs");
        }
        AgreementSelector.unfit(sla, customer.code(), registeredAt).ifPresent(why -> {
            throw new InvalidFieldException("agreement", "Ticket " + number + " of " + customer.code()
                    + " cannot be put under it: " + why);
        });
        LocalDate day = LocalDate.ofInstant(registeredAt, sla.zone());
        AgreementTerms terms = sla.effectiveTermsOn(day).orElseThrow();
        if (terms.service(serviceCode).isEmpty()) {
            throw new InvalidFieldException("agreement", sla.number() + " does not cover service " + serviceCode
                    + " of ticket " + number + "; it covers " + terms.services().stream().map(s -> s.code()).toList());
        }
        int chosen;
        if (newPriority != null || priority != null) {
            int wanted = newPriority != null ? newPriority : priority;
            if (terms.priority(wanted).isEmpty()) {
                throw new InvalidFieldException("priority", sla.number() + " has no priority " + wanted
                        + (newPriority == null ? " (the one ticket " + number + " was registered with)" : "")
                        + "; it has " + terms.priorities().stream().map(p -> p.number()).toList());
            }
            chosen = wanted;
        } else {
            chosen = terms.priorityFor(impact, urgency).or(() -> terms.priorityForRequestKind(requestType))
                    .map(p -> p.number()).orElseThrow(() ->
                    new InvalidFieldException("priority", sla.number() + " has no priorities"));
        }
        requireChronology(at);
        agreement = sla;
        agreementVersion = sla.versionOn(day).orElseThrow().number();
        priority = chosen;
        record(TicketEventType.AGREEMENT, at, actor, false, null, sla.number() + " v" + agreementVersion
                + ", priority " + chosen, null, false);
    }

    /**
     * Records that a clock passed its target, when it happened: the breach is a fact of the history,
     * whoever reads the ticket later.
     */
    public void recordBreach(String metric, Instant due, Instant at) {
        requireChronology(at);
        record(TicketEventType.BREACH, at, SYSTEM_ACTOR, false, null, metric, "due " + due, false);
    }

    /** Records that a step of a clock's escalation fired and what its actions did. */
    public void recordEscalation(String metric, String step, String outcome, Instant at) {
        requireChronology(at);
        String text = outcome == null || outcome.length() <= MAX_TEXT ? outcome : outcome.substring(0, MAX_TEXT - 3)
                + "...";
        record(TicketEventType.ESCALATION, at, SYSTEM_ACTOR, false, null, metric + ": " + step, text, false);
    }

    /** Adds a tag, as a change of the ticket's details; nothing happens if the ticket has it already. */
    public void addTag(String tag, Instant at, String actor) {
        Set<String> more = new LinkedHashSet<>(tags);
        more.add(tag);
        changeDetails(title, description, requestType, more, region, at, actor);
    }

    /** Replaces the stored snapshot of the clocks, computed under the current edition of the clock rules. */
    public void storeClocks(List<SlaClock> current, Instant at) {
        clocks = new ArrayList<>(snapshotsOf(current, at));
        clockRules = ClockCalculator.RULES;
    }

    /**
     * Stores the snapshots of {@code current} computed at {@code at} unless the stored ones say the same
     * of every clock (state, target, due and breach instants): a snapshot of a running clock stays a
     * true account until the clock changes, since its counted time plus the real time since it was
     * computed bounds what the clock has counted since. Returns whether it stored them.
     */
    public boolean refreshClocks(List<SlaClock> current, Instant at) {
        if (clockRules == ClockCalculator.RULES && clocks.size() == current.size()
                && current.stream().allMatch(c -> clocks.stream().anyMatch(s -> s.tells(c)))) {
            return false;
        }
        storeClocks(current, at);
        return true;
    }

    /** The snapshots of {@code current} as this ticket would store them at {@code at}. */
    public static List<ClockSnapshot> snapshotsOf(List<SlaClock> current, Instant at) {
        return current.stream().map(c -> new ClockSnapshot(c, at)).toList();
    }

    /** The instant to record a live change at: now, but never before the last event. */
    public Instant nextInstant(Instant now) {
        Instant last = events.get(events.size() - 1).occurredAt();
        return now.isBefore(last) ? last : now;
    }

    // ---- history ---------------------------------------------------------------------------------

    /**
     * The ticket's history as the clocks read it, as of {@code at}: the phases of status, support
     * group, priority and first response up to then; changes within one second each give a phase of
     * their own, in their order. The first response is read from the events: the first move out of a
     * new status by staff, or the first comment by staff visible to the customer on an open ticket.
     * Before an agreement was assigned, the ticket counts as having had the priority it got then.
     */
    public ClockCalculator.TicketHistory historyAsOf(Instant at) {
        List<Phase> phases = new ArrayList<>();
        boolean responded = false;
        int assignment = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type() == TicketEventType.AGREEMENT && events.get(i).toValue() != null) {
                assignment = i;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            TicketEvent e = events.get(i);
            Integer recorded = i < assignment ? events.get(assignment).priority() : e.priority();
            int eventPriority = recorded == null ? 0 : recorded;
            if (e.occurredAt().isAfter(at) && !phases.isEmpty()) {
                break;
            }
            Phase previous = phases.isEmpty() ? null : phases.get(phases.size() - 1);
            if (previous != null && !e.byCustomer()) {
                responded |= e.type() == TicketEventType.STATUS && previous.category() == StatusCategory.NEW
                        && e.category() != StatusCategory.NEW
                        || e.type() == TicketEventType.COMMENT && e.isPublic() && previous.category().open();
            }
            if (previous == null || !previous.status().equals(e.status())
                    || !Objects.equals(previous.group(), e.group()) || previous.lineLevel() != e.lineLevel()
                    || previous.priority() != eventPriority || previous.responded() != responded) {
                phases.add(new Phase(previous == null ? registeredAt : e.occurredAt(), e.status(), e.category(),
                        e.group(), e.lineLevel(), eventPriority, responded));
            }
        }
        return new ClockCalculator.TicketHistory(registeredAt, phases);
    }

    // ---- internals -------------------------------------------------------------------------------

    private void record(TicketEventType type, Instant at, String actor, boolean byCustomer, String from, String to,
                        String text, boolean visible) {
        events.add(new TicketEvent(this, events.size() + 1, type, second(at), actor == null ? "system" : actor,
                byCustomer, from, to, text, visible));
    }

    /** The instant to the second: what the clocks count in. */
    private static Instant second(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private void requireChronology(Instant at) {
        Instant last = events.isEmpty() ? registeredAt : events.get(events.size() - 1).occurredAt();
        if (second(at).isBefore(last)) {
            throw new InvalidFieldException("at", "Ticket " + number + " changed last at " + last
                    + "; events are recorded in order of time, so " + at + " is too early");
        }
    }

    private void requireOpen(String action) {
        if (!statusCategory.open()) {
            throw new ConflictException("Ticket " + number + " is " + status + "; reopen it to " + action + " it");
        }
    }

    private void applyDetails(String newTitle, String newDescription, String newRequestType, Set<String> newTags,
                              String newRegion, List<InvalidFieldException> errors) {
        int before = errors.size();
        String t = strippedOrNull(newTitle);
        if (t == null || t.length() > 300) {
            errors.add(new InvalidFieldException("title", "A ticket needs a title of at most 300 characters"));
        }
        String d = strippedOrNull(newDescription);
        if (d != null && d.length() > MAX_TEXT) {
            errors.add(new InvalidFieldException("description", "A description has at most " + MAX_TEXT + " characters"));
        }
        Set<String> normalised = normalisedTags(newTags);
        if (normalised.size() > MAX_TAGS || normalised.stream().anyMatch(tag -> tag.length() > 100)) {
            errors.add(new InvalidFieldException("tags", "A ticket has at most " + MAX_TAGS + " tags of at most 100"
                    + " characters"));
        }
        tooLong(errors, "requestType", newRequestType, 100);
        tooLong(errors, "region", newRegion, 100);
        printable(errors, "title", newTitle, false);
        printable(errors, "description", newDescription, true);
        printable(errors, "requestType", newRequestType, false);
        printable(errors, "region", newRegion, false);
        normalised.forEach(tag -> printable(errors, "tags", tag, false));
        if (errors.size() > before) {
            return;
        }
        title = t;
        description = d;
        requestType = strippedOrNull(newRequestType);
        tags = new LinkedHashSet<>(normalised);
        region = strippedOrNull(newRegion);
    }

    private static void printable(List<InvalidFieldException> errors, String field, String value, boolean multiLine) {
        String problem = Texts.problem(value, multiLine);
        if (problem != null && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new InvalidFieldException(field, problem));
        }
    }

    private static void tooLong(List<InvalidFieldException> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new InvalidFieldException(field, "At most " + max + " characters"));
        }
    }

    private static Set<String> normalisedTags(Set<String> raw) {
        Set<String> result = new LinkedHashSet<>();
        if (raw != null) {
            raw.stream().map(Texts::strippedOrNull).filter(Objects::nonNull).map(s -> s.toLowerCase(Locale.ROOT))
                    .forEach(result::add);
        }
        return result;
    }

    private static String describeAssignment(String person, SupportGroup group) {
        return (person == null ? "nobody" : person) + " in " + (group == null ? "no group" : group.code());
    }

    private static String code(SupportGroup group) {
        return group == null ? null : group.code();
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

    public Optional<String> externalReference() {
        return Optional.ofNullable(externalReference);
    }

    public Organisation customer() {
        return customer;
    }

    public String requesterUsername() {
        return requesterUsername;
    }

    public String requesterName() {
        return requesterName;
    }

    public String requesterEmail() {
        return requesterEmail;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String serviceCode() {
        return serviceCode;
    }

    /** The SLA that governs the ticket; empty for a ticket registered without one and not assigned one yet. */
    public Optional<Agreement> agreement() {
        return Optional.ofNullable(agreement);
    }

    /** The number of the agreement's version that governs the ticket; null without an agreement. */
    public Integer agreementVersion() {
        return agreementVersion;
    }

    /** The priority; without an agreement, the plain number the caller gave, or null. */
    public Integer priority() {
        return priority;
    }

    /** The impact the ticket was registered with, if any. */
    public Optional<MatrixLevel> impact() {
        return Optional.ofNullable(impact);
    }

    /** The urgency the ticket was registered with, if any. */
    public Optional<MatrixLevel> urgency() {
        return Optional.ofNullable(urgency);
    }

    public String requestType() {
        return requestType;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Channel channel() {
        return channel;
    }

    public String region() {
        return region;
    }

    public String assignee() {
        return assignee;
    }

    public Optional<SupportGroup> supportGroup() {
        return Optional.ofNullable(supportGroup);
    }

    String supportGroupCode() {
        return code(supportGroup);
    }

    /** The support line of the current group; 0 if the group is not a line or there is none. */
    public int lineLevel() {
        return supportGroup == null || supportGroup.lineLevel() == null ? 0 : supportGroup.lineLevel();
    }

    public String status() {
        return status;
    }

    public StatusCategory statusCategory() {
        return statusCategory;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Ticket> parent() {
        return Optional.ofNullable(parent);
    }

    public String createdBy() {
        return createdBy;
    }

    public List<TicketEvent> events() {
        return List.copyOf(events);
    }

    public List<ClockSnapshot> clockSnapshots() {
        return List.copyOf(clocks);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ticket other && Objects.equals(number, other.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    @Override
    public String toString() {
        return "ticket " + number;
    }
}
