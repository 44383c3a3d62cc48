package org.servicelevel.interfaces.web.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.AmendmentStatus;
import org.servicelevel.domain.model.agreement.ConsistencyFinding;
import org.servicelevel.domain.model.agreement.ConsistencyReport;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationRecipient;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.StepAt;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.TermsDiff;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.agreement.UnderpinningLink;
import org.servicelevel.interfaces.web.Feedback;
import org.servicelevel.interfaces.web.Refusals;

/**
 * Agreements shaped for the screens: every value already in the reader's words (durations as
 * "4 h" or "30 min", statuses and kinds from the messages bundle). Faces EL reads getters, not
 * record accessors, so each line has getters.
 */
public final class AgreementRows {

    public static final String NOTHING = "—";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AgreementRows() {
    }

    /** One agreement in the list. */
    public static final class AgreementLine {
        private final long id;
        private final String number;
        private final String type;
        private final String title;
        private final String status;
        private final String statusLabel;
        private final String party;
        private final String validity;
        private final String reviewDate;
        private final int findings;

        AgreementLine(AgreementDetails d, ResourceBundle texts) {
            this.id = d.id();
            this.number = d.number();
            this.type = d.type().name();
            this.title = d.title();
            this.status = d.status().name();
            this.statusLabel = texts.getString("agreement.status." + d.status().name());
            this.party = party(d.type() == AgreementType.SLA ? d.customer() : d.providerGroup());
            this.validity = validity(d.validFrom(), d.validTo(), texts);
            this.reviewDate = date(d.reviewDate());
            this.findings = d.consistency() == null ? 0 : d.consistency().findingCount();
        }

        public long getId() {
            return id;
        }

        public String getNumber() {
            return number;
        }

        public String getType() {
            return type;
        }

        public String getTitle() {
            return title;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusLabel() {
            return statusLabel;
        }

        public String getParty() {
            return party;
        }

        public String getValidity() {
            return validity;
        }

        public String getReviewDate() {
            return reviewDate;
        }

        public int getFindings() {
            return findings;
        }
    }

    /** A version in the history of an agreement. */
    public record VersionLine(int number, String effectiveFrom, String createdBy, String createdAt, String note,
                              boolean inForce, boolean shown, boolean draft, String status, String changes) {
        public int getNumber() {
            return number;
        }

        public boolean isDraft() {
            return draft;
        }

        public String getStatus() {
            return status;
        }

        public String getChanges() {
            return changes;
        }

        public String getEffectiveFrom() {
            return effectiveFrom;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public String getCreatedAt() {
            return createdAt;
        }

        public String getNote() {
            return note;
        }

        public boolean isInForce() {
            return inForce;
        }

        public boolean isShown() {
            return shown;
        }
    }

    /** A service with its calendar, volume limit and exclusions. */
    public record ServiceLine(String code, String name, String description, long calendarId, String calendar,
                              String volume, List<String> exclusions) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getDescription() {
            return description;
        }

        public long getCalendarId() {
            return calendarId;
        }

        public String getCalendar() {
            return calendar;
        }

        public String getVolume() {
            return volume;
        }

        public List<String> getExclusions() {
            return exclusions;
        }
    }

    /** A priority with its targets. */
    public record PriorityLine(int number, String name, String response, String resolution, String maxOverdue,
                               String requestKinds, boolean byAgreement, boolean defaultPriority) {
        public int getNumber() {
            return number;
        }

        public String getName() {
            return name;
        }

        public String getResponse() {
            return response;
        }

        public String getResolution() {
            return resolution;
        }

        public String getMaxOverdue() {
            return maxOverdue;
        }

        public String getRequestKinds() {
            return requestKinds;
        }

        public boolean isByAgreement() {
            return byAgreement;
        }

        public boolean isDefaultPriority() {
            return defaultPriority;
        }
    }

    /** A label and a value: time-in-status limits, line extensions, metrics, bands, prices. */
    public record Line(String label, String detail, String value) {
        public String getLabel() {
            return label;
        }

        public String getDetail() {
            return detail;
        }

        public String getValue() {
            return value;
        }
    }

    /**
     * A step of an escalation rule: the rule's metric and priority (on the rule's first step only), when
     * the step comes due and what it does; a rule without steps is one line saying it escalates nothing.
     */
    public record EscalationLine(String metric, String priority, String step, String actions) {
        public String getMetric() {
            return metric;
        }

