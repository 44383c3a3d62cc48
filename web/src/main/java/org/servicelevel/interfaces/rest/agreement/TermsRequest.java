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
 * urgency matrix, a cell for each of the nine combinations of HIGH, MEDIUM and LOW. {@code escalations}
 * is the escalation policy: left out or empty, the default policy applies (a child agreement's is its
 * parent's).
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
    @Schema(description = "The escalation policy, a rule per metric and priority (or all priorities); left out or"
            + " empty, the default policy applies (a child agreement's parent's, if it has one). See"
            + " docs/agreements.md, \"Escalation policies\"")
    public List<EscalationRuleRequest> escalations;
    @Schema(description = "The tickets a month the monthly fee includes across all the agreement's services (besides"
            + " each service's own volume), from 1; left out: none", example = "100")
    public Integer agreementVolume;
    @Schema(description = "The development hours a month the monthly fee includes (at least 0, two decimals); hours"
            + " beyond them are billed at the DEVELOPMENT_HOUR_OVER_PLAN price. Left out: none", example = "40")
    public BigDecimal plannedDevelopmentHours;
    @Schema(description = "The late-ticket penalty, beside or instead of the penalty bands: per priority what each"
            + " ticket resolved late costs, optionally per started hour over the target, and a monthly cap; left out:"
            + " none")
    public LatePenaltyRequest latePenalty;

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
        @Schema(enumeration = {"AT_LEAST", "GREATER_THAN"}, description = "SURVEY only: whether the share of positive"
                + " answers must be at least the threshold (the default) or more than it")
        public String comparison;
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

    /**
     * The late-ticket penalty: a rate per priority and an optional cap on the month's total, amounts in
     * the agreement's currency with at most its minor-unit digits.
     */
    public static class LatePenaltyRequest {
        @Schema(required = true)
        public List<LatePenaltyRateRequest> priorities;
        @Schema(description = "The most the late-ticket penalties of a month cost in all; left out: no cap",
                example = "1000")
        public BigDecimal monthlyCap;
    }

    /** What a ticket of {@code priority} resolved late costs: {@code amount}, plus {@code perStartedHour} over the target. */
    public static class LatePenaltyRateRequest {
        @Schema(required = true)
        public Integer priority;
        @Schema(required = true, example = "200")
        public BigDecimal amount;
        @Schema(description = "For each started hour of working time over the resolution target; left out: none",
                example = "25")
        public BigDecimal perStartedHour;
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

    /**
     * The escalation of one clock metric ({@code response}, {@code resolution}, {@code status:<CODE>},
     * {@code status:*}) for one priority or, without {@code priority}, for all; without steps, no
     * escalation at all for what it covers.
     */
    public static class EscalationRuleRequest {
        @Schema(required = true, description = "response, resolution, status:<CODE> (a time-in-status limit, e.g."
                + " status:NEW) or status:* (every time-in-status limit)", example = "resolution")
        public String metric;
        @Schema(description = "The priority the rule is for; left out, all priorities")
        public Integer priority;
        @Schema(required = true)
        public List<EscalationStepRequest> steps;
    }

    /** A step of an escalation: when it comes due, how offsets and repetitions are counted, and what it does. */
    public static class EscalationStepRequest {
        @Schema(description = "A short name shown in the ticket's history (default: at)", example = "warning")
        public String name;
        @Schema(required = true, description = "A share of the target (80%; 100% is the breach) or an offset from"
                + " the due instant (PT30M after it, -PT1H before it)", example = "80%")
        public String at;
        @Schema(enumeration = {"WORKING", "REAL"}, description = "How an offset and the repetition are counted:"
                + " working time on the service's calendar (the default) or real time")
        public String basis;
        @Schema(description = "For a step at or after the breach: repeat at this interval while the clock stays"
                + " breached (PT5M to P31D)", example = "PT2H")
        public String repeatEvery;
        @Schema(required = true)
        public List<EscalationActionRequest> actions;
    }

    /** What a step does; which of the other fields counts depends on the type. */
    public static class EscalationActionRequest {
        @Schema(required = true, enumeration = {"NOTIFY", "MOVE_TO_NEXT_LINE", "MOVE_TO_GROUP", "RAISE_PRIORITY",
                "COMMENT", "TAG"})
        public String type;
        @Schema(description = "NOTIFY: ASSIGNEE, GROUP, GROUP_LEAD, AGREEMENT_OWNER, CUSTOMER_COORDINATOR or e-mail"
                + " addresses")
        public List<String> recipients;
        @Schema(description = "MOVE_TO_GROUP: the support group's code", example = "L2")
        public String group;
        @MultiLine
        @Schema(description = "COMMENT: the internal comment added")
        public String text;
        @Schema(description = "TAG: the tag added", example = "escalated")
        public String tag;
    }
}
