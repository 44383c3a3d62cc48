package org.servicelevel.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An allowed move from one status to another, with its name and whether customer users may make it. */
@Entity
@Table(name = "ticket_transition")
@IdClass(StatusTransition.Key.class)
@NamedQuery(name = "StatusTransition.findAll", query = "SELECT t FROM StatusTransition t ORDER BY t.from, t.to")
public class StatusTransition {

    /** The identity of a transition: its two statuses. */
    public static class Key implements Serializable {
        private String from;
        private String to;

        public Key() {
        }

        public Key(String from, String to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(from, other.from) && Objects.equals(to, other.to);
        }

        @Override
        public int hashCode() {
            return Objects.hash(from, to);
        }
    }

    @Id
    @Column(name = "from_code", length = 60)
    private String from;

    @Id
    @Column(name = "to_code", length = 60)
    private String to;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "customer_allowed", nullable = false)
    private boolean customerAllowed;

    protected StatusTransition() {
    }

    public StatusTransition(String from, String to, String name, boolean customerAllowed) {
        this.from = from;
        this.to = to;
        this.name = name;
        this.customerAllowed = customerAllowed;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String name() {
        return name;
    }

    public boolean customerAllowed() {
        return customerAllowed;
    }
}
