package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One cell of an agreement's impact × urgency matrix: a ticket registered with this impact and this
 * urgency, and no priority of its own, gets {@code priority}. An agreement's matrix, when it has one,
 * has a cell for every combination of {@link MatrixLevel levels}.
 */
@Embeddable
public class PriorityMatrixCell {

    @Enumerated(EnumType.STRING)
    @Column(name = "impact", nullable = false, length = 10)
    private MatrixLevel impact;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 10)
    private MatrixLevel urgency;

    @Column(name = "priority_number", nullable = false)
    private int priority;

    protected PriorityMatrixCell() {
    }

    public PriorityMatrixCell(MatrixLevel impact, MatrixLevel urgency, int priority) {
        this.impact = impact;
        this.urgency = urgency;
        this.priority = priority;
    }

    public MatrixLevel impact() {
        return impact;
    }

    public MatrixLevel urgency() {
        return urgency;
    }

    public int priority() {
        return priority;
    }

    /** Whether this is the cell of the given impact and urgency. */
    public boolean of(MatrixLevel otherImpact, MatrixLevel otherUrgency) {
        return impact == otherImpact && urgency == otherUrgency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityMatrixCell other && impact == other.impact && urgency == other.urgency
                && priority == other.priority;
    }

    @Override
    public int hashCode() {
        return Objects.hash(impact, urgency, priority);
    }

    @Override
    public String toString() {
        return "impact " + impact + " × urgency " + urgency + " → priority " + priority;
    }
}
