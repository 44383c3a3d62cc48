package org.servicelevel.domain.model.ticket;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.servicelevel.domain.clock.StatusCategory;

/**
 * One event in a ticket's history: what happened, when, by whom (and whether the customer did it),
 * the value before and after, a comment or note, and the ticket's state right after it (status and
 * its category, support group and line, priority). Because every event keeps the state it left, a
 * ticket's clocks can be replayed from its history alone, even after the status model or a group's
 * line changes later.
 */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    @Id
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(name = "seq_no", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "by_customer", nullable = false)
    private boolean byCustomer;

    @Column(name = "from_value", length = 300)
    private String fromValue;

    @Column(name = "to_value", length = 300)
    private String toValue;

    @Column(nullable = false, length = 60)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StatusCategory category;

    @Column(name = "group_code", length = 40)
    private String group;

    @Column(name = "line_level", nullable = false)
    private int lineLevel;

    /** The ticket's priority then; null for a ticket without an agreement registered without one. */
    @Column
    private Integer priority;

    @Column(length = 8000)
    private String text;

    @Column(name = "public_text", nullable = false)
    private boolean publicText;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, int sequence, TicketEventType type, Instant occurredAt, String actor, boolean byCustomer,
                String fromValue, String toValue, String text, boolean publicText) {
        this.ticket = ticket;
        this.sequence = sequence;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.byCustomer = byCustomer;
        this.fromValue = clip(fromValue, 300);
        this.toValue = clip(toValue, 300);
        this.text = clip(text, 8000);
        this.publicText = publicText;
        this.status = ticket.status();
        this.category = ticket.statusCategory();
        this.group = ticket.supportGroupCode();
        this.lineLevel = ticket.lineLevel();
        this.priority = ticket.priority();
    }

    private static String clip(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }

    public int sequence() {
        return sequence;
    }

    public TicketEventType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public boolean byCustomer() {
        return byCustomer;
    }

    public String fromValue() {
        return fromValue;
    }

    public String toValue() {
        return toValue;
    }

    public String status() {
        return status;
    }

    public StatusCategory category() {
        return category;
    }

    public String group() {
        return group;
    }

    public int lineLevel() {
        return lineLevel;
    }

    public Integer priority() {
        return priority;
    }

    public String text() {
        return text;
    }

    /** Whether the comment or note is visible to the customer. */
    public boolean isPublic() {
        return publicText;
    }
}
