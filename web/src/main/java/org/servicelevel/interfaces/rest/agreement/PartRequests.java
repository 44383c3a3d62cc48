package org.servicelevel.interfaces.rest.agreement;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.application.agreement.TermsPatch.Part;

/**
 * The bodies that replace one part of an agreement's terms (PUT on {@code services},
 * {@code priorities}, {@code metrics}, {@code penalty-bands}, {@code escalations}): each holds that part's members only, so
 * a member of another part is refused as unknown rather than ignored. They have the shape of the
 * matching {@link Parts} a GET answers.
 */
public final class PartRequests {

    private PartRequests() {
    }

    /** The services of the agreement. */
    public static class ServicesRequest {
        @Schema(required = true)
        public List<TermsRequest.ServiceRequest> services;

        TermsRequest terms() {
            TermsRequest terms = new TermsRequest();
            terms.services = services;
            return terms;
        }
    }

    /**
     * The priorities with their targets, the default priority and the time-in-status limits; the
     * services' own targets and the impact × urgency matrix too when given (left out, they stay as
     * they are; an empty list removes them).
     */
    public static class PrioritiesRequest {
        @Schema(required = true)
        public List<TermsRequest.PriorityRequest> priorities;
        public Integer defaultPriority;
        public List<TermsRequest.StatusLimitRequest> statusLimits;
        public List<TermsRequest.ServiceTargetRequest> serviceTargets;
        public List<TermsRequest.MatrixCellRequest> priorityMatrix;

        TermsRequest terms() {
            TermsRequest terms = new TermsRequest();
            terms.priorities = priorities;
            terms.defaultPriority = defaultPriority;
            terms.statusLimits = statusLimits;
            terms.serviceTargets = serviceTargets;
            terms.priorityMatrix = priorityMatrix;
            return terms;
        }

        /** The parts of the terms this body replaces. */
        EnumSet<Part> parts() {
            EnumSet<Part> parts = EnumSet.of(Part.PRIORITIES);
            if (serviceTargets != null) {
                parts.add(Part.SERVICE_TARGETS);
            }
            if (priorityMatrix != null) {
                parts.add(Part.PRIORITY_MATRIX);
            }
            return parts;
        }
    }

    /** The quality (QoS) table. */
    public static class MetricsRequest {
        @Schema(required = true)
        public List<TermsRequest.MetricRequest> metrics;

        TermsRequest terms() {
            TermsRequest terms = new TermsRequest();
            terms.metrics = metrics;
            return terms;
        }
    }

    /** The penalty bands, the grace period and the cap. */
    public static class PenaltyBandsRequest {
        @Schema(required = true)
        public List<TermsRequest.PenaltyBandRequest> penaltyBands;
        public Integer graceMonths;
        public BigDecimal penaltyCapPercent;

        TermsRequest terms() {
            TermsRequest terms = new TermsRequest();
            terms.penaltyBands = penaltyBands;
            terms.graceMonths = graceMonths;
            terms.penaltyCapPercent = penaltyCapPercent;
            return terms;
        }
    }

    /** The escalation policy; an empty list returns to the default policy (or, below a parent, the parent's). */
    public static class EscalationsRequest {
        @Schema(required = true)
        public List<TermsRequest.EscalationRuleRequest> escalations;

        TermsRequest terms() {
            TermsRequest terms = new TermsRequest();
            terms.escalations = escalations;
            return terms;
        }
    }
}
