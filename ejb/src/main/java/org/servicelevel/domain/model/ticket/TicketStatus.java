package org.servicelevel.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.servicelevel.domain.clock.StatusCategory;

/**
 * A status a ticket can be in, e.g. {@code CLARIFICATION_WITH_CUSTOMER}, with the category that says
 * what it means for the SLA. Exactly one status is the initial one of new tickets.
 */
@Entity
@Table(name = "ticket_status")
@NamedQuery(name = "TicketStatus.findAll", query = "SELECT s FROM TicketStatus s ORDER BY s.position, s.code")
public class TicketStatus {

    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StatusCategory category;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean initial;

    protected TicketStatus() {
    }

    public TicketStatus(String code, String name, StatusCategory category, int position, boolean initial) {
        this.code = code;
        this.name = name;
        this.category = category;
        this.position = position;
        this.initial = initial;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public StatusCategory category() {
        return category;
    }

    public int position() {
        return position;
    }

    public boolean initial() {
        return initial;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TicketStatus other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
