package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A statement of an OLA or UC that one of its targets helps keep a target of an SLA: "our priority
 * 2 resolution (service L2-NET) underpins the SLA's priority 2 resolution of service NET".
 *
 * <p>Links that name the same support {@code path} form a chain, taken in the order of their
 * {@code step}: e.g. "dispatcher registers" (1), "engineer responds" (2), "field engineer arrives"
 * (3). The working times along a chain, one after the other, must fit inside the SLA target.
 */
@Embeddable
public class UnderpinningLink {

    @Column(name = "sla_number", nullable = false, length = 40)
    private String slaNumber;

    @Column(name = "sla_service_code", nullable = false, length = 40)
    private String slaServiceCode;

    @Column(name = "sla_priority", nullable = false)
    private int slaPriority;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_target", nullable = false, length = 12)
    private TargetKind slaTarget;

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Column(name = "priority_number", nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "own_target", nullable = false, length = 12)
    private TargetKind ownTarget;

    @Column(name = "path", length = 100)
    private String path;

    @Column(name = "step")
    private Integer step;

    @Column(name = "step_name", length = 200)
    private String stepName;

    protected UnderpinningLink() {
    }

    public UnderpinningLink(String slaNumber, String slaServiceCode, int slaPriority, TargetKind slaTarget,
                            String serviceCode, int priority, TargetKind ownTarget, String path, Integer step,
                            String stepName) {
        this.slaNumber = slaNumber;
        this.slaServiceCode = slaServiceCode;
        this.slaPriority = slaPriority;
        this.slaTarget = slaTarget;
        this.serviceCode = serviceCode;
        this.priority = priority;
        this.ownTarget = ownTarget;
        this.path = path;
        this.step = step;
        this.stepName = stepName;
    }

    public String slaNumber() {
        return slaNumber;
    }

    public String slaServiceCode() {
        return slaServiceCode;
    }

    public int slaPriority() {
        return slaPriority;
    }

    public TargetKind slaTarget() {
        return slaTarget;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public int priority() {
        return priority;
    }

    public TargetKind ownTarget() {
        return ownTarget;
    }

    public String path() {
        return path;
    }

    public Integer step() {
        return step;
    }

    public String stepName() {
        return stepName;
    }

    /** "SLA-1 NET priority 2 resolution": the SLA target this link supports. */
    public String slaTargetLabel() {
        return slaNumber + " " + slaServiceCode + " priority " + slaPriority + " " + slaTarget.name().toLowerCase();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnderpinningLink other && Objects.equals(slaNumber, other.slaNumber)
                && Objects.equals(slaServiceCode, other.slaServiceCode) && slaPriority == other.slaPriority
                && slaTarget == other.slaTarget && Objects.equals(serviceCode, other.serviceCode)
                && priority == other.priority && ownTarget == other.ownTarget && Objects.equals(path, other.path)
                && Objects.equals(step, other.step) && Objects.equals(stepName, other.stepName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slaNumber, slaServiceCode, slaPriority, slaTarget, serviceCode, priority);
    }
}
