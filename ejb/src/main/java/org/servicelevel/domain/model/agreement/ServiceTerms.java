package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One service an agreement covers: its code (unique within the agreement), name and description,
 * the calendar of its service hours (the working time every clock of its tickets counts), its
 * volume limit and the work explicitly excluded from it.
 *
 * <p>A volume limit is either unlimited (no quantity) or a quantity of a unit per period, e.g. 40
 * {@link VolumeUnit#HOURS} a {@link VolumePeriod#MONTH}, or 2 {@link VolumeUnit#TIMES} a
 * {@link VolumePeriod#YEAR}.
 */
@Embeddable
public class ServiceTerms {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "calendar_id", nullable = false)
    private long calendarId;

    @Column(name = "volume_quantity", precision = 12, scale = 2)
    private BigDecimal volumeQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "volume_unit", length = 10)
    private VolumeUnit volumeUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "volume_period", length = 10)
    private VolumePeriod volumePeriod;

    /** The excluded kinds of work, one per line. */
    @Column(name = "exclusions", length = 4000)
    private String exclusions;

    protected ServiceTerms() {
    }

    public ServiceTerms(String code, String name, String description, long calendarId, BigDecimal volumeQuantity,
                        VolumeUnit volumeUnit, VolumePeriod volumePeriod, List<String> exclusions) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.calendarId = calendarId;
        this.volumeQuantity = volumeQuantity;
        this.volumeUnit = volumeUnit;
        this.volumePeriod = volumePeriod;
        this.exclusions = exclusions == null || exclusions.isEmpty() ? null : String.join("\n", exclusions);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public long calendarId() {
        return calendarId;
    }

    /** Whether the service has no volume limit. */
    public boolean unlimited() {
        return volumeQuantity == null;
    }

    public BigDecimal volumeQuantity() {
        return volumeQuantity;
    }

    public VolumeUnit volumeUnit() {
        return volumeUnit;
    }

    public VolumePeriod volumePeriod() {
        return volumePeriod;
    }

    public List<String> exclusions() {
        return exclusions == null ? List.of() : Arrays.asList(exclusions.split("\n"));
    }

    /** The same service on another calendar, e.g. once the calendar a client named is resolved. */
    public ServiceTerms onCalendar(long otherCalendarId) {
        return new ServiceTerms(code, name, description, otherCalendarId, volumeQuantity, volumeUnit, volumePeriod,
                exclusions());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceTerms other && Objects.equals(code, other.code) && Objects.equals(name, other.name)
                && Objects.equals(description, other.description) && calendarId == other.calendarId
                && Objects.equals(volumeQuantity, other.volumeQuantity) && volumeUnit == other.volumeUnit
                && volumePeriod == other.volumePeriod && new HashSet<>(exclusions()).equals(new HashSet<>(other.exclusions()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, calendarId);
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}
