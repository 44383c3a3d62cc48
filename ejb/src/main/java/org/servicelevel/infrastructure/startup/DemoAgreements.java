package org.servicelevel.infrastructure.startup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.servicelevel.application.agreement.AgreementChange;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.selection.SelectionRuleChange;
import org.servicelevel.application.selection.SelectionRuleService;
import org.servicelevel.application.supportgroup.SupportGroupChange;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.AvailabilityTarget;
import org.servicelevel.domain.model.agreement.Contact;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ExtraServicePrice;
import org.servicelevel.domain.model.agreement.LatePenalty;
import org.servicelevel.domain.model.agreement.LatePenaltyRate;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.PenaltyBand;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.model.agreement.TargetKind;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.agreement.UnderpinningLink;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.selection.Channel;

/**
 * The agreements of the demo data set: the provider's support groups, the sample SLA with ACME (five
 * priorities with 2/4/16/40 working-hour resolution targets and one by agreement, a 20 % overdue
 * limit, the eleven-metric quality table, bands 0.8/0.6/0.4 costing 0/5/10/20 %, two grace
 * months, 100 tickets and 40 development hours a month in the fee, and an escalation policy of its
 * own), the OLAs of the service desk, second line and field engineers that underpin it (one as a
 * support path for on-site repairs), a hardware supplier's underpinning contract with a late-ticket
 * penalty, and the selection
 * rules that route ACME's tickets to the SLA.
 */
final class DemoAgreements {

    static final String OFFICE = "Berlin office hours";
    static final String ALWAYS = "24/7";
    static final String SLA = "SLA-ACME-2026";
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    private DemoAgreements() {
    }

    static void load(SupportGroupService groups, AgreementService agreements, SelectionRuleService rules) {
        groups.create(new SupportGroupChange("SD", "Service desk", "SUPPORT_LINE", 1, "Registers and dispatches tickets",
                "anna", List.of("anna", "alice")));
        groups.create(new SupportGroupChange("L2", "Second line", "SUPPORT_LINE", 2, "Workplace and network specialists",
                "max", List.of("anna", "max")));
        groups.create(new SupportGroupChange("L3", "Third line", "SUPPORT_LINE", 3, "Developers and architects",
                "alice", List.of("alice", "max")));
        groups.create(new SupportGroupChange("FIELD", "Field engineers", "FIELD_ENGINEERS", null, "On-site work",
                "max", List.of("anna")));
        groups.create(new SupportGroupChange("HW-VENDOR", "Hardware vendor", "SUPPLIER", null, "Server hardware repairs",
                "max", List.of("max")));

        activate(agreements, agreements.create(new AgreementChange(SLA, AgreementType.SLA,
                "ACME workplace, network and development support", "ACME", null, null, null, "Europe/Berlin", START,
                END, LocalDate.of(2027, 9, 30), "max", slaTerms(), List.of(OFFICE, ALWAYS, OFFICE, OFFICE), null,
                null)));
        activate(agreements, agreements.create(ola("OLA-SD-2026", "Service desk dispatching", "SD", ALWAYS,
                List.of(priority(1, "PT10M", "PT8H"), priority(2, "PT15M", "PT8H")),
                List.of(new UnderpinningLink(SLA, "ONSITE", 2, TargetKind.RESOLUTION, "SD", 2, TargetKind.RESPONSE,
                        "on-site repair", 1, "dispatcher registers and dispatches")))));
        activate(agreements, agreements.create(ola("OLA-L2-2026", "Second line for ACME", "L2", OFFICE,
                List.of(priority(1, "PT10M", "PT90M"), priority(2, "PT20M", "PT3H"), priority(3, "PT1H", "PT12H"),
                        priority(4, "PT2H", "PT32H")),
                List.of(resolution(1), resolution(2), resolution(3), resolution(4)))));
        activate(agreements, agreements.create(ola("OLA-FIELD-2026", "Field engineers on site", "FIELD", OFFICE,
                List.of(priority(1, "PT1H", "PT3H"), priority(2, "PT2H", "PT3H")),
                List.of(new UnderpinningLink(SLA, "ONSITE", 2, TargetKind.RESOLUTION, "FIELD", 2, TargetKind.RESPONSE,
                        "on-site repair", 2, "field engineer arrives")))));
        activate(agreements, agreements.create(new AgreementChange("UC-HW-2026", AgreementType.UC,
                "Server hardware repairs", null, "HW-VENDOR", null, null, "Europe/Berlin", START, END, null, "max",
                ucTerms(),
                List.of(ALWAYS), null, null)));

        rules.create(new SelectionRuleChange(10, "ACME monitoring alerts on the network", true, "ACME", "NET", null,
                Channel.MONITORING, null, Set.of(), SLA, 1));
        rules.create(new SelectionRuleChange(20, "ACME", true, "ACME", null, null, null, null, Set.of(), SLA, null));
    }