        public String getPriority() {
            return priority;
        }

        public String getStep() {
            return step;
        }

        public String getActions() {
            return actions;
        }
    }

    /** An SLA target an OLA or UC underpins, and the own target that underpins it. */
    public record UnderpinLine(String sla, String slaTarget, String ownTarget, String path) {
        public String getSla() {
            return sla;
        }

        public String getSlaTarget() {
            return slaTarget;
        }

        public String getOwnTarget() {
            return ownTarget;
        }

        public String getPath() {
            return path;
        }
    }

    /** One consistency finding. */
    public record FindingLine(String from, String kind, String kindLabel, String message, String excess) {
        public String getFrom() {
            return from;
        }

        public String getKind() {
            return kind;
        }

        public String getKindLabel() {
            return kindLabel;
        }

        public String getMessage() {
            return message;
        }

        public String getExcess() {
            return excess;
        }
    }

    // ---- builders ----------------------------------------------------------------------------------

    static AgreementLine line(AgreementDetails details, ResourceBundle texts) {
        return new AgreementLine(details, texts);
    }

    /**
     * The versions, each with where it stands as an amendment and what it changes from the approved
     * version listed before it ({@code changes} gives the changes from one version number to another).
     */
    static List<VersionLine> versions(AgreementDetails d, ResourceBundle texts,
                                      java.util.function.BiFunction<Integer, Integer, List<TermsDiff.Change>> changes) {
        ZoneId zone = ZoneId.of(d.timeZone());
        List<VersionLine> lines = new ArrayList<>();
        AgreementDetails.VersionSummary previous = null;
        for (AgreementDetails.VersionSummary v : d.versions()) {
            boolean draft = v.status() == AmendmentStatus.DRAFT;
            String status = draft ? texts.getString("agreement.amendment.DRAFT")
                    : v.approvedBy() == null ? texts.getString("agreement.amendment.APPROVED")
                    : format(texts, "agreement.amendment.approvedBy", v.approvedBy()
                    + (v.customerApprovedBy() == null ? "" : ", " + v.customerApprovedBy()));
            String changed = previous == null ? ""
                    : ChangeWords.describe(changes.apply(previous.number(), v.number()), texts);
            if (!draft) {
                previous = v;
            }
            lines.add(new VersionLine(v.number(), date(v.effectiveFrom()),
                    Objects.requireNonNullElse(v.createdBy(), NOTHING), instant(v.createdAt(), zone),
                    inReadersWords(Objects.requireNonNullElse(v.note(), ""), texts), v.inForce(),
                    v.number() == d.shown().number(), draft, status, changed));
        }
        return lines;
    }

    static List<ServiceLine> services(AgreementTerms terms, Map<Long, String> calendarNames, ResourceBundle texts) {
        return terms.services().stream().map(s -> new ServiceLine(s.code(), s.name(),
                Objects.requireNonNullElse(s.description(), ""), s.calendarId(),
                calendarNames.getOrDefault(s.calendarId(), "#" + s.calendarId()), volume(s, texts),
                s.exclusions())).toList();
    }

    static List<PriorityLine> priorities(AgreementTerms terms, ResourceBundle texts) {
        Integer defaultPriority = terms.defaultPriority();
        return terms.priorities().stream().map(p -> priority(p, defaultPriority, texts)).toList();
    }

    private static PriorityLine priority(PriorityTerms p, Integer defaultPriority, ResourceBundle texts) {
        String byAgreement = texts.getString("agreement.priority.byAgreement");
        return new PriorityLine(p.number(), p.name(),
                p.response().map(d -> inHours(d, texts)).orElse(p.byAgreement() ? byAgreement : NOTHING),
                p.resolution().map(d -> inHours(d, texts)).orElse(p.byAgreement() ? byAgreement : NOTHING),
                p.maxOverduePercent().map(AgreementRows::percent).orElse(NOTHING),
                String.join(", ", p.requestKinds()), p.byAgreement(),
                defaultPriority != null && defaultPriority == p.number());
    }

    /** The services' own targets: service, priority, and each target or "as the priority". */
    static List<Line> serviceTargets(AgreementTerms terms, ResourceBundle texts) {
        String asPriority = texts.getString("agreement.serviceTargets.asPriority");
        return terms.serviceTargets().stream().map(t -> new Line(t.serviceCode(),
                format(texts, "agreement.priorityNumber", t.priority()),
                format(texts, "agreement.serviceTargets.targets",
                        t.response().map(d -> inHours(d, texts)).orElse(asPriority),
                        t.resolution().map(d -> inHours(d, texts)).orElse(asPriority)))).toList();
    }

