package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.util.Objects;

/**
 * Extra working time a ticket is allowed once it moves to a higher support line, e.g. one working
 * day (nine working hours on an office calendar) on the third line.
 */
@Embeddable
public class LineExtension {

    @Column(name = "line_level", nullable = false)
    private int lineLevel;

    @Column(name = "extra_seconds", nullable = false)
    private long extraSeconds;

    protected LineExtension() {
    }

    public LineExtension(int lineLevel, Duration extra) {
        this.lineLevel = lineLevel;
        this.extraSeconds = extra.getSeconds();
    }

    public int lineLevel() {
        return lineLevel;
    }

    public Duration extra() {
        return Duration.ofSeconds(extraSeconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineExtension other && lineLevel == other.lineLevel && extraSeconds == other.extraSeconds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lineLevel, extraSeconds);
    }
}
