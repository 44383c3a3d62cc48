package org.servicelevel.interfaces.web.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import org.servicelevel.domain.model.agreement.AgreementTerms;

/**
 * Two versions' terms side by side, one line per value a manager reads on the agreement page (a
 * priority's resolution target, a service's calendar, a penalty band): the value in each version and
 * whether it is the same, changed, added in the right one or removed from it. Values are compared as
 * shown, so 1000 and 1000.00 are the same fee.
 */
public final class VersionComparison {

    /** How a line differs between the left and the right version. */
    public enum Change {
        SAME, CHANGED, ADDED, REMOVED
    }

    /** One value of the terms: its part (e.g. "Priorities"), what it is, and its value on each side. */
    public record Line(String part, String item, String left, String right, Change change) {
        public String getPart() {
            return part;
        }

        public String getItem() {
            return item;
        }

        public String getLeft() {
            return left == null ? AgreementRows.NOTHING : left;
        }

        public String getRight() {
            return right == null ? AgreementRows.NOTHING : right;
        }

        public String getChange() {
            return change.name();
        }

        /** The CSS class marking the line: {@code diff-same}, {@code diff-changed}, {@code diff-added}, {@code diff-removed}. */
        public String getStyleClass() {
            return "diff-" + change.name().toLowerCase(Locale.ROOT);
        }
    }

    private VersionComparison() {
    }

    /** The lines of both terms, in the order of the left one and then those only the right one has. */
    public static List<Line> between(AgreementTerms left, AgreementTerms right, Map<Long, String> calendarNames,
                                     ResourceBundle texts) {
        Map<List<String>, String> before = values(left, calendarNames, texts);
        Map<List<String>, String> after = values(right, calendarNames, texts);
        Set<List<String>> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Line> lines = new ArrayList<>();
        for (List<String> key : keys) {
            String was = before.get(key);
            String is = after.get(key);
            Change change = !before.containsKey(key) ? Change.ADDED : !after.containsKey(key) ? Change.REMOVED
                    : Objects.equals(was, is) ? Change.SAME : Change.CHANGED;
            lines.add(new Line(key.get(0), key.get(1), was, is, change));
        }
        return lines;
    }

    /** Only the lines that differ. */
    public static List<Line> changes(List<Line> lines) {
        return lines.stream().filter(l -> l.change() != Change.SAME).toList();
    }

    /** Each value of the terms under its part and item, as the agreement page words it. */
    static Map<List<String>, String> values(AgreementTerms terms, Map<Long, String> calendarNames,
                                            ResourceBundle texts) {
        Map<List<String>, String> values = new LinkedHashMap<>();
        String money = texts.getString("versions.part.money");
        put(values, money, texts.getString("agreement.monthlyFee"), terms.monthlyFee() == null ? null
                : AgreementRows.money(terms.monthlyFee()) + (terms.currency() == null ? "" : " " + terms.currency()));
        put(values, money, texts.getString("agreement.agreementVolume"),
                terms.agreementVolume() == null ? null : terms.agreementVolume().toString());
        String services = texts.getString("agreement.services");
        for (AgreementRows.ServiceLine s : AgreementRows.services(terms, calendarNames, texts)) {
            put(values, services, s.code() + " · " + texts.getString("versions.name"), s.name());
            put(values, services, s.code() + " · " + texts.getString("agreement.service.calendar"), s.calendar());
            put(values, services, s.code() + " · " + texts.getString("agreement.service.volume"), s.volume());
            put(values, services, s.code() + " · " + texts.getString("agreement.service.exclusions"),
                    s.exclusions().isEmpty() ? null : String.join(", ", s.exclusions()));
        }
        String priorities = texts.getString("agreement.priorities");
        for (AgreementRows.PriorityLine p : AgreementRows.priorities(terms, texts)) {
            String priority = AgreementRows.format(texts, "agreement.priorityNumber", p.number()) + " · ";
            put(values, priorities, priority + texts.getString("versions.name"), p.name());
            put(values, priorities, priority + texts.getString("agreement.priority.response"), p.response());
            put(values, priorities, priority + texts.getString("agreement.priority.resolution"), p.resolution());
            put(values, priorities, priority + texts.getString("agreement.priority.maxOverdue"), p.maxOverdue());
            put(values, priorities, priority + texts.getString("agreement.priority.requestKinds"),
                    p.requestKinds().isEmpty() ? null : p.requestKinds());
        }
        lines(values, texts.getString("agreement.statusLimits"), AgreementRows.statusLimits(terms, texts));
        put(values, texts.getString("agreement.pauseStatuses"), texts.getString("agreement.pauseStatuses"),
                terms.pauseStatuses().isEmpty() ? null : String.join(", ", terms.pauseStatuses()));
        lines(values, texts.getString("agreement.lineExtensions"), AgreementRows.lineExtensions(terms, texts));
        lines(values, texts.getString("agreement.metrics"), AgreementRows.metrics(terms, texts));
        lines(values, texts.getString("agreement.penaltyBands"), AgreementRows.penaltyBands(terms));
        put(values, texts.getString("agreement.penaltyBands"), texts.getString("agreement.graceMonths"),
                Integer.toString(terms.graceMonths()));
        lines(values, texts.getString("agreement.extraPrices"), AgreementRows.extraPrices(terms, texts));
        return values;
    }

    private static void lines(Map<List<String>, String> values, String part, List<AgreementRows.Line> lines) {
        for (AgreementRows.Line line : lines) {
            String item = line.detail() == null || line.detail().isEmpty() ? line.label()
                    : line.label() + " · " + line.detail();
            put(values, part, item, line.value());
        }
    }

    private static void put(Map<List<String>, String> values, String part, String item, String value) {
        if (value != null && !value.equals(AgreementRows.NOTHING)) {
            values.put(List.of(part, item), value);
        }
    }
}