    /** The impact × urgency matrix, a line per cell: impact, urgency, priority. */
    static List<Line> priorityMatrix(AgreementTerms terms, ResourceBundle texts) {
        return terms.priorityMatrix().stream().map(c -> new Line(level(c.impact(), texts), level(c.urgency(), texts),
                format(texts, "agreement.priorityNumber", c.priority()))).toList();
    }

    /** The escalation rules of the terms (or the default policy's when they name none), a line per step. */
    static List<EscalationLine> escalations(AgreementTerms terms, ResourceBundle texts) {
        List<EscalationRule> rules = terms.escalations().isEmpty() ? EscalationRule.DEFAULTS : terms.escalations();
        List<EscalationLine> lines = new ArrayList<>();
        for (EscalationRule rule : rules) {
            String metric = escalationMetric(rule.metric(), texts);
            String priority = rule.priority() == null ? texts.getString("agreement.escalations.allPriorities")
                    : format(texts, "agreement.priorityNumber", rule.priority());
            if (rule.steps().isEmpty()) {
                lines.add(new EscalationLine(metric, priority, texts.getString("agreement.escalations.off"), ""));
            }
            for (EscalationStep step : rule.steps()) {
                lines.add(new EscalationLine(metric, priority, escalationStep(step, texts), step.actions().stream()
                        .map(a -> escalationAction(a, texts)).collect(Collectors.joining("; "))));
                metric = "";
                priority = "";
            }
        }
        return lines;
    }

    private static String escalationMetric(String metric, ResourceBundle texts) {
        if (EscalationRule.ANY_STATUS.equals(metric)) {
            return texts.getString("agreement.escalations.metric.anyStatus");
        }
        if (metric.startsWith("status:")) {
            return format(texts, "agreement.escalations.metric.status", metric.substring("status:".length()));
        }
        return texts.getString("agreement.escalations.metric." + metric);
    }

    /** When a step comes due, in words: "warning: 80 % of the target", "1 h before the due time (real time)". */
    private static String escalationStep(EscalationStep step, ResourceBundle texts) {
        StepAt at = step.when().orElseThrow();
        String when = at.atDue() ? texts.getString("agreement.escalations.at.breach")
                : at.isShare() ? format(texts, "agreement.escalations.at.share", percent(at.percent()))
                : format(texts, at.beforeDue() ? "agreement.escalations.at.before" : "agreement.escalations.at.after",
                        inHours(at.offset().abs(), texts));
        boolean counted = !at.isShare() || step.repeatEvery() != null;
        if (counted && step.basis() == TimeBasis.REAL) {
            when = format(texts, "agreement.escalations.realTime", when);
        }
        if (step.repeatEvery() != null) {
            when = format(texts, "agreement.escalations.repeat", when, inHours(step.repeatEvery(), texts));
        }
        return step.name() == null ? when : step.name() + ": " + when;
    }

    private static String escalationAction(EscalationAction action, ResourceBundle texts) {
        String key = "agreement.escalations.action." + action.type().name();
        return switch (action.type()) {
            case NOTIFY -> format(texts, key, action.recipients().stream().map(r -> EscalationRecipient.named(r)
                    .map(n -> texts.getString("agreement.escalations.recipient." + n.name())).orElse(r))
                    .collect(Collectors.joining(", ")));
            case MOVE_TO_GROUP -> format(texts, key, action.group());
            case COMMENT -> format(texts, key, action.text());
            case TAG -> format(texts, key, action.tag());
            default -> texts.getString(key);
        };
    }

    /** An impact or urgency level in words, or the empty mark. */
    public static String level(MatrixLevel level, ResourceBundle texts) {
        return level == null ? NOTHING : texts.getString("matrix.level." + level.name());
    }

    static List<Line> statusLimits(AgreementTerms terms, ResourceBundle texts) {
        return terms.statusLimits().stream().map(l -> new Line(format(texts, "agreement.priorityNumber", l.priority()),
                l.status(), inHours(l.max(), texts))).toList();
    }

    static List<Line> lineExtensions(AgreementTerms terms, ResourceBundle texts) {
        return terms.lineExtensions().stream().map(e -> new Line(format(texts, "agreement.extension.level",
                e.lineLevel()), "", "+ " + inHours(e.extra(), texts))).toList();
    }

