package org.servicelevel.domain.model.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a deadline fired. There is at most one per (kind, reference, due): whoever
 * handles a deadline does so exactly once, even if the timer service delivers it twice.
 */
@Entity
@Table(name = "deadline_firing")
@NamedQuery(name = "DeadlineFiring.find",
        query = "SELECT f FROM DeadlineFiring f WHERE f.kind = :kind AND f.reference = :reference ORDER BY f.dueAt")
@NamedQuery(name = "DeadlineFiring.findOne",
        query = "SELECT f FROM DeadlineFiring f WHERE f.kind = :kind AND f.reference = :reference AND f.dueAt = :due")
public class DeadlineFiring {

    @Id
    @SequenceGenerator(name = "deadline_firing_seq", sequenceName = "deadline_firing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_firing_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 200)
    private String reference;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    protected DeadlineFiring() {
    }

    public DeadlineFiring(String kind, String reference, Instant dueAt, Instant firedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.firedAt = Objects.requireNonNull(firedAt, "firedAt");
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant firedAt() {
        return firedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineFiring other && kind.equals(other.kind) && reference.equals(other.reference)
                && dueAt.equals(other.dueAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reference, dueAt);
    }
}
