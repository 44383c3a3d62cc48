package org.servicelevel.interfaces.rest.agreement;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * The terms of an agreement version as sent by a client. Durations are ISO-8601 working durations
 * ({@code PT4H}), percentages numbers of percent ({@code 20}), quality scores, weights and band bounds
 * fractions from 0 to 1. {@code pauseStatuses} left out means the default four waiting statuses.
 * {@code serviceTargets} are a service's own targets for a priority; {@code priorityMatrix} the impact ×
 * urgency matrix, a cell for each of the nine combinations of HIGH, MEDIUM and LOW.
 */
public class TermsRequest {

    public String currency;
    public BigDecimal monthlyFee;
    public ContactRequest coordinator;
    public List<ServiceRequest> services;
    public List<PriorityRequest> priorities;
    public Integer defaultPriority;
    public List<StatusLimitRequest> statusLimits;
    public List<String> pauseStatuses;
    public List<LineExtensionRequest> lineExtensions;
    public List<MetricRequest> metrics;
    public List<AvailabilityRequest> availabilityTargets;
    public List<PenaltyBandRequest> penaltyBands;
    public Integer graceMonths;
    public BigDecimal penaltyCapPercent;
    public List<PriceRequest> extraPrices;
    public List<UnderpinRequest> underpins;
    public List<ServiceTargetRequest> serviceTargets;
    public List<MatrixCellRequest> priorityMatrix;

    /** A person: name, e-mail, phone. */
    public static class ContactRequest {
        public String name;
        public String email;
        public String phone;
    }

    /** A covered service; {@code calendar} is the name (or id) of the calendar of its service hours. */
    public static class ServiceRequest {
        public String code;
        public String name;
        @MultiLine
        public String description;
        public String calendar;
        public Long calendarId;
        public VolumeRequest volume;
        public List<String> exclusions;
    }

    /** A volume limit: {@code quantity} of {@code unit} (TICKETS, HOURS, TIMES) per {@code period} (MONTH, QUARTER, YEAR). */
    public static class VolumeRequest {
        public BigDecimal quantity;
        public String unit;
        public String period;
    }

    /** A priority and its targets. */
    public static class PriorityRequest {
        public Integer number;
        public String name;
        public String response;
        public String resolution;
        public BigDecimal maxOverdueShare;
        public Boolean byAgreement;
        public List<String> requestKinds;
    }

    /** At most {@code max} working time in {@code status} for tickets of {@code priority}. */
    public static class StatusLimitRequest {
        public Integer priority;
        public String status;
        public String max;
    }

    /** Extra working time once a ticket reaches support line {@code lineLevel}. */
    public static class LineExtensionRequest {
        public Integer lineLevel;
        public String extra;
    }

    /** A line of the quality table. */
    public static class MetricRequest {
        public String kind;
        public Integer priority;
        @MultiLine
        public String question;
        public String service;
        public BigDecimal threshold;
        public BigDecimal weight;
    }

    /** An availability target of a service. */
    public static class AvailabilityRequest {
        public String service;
        public BigDecimal minimumPercent;
        public String maxOutage;
    }

    /** Quality scores from {@code from} (inclusive) to {@code to} cost {@code penaltyPercent} of the fee. */
    public static class PenaltyBandRequest {
        public BigDecimal from;
        public BigDecimal to;
        public BigDecimal penaltyPercent;
    }

    /** The price of one unit of extra service. */
    public static class PriceRequest {
        public String kind;
        public BigDecimal price;
    }

    /** This agreement's target underpinning an SLA target, possibly as a step of a support path. */
    public static class UnderpinRequest {
        public String sla;
        public String slaService;
        public Integer slaPriority;
        public String slaTarget;
        public String service;
        public Integer priority;
        public String ownTarget;
        public String path;
        public Integer step;
        public String stepName;
    }

    /** A service's own targets for one priority; a target left out is the priority's. */
    public static class ServiceTargetRequest {
        public String service;
        public Integer priority;
        public String response;
        public String resolution;
    }

    /** A cell of the impact × urgency matrix: tickets with this impact and urgency get {@code priority}. */
    public static class MatrixCellRequest {
        @Schema(enumeration = {"HIGH", "MEDIUM", "LOW"})
        public String impact;
        @Schema(enumeration = {"HIGH", "MEDIUM", "LOW"})
        public String urgency;
        public Integer priority;
    }
}