    static List<Line> metrics(AgreementTerms terms, ResourceBundle texts) {
        return terms.metrics().stream().map(m -> new Line(texts.getString("agreement.metric." + m.kind().name()),
                metricSubject(m, texts), number(m.weight()))).toList();
    }

    private static String metricSubject(QualityMetric m, ResourceBundle texts) {
        return switch (m.kind()) {
            case RESOLUTION_TIME, OVERDUE_SHARE -> format(texts, "agreement.priorityNumber", m.priority());
            case SURVEY -> format(texts, m.comparison() == ThresholdComparison.GREATER_THAN
                            ? "agreement.metric.question.GREATER_THAN" : "agreement.metric.question", m.question(),
                    m.thresholdPercent() == null ? NOTHING : percent(m.thresholdPercent()));
            case AVAILABILITY -> format(texts, "agreement.metric.service", m.serviceCode());
        };
    }

    static List<Line> availabilityTargets(AgreementTerms terms, ResourceBundle texts) {
        return terms.availabilityTargets().stream().map(a -> new Line(a.serviceCode(),
                a.maxOutage().map(d -> format(texts, "agreement.availability.maxOutage", inHours(d, texts)))
                        .orElse(""), percent(a.minimumPercent()))).toList();
    }

    static List<Line> penaltyBands(AgreementTerms terms) {
        return terms.penaltyBands().stream()
                .sorted((a, b) -> b.from().compareTo(a.from()))
                .map(b -> new Line(number(b.from()) + " – " + number(b.to()), "", percent(b.penaltyPercent())))
                .toList();
    }

    static List<Line> extraPrices(AgreementTerms terms, ResourceBundle texts) {
        String currency = terms.currency() == null ? "" : " " + terms.currency();
        return terms.extraPrices().stream().map(p -> new Line(texts.getString("agreement.price." + p.kind().name()),
                "", money(p.price()) + currency)).toList();
    }

    /**
     * The late-ticket penalty, a line per priority: what each ticket resolved late costs and, where the
     * terms say so, what each started hour over the target adds.
     */
    static List<Line> latePenalty(AgreementTerms terms, ResourceBundle texts) {
        if (terms.latePenalty() == null) {
            return List.of();
        }
        int digits = terms.minorUnitDigits();
        return terms.latePenalty().priorities().stream().map(r -> new Line(
                format(texts, "agreement.priorityNumber", r.priority()), texts.getString("agreement.latePenalty.perTicket"),
                money(r.amount(), digits, terms.currency()) + r.perStartedHour().map(h -> " " + format(texts,
                        "agreement.latePenalty.perHour", money(h, digits, terms.currency()))).orElse(""))).toList();
    }

    /** An amount with the currency's minor-unit digits and the currency code: "200.00 EUR", "5000 JPY". */
    public static String money(BigDecimal value, int digits, String currency) {
        if (value == null) {
            return NOTHING;
        }
        String amount = digits < 0 ? value.stripTrailingZeros().toPlainString()
                : value.setScale(digits, java.math.RoundingMode.HALF_UP).toPlainString();
        return currency == null ? amount : amount + " " + currency;
    }

    static List<UnderpinLine> underpins(AgreementTerms terms, ResourceBundle texts) {
        return terms.underpins().stream().map(u -> underpin(u, texts)).toList();
    }

    private static UnderpinLine underpin(UnderpinningLink u, ResourceBundle texts) {
        String slaTarget = format(texts, "agreement.underpin.target", u.slaServiceCode(), u.slaPriority(),
                texts.getString("agreement.target." + u.slaTarget().name()));
        String ownTarget = format(texts, "agreement.underpin.target", u.serviceCode(), u.priority(),
                texts.getString("agreement.target." + u.ownTarget().name()));
        String path = u.path() == null ? "" : format(texts, "agreement.underpin.step", u.path(),
                u.step() == null ? NOTHING : u.step(), Objects.requireNonNullElse(u.stepName(), "")).strip();
        return new UnderpinLine(u.slaNumber(), slaTarget, ownTarget, path);
    }

    /** The findings of the day checked, then those of each upcoming day, each with the day it applies from. */
    static List<FindingLine> findings(AgreementDetails.Consistency consistency, ResourceBundle texts) {
        List<FindingLine> lines = new ArrayList<>(findings(consistency.findings(),
                texts.getString("agreement.consistency.today"), texts));
        consistency.upcoming().forEach(day -> lines.addAll(findings(day.findings(), date(day.on()), texts)));
        return lines;
    }

