package org.servicelevel.domain.model.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A step of a ticket clock's escalation as stored: pending until its due instant, then fired with
 * the instant it fired, how late that was and what its actions did. Pending steps are replaced
 * whenever the ticket changes; fired ones are the evidence and are never planned again.
 */
@Entity
@Table(name = "escalation_step")
@NamedQuery(name = "ScheduledStep.ofTicket",
        query = "SELECT s FROM ScheduledStep s WHERE s.ticketId = :ticket ORDER BY s.dueAt, s.metric, s.stepIndex, s.id")
@NamedQuery(name = "ScheduledStep.ofTickets", query = "SELECT s FROM ScheduledStep s WHERE s.ticketId IN :tickets")
@NamedQuery(name = "ScheduledStep.deletePending",
        query = "DELETE FROM ScheduledStep s WHERE s.ticketId = :ticket AND s.state = :pending")
@NamedQuery(name = "ScheduledStep.due", query = "SELECT s.id, s.ticketId FROM ScheduledStep s WHERE s.state = :pending"
        + " AND s.dueAt <= :now ORDER BY s.dueAt, s.id")
@NamedQuery(name = "ScheduledStep.earliest",
        query = "SELECT s FROM ScheduledStep s WHERE s.state = :pending ORDER BY s.dueAt")
public class ScheduledStep {

    /** Whether the step waits for its instant or has fired. */
    public enum State { PENDING, FIRED }

    /** The order of a ticket's steps: as they come (or came) due. */
    public static final Comparator<ScheduledStep> DUE_ORDER = Comparator.comparing(ScheduledStep::dueAt)
            .thenComparing(ScheduledStep::metric).thenComparingInt(ScheduledStep::stepIndex)
            .thenComparing(ScheduledStep::id);

    private static final int MAX_OUTCOME = 4000;

    @Id
    @SequenceGenerator(name = "escalation_step_seq", sequenceName = "escalation_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_step_seq")
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(nullable = false, length = 80)
    private String metric;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(nullable = false)
    private int occurrence;

    @Column(name = "step_name", nullable = false, length = 100)
    private String name;

    @Column(name = "step_at", nullable = false, length = 40)
    private String at;

    /**
     * The rule the step belongs to: the priority the rule is for, 0 for a rule for all priorities and
     * for the breach; {@code null} for a step stored before steps knew their rule.
     */
    @Column(name = "rule_priority")
    private Integer rule;

    @Column(nullable = false, length = 2000)
    private String actions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    /** When the step first came due, if a failed firing put it off since; {@code null} otherwise. */
    @Column(name = "came_due_at")
    private Instant cameDueAt;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "late_ms")
    private Long lateMillis;

    @Column(name = "fired_on", length = 100)
    private String firedOn;

    @Column(length = MAX_OUTCOME)
    private String outcome;

    protected ScheduledStep() {
    }

    public ScheduledStep(long ticketId, PlannedStep planned, Instant plannedAt) {
        this.ticketId = ticketId;
        this.metric = planned.metric();
        this.stepIndex = planned.stepIndex();
        this.occurrence = planned.occurrence();
        this.name = storedName(planned.name());
        this.at = planned.at();
        this.rule = planned.rule();
        this.actions = truncated(planned.actions(), 2000);
        this.state = State.PENDING;
        this.dueAt = Objects.requireNonNull(planned.dueAt(), "dueAt");
        this.plannedAt = plannedAt;
    }

    /** Records that the step fired at {@code at} on the named server instance, with what its actions did. */
    public void fired(Instant at, String instance, String whatHappened) {
        if (state == State.FIRED) {
            throw new IllegalStateException("step " + id + " has fired already");
        }
        state = State.FIRED;
        firedAt = at;
        lateMillis = Math.max(0, Duration.between(cameDue(), at).toMillis());
        firedOn = truncated(instance, 100);
        outcome = truncated(whatHappened, MAX_OUTCOME);
    }

    /**
     * Tries a pending step again at {@code until}, after its firing failed; how late it fires still
     * counts from when it came due.
     */
    public void postpone(Instant until) {
        if (state == State.PENDING && until.isAfter(dueAt)) {
            cameDueAt = cameDue();
            dueAt = until;
        }
    }

    /** When the step came due: before any retry it was put off to. */
    public Instant cameDue() {
        return cameDueAt != null ? cameDueAt : dueAt;
    }

    public FiredStep asFired() {
        return new FiredStep(metric, stepIndex, name, at, occurrence, dueAt, firedAt == null ? dueAt : firedAt, rule);
    }

    /** The step as pending, for planning (its rule 0 when stored before steps knew their rule). */
    public PlannedStep asPlanned() {
        return new PlannedStep(metric, stepIndex, name, at, occurrence, actions, dueAt, rule == null ? 0 : rule);
    }

    /** Whether the step was stored with its rule (not before steps knew theirs). */
    public boolean knowsItsRule() {
        return rule != null;
    }

    /** Learns its rule from the plan entry it is, if it was stored before steps knew their rule. */
    public void learnRuleFrom(PlannedStep planned) {
        if (rule == null && is(planned)) {
            rule = planned.rule();
        }
    }

    public boolean is(PlannedStep planned) {
        return planned.sameStepAs(metric, stepIndex, name, at, occurrence, rule);
    }

    /** A step's name as stored: at most 100 characters. */
    static String storedName(String name) {
        return truncated(name, 100);
    }

    private static String truncated(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public String metric() {
        return metric;
    }

    public int stepIndex() {
        return stepIndex;
    }

    public boolean isBreach() {
        return stepIndex == PlannedStep.BREACH;
    }

    public int occurrence() {
        return occurrence;
    }

    public String name() {
        return name;
    }

    public String at() {
        return at;
    }

    public String actions() {
        return actions;
    }

    public State state() {
        return state;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public Optional<Instant> firedAt() {
        return Optional.ofNullable(firedAt);
    }

    /** How long after its due instant the step fired, e.g. after the server had been stopped. */
    public Optional<Duration> lateBy() {
        return Optional.ofNullable(lateMillis).map(Duration::ofMillis);
    }

    public Optional<String> firedOn() {
        return Optional.ofNullable(firedOn);
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }
}