    private static void activate(AgreementService agreements, AgreementDetails created) {
        agreements.activate(created.id(), created.version());
    }

    static AgreementTerms slaTerms() {
        List<ServiceTerms> services = List.of(
                service("WS", "Workplace support", List.of("Hardware repair", "Private devices")),
                new ServiceTerms("NET", "Network and servers", "Core network, servers and storage, monitored round the"
                        + " clock", 0L, null, null, null, List.of()),
                new ServiceTerms("DEV", "Development and changes", "Changes to ACME's business applications", 0L,
                        null, null, null, List.of("New applications")),
                new ServiceTerms("ONSITE", "On-site visits", "Engineer visits for hardware that cannot be fixed remotely",
                        0L, new BigDecimal("2"), VolumeUnit.TIMES, VolumePeriod.YEAR, List.of()));
        List<PriorityTerms> priorities = List.of(
                new PriorityTerms(1, "Critical", Duration.ofMinutes(15), Duration.ofHours(2), number("20"), false,
                        List.of("outage", "security incident")),
                new PriorityTerms(2, "High", Duration.ofMinutes(30), Duration.ofHours(4), number("20"), false,
                        List.of("degradation")),
                new PriorityTerms(3, "Normal", Duration.ofHours(2), Duration.ofHours(16), number("20"), false,
                        List.of("incident", "question")),
                new PriorityTerms(4, "Low", Duration.ofHours(4), Duration.ofHours(40), number("20"), false,
                        List.of("service request")),
                new PriorityTerms(5, "Planned", null, null, null, true, List.of("change request")));
        List<QualityMetric> metrics = List.of(
                QualityMetric.resolutionTime(1, number("0.15")), QualityMetric.resolutionTime(2, number("0.12")),
                QualityMetric.resolutionTime(3, number("0.08")), QualityMetric.resolutionTime(4, number("0.05")),
                QualityMetric.overdueShare(1, number("0.15")), QualityMetric.overdueShare(2, number("0.12")),
                QualityMetric.overdueShare(3, number("0.08")), QualityMetric.overdueShare(4, number("0.05")),
                QualityMetric.survey("Was your request resolved to your satisfaction?", number("80"), number("0.10")),
                QualityMetric.survey("Was the engineer competent and courteous?", number("80"), number("0.05")),
                QualityMetric.survey("Were you kept informed about progress?", ThresholdComparison.GREATER_THAN,
                        number("70"), number("0.05")));
        List<PenaltyBand> bands = List.of(
                new PenaltyBand(number("0.8"), BigDecimal.ONE, number("0")),
                new PenaltyBand(number("0.6"), number("0.8"), number("5")),
                new PenaltyBand(number("0.4"), number("0.6"), number("10")),
                new PenaltyBand(BigDecimal.ZERO, number("0.4"), number("20")));
        return new AgreementTerms("EUR", new BigDecimal("12000.00"),
                new Contact("Carl Customer", "carl@demo.invalid", "+49 30 1234 5678"), services, priorities, 3,
                List.of(new StatusLimit(1, "NEW", Duration.ofMinutes(15))), null,
                List.of(new LineExtension(3, Duration.ofHours(9))), metrics,
                List.of(new AvailabilityTarget("NET", number("99.8"), Duration.ofHours(4))), bands, 2, null,
                List.of(new ExtraServicePrice(ExtraServiceKind.TICKET_OVER_VOLUME, new BigDecimal("45.00")),
                        new ExtraServicePrice(ExtraServiceKind.DEVELOPMENT_HOUR_OVER_PLAN, new BigDecimal("95.00")),
                        new ExtraServicePrice(ExtraServiceKind.WEEKEND_HOLIDAY_SUPPORT_DAY, new BigDecimal("600.00"))),
                List.of(), List.of(), List.of(), slaEscalations(), 100, number("40"), null);
    }

