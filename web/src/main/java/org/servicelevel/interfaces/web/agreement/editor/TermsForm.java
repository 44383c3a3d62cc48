package org.servicelevel.interfaces.web.agreement.editor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.ExtraServiceKind;
import org.servicelevel.domain.model.agreement.ExtraServicePrice;
import org.servicelevel.domain.model.agreement.LineExtension;
import org.servicelevel.domain.model.agreement.MetricKind;
import org.servicelevel.domain.model.agreement.PenaltyBand;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.QualityMetric;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.agreement.StatusLimit;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

/**
 * The terms of one version as the editor shows them, one row per line of each part: services with
 * their calendar by name, priorities with targets in hours and minutes, metric weights and penalty
 * band bounds in percent (the terms keep them as fractions). Parts the editor does not show (the
 * coordinator, availability targets, underpinning links, services' own targets, the priority matrix,
 * escalation rules, the penalty cap, planned development hours and the late-ticket penalty) are kept
 * from the terms the form is applied to. Nothing is checked here: the terms' own rules decide.
 */
public class TermsForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private String currency;
    private BigDecimal monthlyFee;
    private Integer agreementVolume;
    private Integer graceMonths;
    private Integer defaultPriority;
    private final List<ServiceRow> services = new ArrayList<>();
    private final List<PriorityRow> priorities = new ArrayList<>();
    private final List<StatusLimitRow> statusLimits = new ArrayList<>();
    private List<String> pauseStatuses = new ArrayList<>();
    private final List<ExtensionRow> lineExtensions = new ArrayList<>();
    private final List<MetricRow> metrics = new ArrayList<>();
    private final List<BandRow> penaltyBands = new ArrayList<>();
    private final List<PriceRow> extraPrices = new ArrayList<>();

    /** The form showing {@code terms}, naming each service's calendar from {@code calendarNames}. */
    public static TermsForm of(AgreementTerms terms, Map<Long, String> calendarNames) {
        TermsForm form = new TermsForm();
        form.currency = terms.currency();
        form.monthlyFee = terms.monthlyFee();
        form.agreementVolume = terms.agreementVolume();
        form.graceMonths = terms.graceMonths();
        form.defaultPriority = terms.defaultPriority();
        terms.services().forEach(s -> form.services.add(ServiceRow.of(s, calendarNames.get(s.calendarId()))));
        terms.priorities().forEach(p -> form.priorities.add(PriorityRow.of(p)));
        terms.statusLimits().forEach(l -> form.statusLimits.add(StatusLimitRow.of(l)));
        form.pauseStatuses = new ArrayList<>(terms.pauseStatuses());
        terms.lineExtensions().forEach(e -> form.lineExtensions.add(ExtensionRow.of(e)));
        terms.metrics().forEach(m -> form.metrics.add(MetricRow.of(m)));
        terms.penaltyBands().stream().sorted((a, b) -> b.from().compareTo(a.from()))
                .forEach(b -> form.penaltyBands.add(BandRow.of(b)));
        terms.extraPrices().forEach(p -> form.extraPrices.add(PriceRow.of(p)));
        return form;
    }

    /** The terms the form holds; the parts it does not show are those of {@code b}. */
    public AgreementTerms toTerms(AgreementTerms b) {
        return new AgreementTerms(blankToNull(currency), monthlyFee, b.coordinator(),
                services.stream().map(ServiceRow::toTerms).toList(),
                priorities.stream().map(PriorityRow::toTerms).toList(), defaultPriority,
                statusLimits.stream().map(StatusLimitRow::toTerms).toList(), List.copyOf(pauseStatuses),
                lineExtensions.stream().map(ExtensionRow::toTerms).toList(),
                metrics.stream().map(MetricRow::toTerms).toList(), b.availabilityTargets(),
                penaltyBands.stream().map(BandRow::toTerms).toList(), graceMonths == null ? 0 : graceMonths,
                b.penaltyCapPercent(), extraPrices.stream().map(PriceRow::toTerms).toList(), b.underpins(),
                b.serviceTargets(), b.priorityMatrix(), b.escalations(), agreementVolume, b.plannedDevelopmentHours(),
                b.latePenalty());
    }

    /** The calendar names of the services, in their order, as the service resolves them. */
    public List<String> serviceCalendars() {
        return services.stream().map(ServiceRow::getCalendar).toList();
    }

    /** The sum of the metrics' weights, in percent. */
    public BigDecimal getWeightSum() {
        return metrics.stream().map(MetricRow::getWeightPercent).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the weights total 100 %, as the quality score needs. */
    public boolean isWeightsComplete() {
        return metrics.isEmpty() || getWeightSum().compareTo(HUNDRED) == 0;
    }

    /**
     * What the terms' rules say of one part of the form as it stands, e.g. {@code penaltyBands} (gaps
     * and overlaps between the bands): the errors whose path starts with the part. {@code inherited}
     * is what an agreement below another inherits ({@code null} for none).
     */
    public List<InvalidFieldException> problemsOf(String part, AgreementType type, AgreementTerms b,
                                                  AgreementTerms inherited) {
        return toTerms(b).problems(type, inherited).stream().filter(e -> {
            String field = e.field().startsWith("terms.") ? e.field().substring("terms.".length()) : e.field();
            return field.equals(part) || field.startsWith(part + "[") || field.startsWith(part + ".");
        }).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The non-blank items of a text, separated by {@code separators} (a regular expression class). */
    private static List<String> items(String text, String separators) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A fraction in percent, written as people type it: 60, not 6E+1 or 60.0000. */
    private static BigDecimal toPercent(BigDecimal fraction) {
        if (fraction == null) {
            return null;
        }
        BigDecimal percent = fraction.multiply(HUNDRED).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private static BigDecimal toFraction(BigDecimal percent) {
        return percent == null ? null : percent.divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    // ---- rows ------------------------------------------------------------------------------------------

    public void addService() {
        services.add(new ServiceRow());
    }

    public void removeService(ServiceRow row) {
        services.remove(row);
    }

    public void addPriority() {
        PriorityRow row = new PriorityRow();
        row.number = priorities.stream().mapToInt(p -> p.number == null ? 0 : p.number).max().orElse(0) + 1;
        priorities.add(row);
    }

    public void removePriority(PriorityRow row) {
        priorities.remove(row);
    }

    public void addStatusLimit() {
        statusLimits.add(new StatusLimitRow());
    }

    public void removeStatusLimit(StatusLimitRow row) {
        statusLimits.remove(row);
    }

    public void addLineExtension() {
        lineExtensions.add(new ExtensionRow());
    }

    public void removeLineExtension(ExtensionRow row) {
        lineExtensions.remove(row);
    }

    public void addMetric() {
        metrics.add(new MetricRow());
    }

    public void removeMetric(MetricRow row) {
        metrics.remove(row);
    }

    public void addPenaltyBand() {
        penaltyBands.add(new BandRow());
    }

    public void removePenaltyBand(BandRow row) {
        penaltyBands.remove(row);
    }

    public void addExtraPrice() {
        extraPrices.add(new PriceRow());
    }

    public void removeExtraPrice(PriceRow row) {
        extraPrices.remove(row);
    }

    /** A service: code, name, description, calendar (by name), volume limit and exclusions (one a line). */
    public static class ServiceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String description;
        private String calendar;
        private BigDecimal volumeQuantity;
        private VolumeUnit volumeUnit;
        private VolumePeriod volumePeriod;
        private String exclusions;

        static ServiceRow of(ServiceTerms s, String calendarName) {
            ServiceRow row = new ServiceRow();
            row.code = s.code();
            row.name = s.name();
            row.description = s.description();
            row.calendar = calendarName;
            row.volumeQuantity = s.volumeQuantity();
            row.volumeUnit = s.volumeUnit();
            row.volumePeriod = s.volumePeriod();
            row.exclusions = String.join("\n", s.exclusions());
            return row;
        }

        ServiceTerms toTerms() {
            return new ServiceTerms(AgreementTerms.code(code), blankToNull(name), blankToNull(description), 0,
                    volumeQuantity, volumeQuantity == null ? null : volumeUnit,
                    volumeQuantity == null ? null : volumePeriod, items(exclusions, "\\n"));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getCalendar() { return calendar; }
        public void setCalendar(String calendar) { this.calendar = calendar; }
        public BigDecimal getVolumeQuantity() { return volumeQuantity; }
        public void setVolumeQuantity(BigDecimal volumeQuantity) { this.volumeQuantity = volumeQuantity; }
        public VolumeUnit getVolumeUnit() { return volumeUnit; }
        public void setVolumeUnit(VolumeUnit volumeUnit) { this.volumeUnit = volumeUnit; }
        public VolumePeriod getVolumePeriod() { return volumePeriod; }
        public void setVolumePeriod(VolumePeriod volumePeriod) { this.volumePeriod = volumePeriod; }
        public String getExclusions() { return exclusions; }
        public void setExclusions(String exclusions) { this.exclusions = exclusions; }
    }

    /** A priority: number, name, targets, the largest late share (percent), request kinds (comma-separated). */
    public static class PriorityRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer number;
        private String name;
        private DurationInput response = new DurationInput();
        private DurationInput resolution = new DurationInput();
        private BigDecimal maxOverduePercent;
        private boolean byAgreement;
        private String requestKinds;

        static PriorityRow of(PriorityTerms p) {
            PriorityRow row = new PriorityRow();
            row.number = p.number();
            row.name = p.name();
            row.response = DurationInput.of(p.response().orElse(null));
            row.resolution = DurationInput.of(p.resolution().orElse(null));
            row.maxOverduePercent = p.maxOverduePercent().orElse(null);
            row.byAgreement = p.byAgreement();
            row.requestKinds = String.join(", ", p.requestKinds());
            return row;
        }

        PriorityTerms toTerms() {
            return new PriorityTerms(number == null ? 0 : number, blankToNull(name), response.toDuration(),
                    resolution.toDuration(), maxOverduePercent, byAgreement, items(requestKinds, "[,\\n]"));
        }

        public Integer getNumber() { return number; }
        public void setNumber(Integer number) { this.number = number; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DurationInput getResponse() { return response; }
        public DurationInput getResolution() { return resolution; }
        public BigDecimal getMaxOverduePercent() { return maxOverduePercent; }
        public void setMaxOverduePercent(BigDecimal maxOverduePercent) { this.maxOverduePercent = maxOverduePercent; }
        public boolean isByAgreement() { return byAgreement; }
        public void setByAgreement(boolean byAgreement) { this.byAgreement = byAgreement; }
        public String getRequestKinds() { return requestKinds; }
        public void setRequestKinds(String requestKinds) { this.requestKinds = requestKinds; }
    }

    /** The longest working time a ticket of a priority may stay in a status. */
    public static class StatusLimitRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer priority;
        private String status;
        private DurationInput max = new DurationInput();

        static StatusLimitRow of(StatusLimit l) {
            StatusLimitRow row = new StatusLimitRow();
            row.priority = l.priority();
            row.status = l.status();
            row.max = DurationInput.of(l.max());
            return row;
        }

        StatusLimit toTerms() {
            java.time.Duration d = max.toDuration();
            return new StatusLimit(priority == null ? 0 : priority, status, d == null ? java.time.Duration.ZERO : d);
        }

        public Integer getPriority() { return priority; }
        public void setPriority(Integer priority) { this.priority = priority; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public DurationInput getMax() { return max; }
    }

    /** Extra working time from a support line on. */
    public static class ExtensionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer lineLevel;
        private DurationInput extra = new DurationInput();

        static ExtensionRow of(LineExtension e) {
            ExtensionRow row = new ExtensionRow();
            row.lineLevel = e.lineLevel();
            row.extra = DurationInput.of(e.extra());
            return row;
        }

        LineExtension toTerms() {
            java.time.Duration d = extra.toDuration();
            return new LineExtension(lineLevel == null ? 0 : lineLevel, d == null ? java.time.Duration.ZERO : d);
        }

        public Integer getLineLevel() { return lineLevel; }
        public void setLineLevel(Integer lineLevel) { this.lineLevel = lineLevel; }
        public DurationInput getExtra() { return extra; }
    }

    /** A line of the quality table, its weight in percent. */
    public static class MetricRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private MetricKind kind = MetricKind.RESOLUTION_TIME;
        private Integer priority;
        private String question;
        private String serviceCode;
        private BigDecimal thresholdPercent;
        private ThresholdComparison comparison;
        private BigDecimal weightPercent;

        static MetricRow of(QualityMetric m) {
            MetricRow row = new MetricRow();
            row.kind = m.kind();
            row.priority = m.priority();
            row.question = m.question();
            row.serviceCode = m.serviceCode();
            row.thresholdPercent = m.thresholdPercent();
            row.comparison = m.comparison();
            row.weightPercent = toPercent(m.weight());
            return row;
        }

        QualityMetric toTerms() {
            boolean byPriority = kind == MetricKind.RESOLUTION_TIME || kind == MetricKind.OVERDUE_SHARE;
            return new QualityMetric(kind, byPriority ? priority : null,
                    kind == MetricKind.SURVEY ? blankToNull(question) : null,
                    kind == MetricKind.AVAILABILITY ? AgreementTerms.code(serviceCode) : null,
                    kind == MetricKind.SURVEY ? thresholdPercent : null,
                    kind == MetricKind.SURVEY ? comparison : null, toFraction(weightPercent));
        }

        public MetricKind getKind() { return kind; }
        public void setKind(MetricKind kind) { this.kind = kind; }
        public Integer getPriority() { return priority; }
        public void setPriority(Integer priority) { this.priority = priority; }
        public String getQuestion() { return question; }
        public void setQuestion(String question) { this.question = question; }
        public String getServiceCode() { return serviceCode; }
        public void setServiceCode(String serviceCode) { this.serviceCode = serviceCode; }
        public BigDecimal getThresholdPercent() { return thresholdPercent; }
        public void setThresholdPercent(BigDecimal thresholdPercent) { this.thresholdPercent = thresholdPercent; }
        public BigDecimal getWeightPercent() { return weightPercent; }
        public void setWeightPercent(BigDecimal weightPercent) { this.weightPercent = weightPercent; }
    }

    /** A band of the quality score (bounds in percent) and its penalty in percent of the fee. */
    public static class BandRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal fromPercent;
        private BigDecimal toPercent;
        private BigDecimal penaltyPercent;

        static BandRow of(PenaltyBand b) {
            BandRow row = new BandRow();
            row.fromPercent = toPercent(b.from());
            row.toPercent = toPercent(b.to());
            row.penaltyPercent = b.penaltyPercent();
            return row;
        }

        PenaltyBand toTerms() {
            return new PenaltyBand(toFraction(fromPercent), toFraction(toPercent), penaltyPercent);
        }

        public BigDecimal getFromPercent() { return fromPercent; }
        public void setFromPercent(BigDecimal fromPercent) { this.fromPercent = fromPercent; }
        public BigDecimal getToPercent() { return toPercent; }
        public void setToPercent(BigDecimal toPercent) { this.toPercent = toPercent; }
        public BigDecimal getPenaltyPercent() { return penaltyPercent; }
        public void setPenaltyPercent(BigDecimal penaltyPercent) { this.penaltyPercent = penaltyPercent; }
    }

    /** The price of a kind of extra service. */
    public static class PriceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ExtraServiceKind kind;
        private BigDecimal price;

        static PriceRow of(ExtraServicePrice p) {
            PriceRow row = new PriceRow();
            row.kind = p.kind();
            row.price = p.price();
            return row;
        }

        ExtraServicePrice toTerms() {
            return new ExtraServicePrice(kind, price);
        }

        public ExtraServiceKind getKind() { return kind; }
        public void setKind(ExtraServiceKind kind) { this.kind = kind; }
        public BigDecimal getPrice() { return price; }
        public void setPrice(BigDecimal price) { this.price = price; }
    }

    // ---- parts -----------------------------------------------------------------------------------------

    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public BigDecimal getMonthlyFee() { return monthlyFee; }
    public void setMonthlyFee(BigDecimal monthlyFee) { this.monthlyFee = monthlyFee; }
    public Integer getAgreementVolume() { return agreementVolume; }
    public void setAgreementVolume(Integer agreementVolume) { this.agreementVolume = agreementVolume; }
    public Integer getGraceMonths() { return graceMonths; }
    public void setGraceMonths(Integer graceMonths) { this.graceMonths = graceMonths; }
    public Integer getDefaultPriority() { return defaultPriority; }
    public void setDefaultPriority(Integer defaultPriority) { this.defaultPriority = defaultPriority; }
    public List<ServiceRow> getServices() { return services; }
    public List<PriorityRow> getPriorities() { return priorities; }
    public List<StatusLimitRow> getStatusLimits() { return statusLimits; }
    public List<String> getPauseStatuses() { return pauseStatuses; }
    public void setPauseStatuses(List<String> pauseStatuses) {
        this.pauseStatuses = pauseStatuses == null ? new ArrayList<>() : new ArrayList<>(pauseStatuses);
    }
    public List<ExtensionRow> getLineExtensions() { return lineExtensions; }
    public List<MetricRow> getMetrics() { return metrics; }
    public List<BandRow> getPenaltyBands() { return penaltyBands; }
    public List<PriceRow> getExtraPrices() { return extraPrices; }
}