    private static List<FindingLine> findings(List<ConsistencyFinding> findings, String from, ResourceBundle texts) {
        return findings.stream().map(f -> new FindingLine(from, f.kind().name(),
                texts.getString("agreement.finding." + f.kind().name()), inReadersWords(f.message(), texts),
                f.excess() == null ? NOTHING : inDays(f.excess(), texts))).toList();
    }

    /**
     * A sentence the services wrote in English (a finding, the note they give a version) in {@code texts}'
     * language where the catalogue of {@link Refusals} knows it; anything else, such as a note a manager
     * typed, as it is.
     */
    static String inReadersWords(String sentence, ResourceBundle texts) {
        return Refusals.catalogue().inLanguageOf(sentence, texts);
    }

    /** The agreement and calendar versions the check of the day used, e.g. "SLA-1 v2, calendar 'Office' v1". */
    static String checkedVersions(AgreementDetails.Consistency consistency) {
        return consistency.checked().stream().map(v -> v.kind() == ConsistencyReport.CheckedVersion.Kind.AGREEMENT
                ? v.reference() + " v" + v.version() : "'" + v.reference() + "' v" + v.version())
                .collect(Collectors.joining(", "));
    }

    // ---- words -------------------------------------------------------------------------------------

    /** "SLA-ACME (ACME Ltd)": the code or number and the name of a party, or a dash. */
    static String party(AgreementDetails.PartyRef party) {
        if (party == null) {
            return NOTHING;
        }
        return party.name() == null || party.name().isBlank() || party.name().equals(party.code()) ? party.code()
                : party.name() + " (" + party.code() + ")";
    }

    static String validity(LocalDate from, LocalDate to, ResourceBundle texts) {
        return to == null ? format(texts, "agreement.validity.open", date(from))
                : format(texts, "agreement.validity.range", date(from), date(to));
    }

    static String volume(ServiceTerms s, ResourceBundle texts) {
        if (s.unlimited()) {
            return texts.getString("agreement.volume.unlimited");
        }
        return format(texts, "agreement.volume", number(s.volumeQuantity()),
                s.volumeUnit() == null ? "" : texts.getString("agreement.volume.unit." + s.volumeUnit().name()),
                s.volumePeriod() == null ? "" : texts.getString("agreement.volume.period." + s.volumePeriod().name()))
                .strip();
    }

    /**
     * A duration in hours and minutes ("4 h", "30 min", "1 h 30 min", "40 h"), for targets: never in
     * days, because a working day is as long as the calendar says, not 24 hours.
     */
    public static String inHours(Duration d, ResourceBundle texts) {
        return duration(d, false, texts);
    }

    /** A real (elapsed) time, with days of 24 hours: "2 d 15 h", "45 min". */
    public static String inDays(Duration d, ResourceBundle texts) {
        return duration(d, true, texts);
    }

    private static String duration(Duration d, boolean withDays, ResourceBundle texts) {
        long seconds = Math.abs(d.getSeconds());
        long days = withDays ? seconds / 86_400 : 0;
        long hours = (seconds - days * 86_400) / 3_600;
        long minutes = seconds % 3_600 / 60;
        long rest = seconds % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + " " + texts.getString("duration.d"));
        }
        if (hours > 0) {
            parts.add(hours + " " + texts.getString("duration.h"));
        }
        if (minutes > 0) {
            parts.add(minutes + " " + texts.getString("duration.min"));
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(rest + " " + texts.getString("duration.s"));
        }
        return (d.isNegative() ? "-" : "") + String.join(" ", parts);
    }

    static String date(LocalDate date) {
        return date == null ? NOTHING : date.toString();
    }

    public static String instant(Instant instant, ZoneId zone) {
        return instant == null ? NOTHING : MINUTE.format(instant.atZone(zone));
    }

    static String percent(BigDecimal value) {
        return number(value) + " %";
    }

    static String number(BigDecimal value) {
        return value == null ? NOTHING : value.stripTrailingZeros().toPlainString();
    }

    static String money(BigDecimal value) {
        return value == null ? NOTHING : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public static String format(ResourceBundle texts, String key, Object... arguments) {
        return Feedback.format(texts, key, arguments);
    }
}