    /**
     * The hardware supplier's contract: one priority, and a late-ticket penalty instead of a quality
     * table (150 EUR a repair resolved late plus 25 EUR a started hour over the target, at most
     * 1,000 EUR a month).
     */
    static AgreementTerms ucTerms() {
        return new AgreementTerms("EUR", new BigDecimal("2500.00"), new Contact("Vendor hotline",
                "support@hw-vendor.example", "+49 30 555 0100"), List.of(service("HW-VENDOR", "Hardware repair", null)),
                List.of(priority(1, "PT30M", "PT90M")), null, null, List.of(), null, null, null, null, 0, null, null,
                List.of(new UnderpinningLink(SLA, "NET", 1, TargetKind.RESOLUTION, "HW-VENDOR", 1, TargetKind.RESOLUTION,
                        null, null, null)), List.of(), List.of(), List.of(), null, null,
                new LatePenalty(List.of(new LatePenaltyRate(1, number("150.00"), number("25.00"))), number("1000.00")));
    }

    /**
     * The SLA's escalation policy: the assignee is warned at 50 % and 80 % of the resolution target;
     * a breach (of the response or resolution target) tells the agreement's owner and the customer's
     * coordinator, again every two working hours while it lasts; a critical incident not taken within
     * its 15-minute response target tells the group's lead and, 15 minutes later, goes to the second
     * line; a time-in-status limit passed tells the group.
     */
    private static List<EscalationRule> slaEscalations() {
        EscalationStep breach = new EscalationStep("breach", "100%", null, Duration.ofHours(2),
                List.of(EscalationAction.notify("AGREEMENT_OWNER", "CUSTOMER_COORDINATOR")));
        return List.of(
                new EscalationRule("resolution", null, List.of(
                        new EscalationStep("half the time", "50%", EscalationAction.notify("ASSIGNEE")),
                        new EscalationStep("warning", "80%", EscalationAction.notify("ASSIGNEE")), breach)),
                new EscalationRule("response", null, List.of(breach)),
                new EscalationRule("response", 1, List.of(
                        new EscalationStep("not taken", "100%", EscalationAction.notify("GROUP_LEAD")),
                        new EscalationStep("second line", "PT15M",
                                EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE)))),
                new EscalationRule(EscalationRule.ANY_STATUS, null, List.of(
                        new EscalationStep("limit passed", "100%", EscalationAction.notify("GROUP")))));
    }

    private static AgreementChange ola(String number, String title, String group, String calendar,
                                       List<PriorityTerms> priorities, List<UnderpinningLink> links) {
        AgreementTerms terms = new AgreementTerms(null, null, null, List.of(service(group, title, null)), priorities,
                null, null, null, null, null, null, null, 0, null, null, links);
        return new AgreementChange(number, AgreementType.OLA, title, null, group, "SD".equals(group) ? null : "SD",
                null, "Europe/Berlin", START, END, null, "max", terms, List.of(calendar), null, null);
    }

    private static UnderpinningLink resolution(int priority) {
        return new UnderpinningLink(SLA, "WS", priority, TargetKind.RESOLUTION, "L2", priority, TargetKind.RESOLUTION,
                null, null, null);
    }

    private static ServiceTerms service(String code, String name, List<String> exclusions) {
        return new ServiceTerms(code, name, null, 0L, null, null, null, exclusions == null ? List.of() : exclusions);
    }

    private static PriorityTerms priority(int number, String response, String resolution) {
        return new PriorityTerms(number, "P" + number, Duration.parse(response), Duration.parse(resolution), null, false,
                List.of());
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value);
    }
}
