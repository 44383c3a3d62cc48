package org.servicelevel.domain.model.agreement;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changed between two sets of terms, part by part, as a manager reads it in an amendment or
 * the audit trail: {@code priorities[2].resolution: PT4H -> PT2H}. Services are matched by code and
 * priorities by number; other lists item by item, where an item that is in both (in any place) has
 * not changed. Amounts compare by value (1000 and 1000.00 are the same fee). Escalation rules that
 * replace the default policy, or give way to it, are one change from or to {@code default policy}.
 */
public final class TermsDiff {

    /** One changed value: where, and what it was and became ({@code null} where there was or is none). */
    public record Change(String path, String before, String after) {

        @Override
        public String toString() {
            return path + ": " + (before == null ? "none" : before) + " -> " + (after == null ? "none" : after);
        }
    }

    /** Parts whose empty list is not "none" but a default that applies, in the words the diff uses for it. */
    private static final Map<String, String> EMPTY_MEANS = Map.of("escalations", "default policy");

    private final List<Change> changes = new ArrayList<>();

    private TermsDiff() {
    }

    /** The changes that turn {@code before} into {@code after}. */
    public static List<Change> between(AgreementTerms before, AgreementTerms after) {
        TermsDiff diff = new TermsDiff();
        for (RecordComponent part : AgreementTerms.class.getRecordComponents()) {
            Object was = read(part, before);
            Object is = read(part, after);
            String empty = EMPTY_MEANS.get(part.getName());
            if (empty != null && ((List<?>) was).isEmpty() != ((List<?>) is).isEmpty()) {
                diff.changes.add(new Change(part.getName(), ((List<?>) was).isEmpty() ? empty : text(was),
                        ((List<?>) is).isEmpty() ? empty : text(is)));
            } else {
                diff.compare(part.getName(), was, is);
            }
        }
        return List.copyOf(diff.changes);
    }

    /** The changes in words, one per line part, e.g. for an audit entry. */
    public static String describe(List<Change> changes) {
        return changes.isEmpty() ? "no change to the terms"
                : changes.stream().map(Change::toString).collect(Collectors.joining("; "));
    }

    private void compare(String path, Object before, Object after) {
        if (AgreementTerms.same(before, after)) {
            return;
        }
        if (before instanceof List<?> || after instanceof List<?>) {
            compareLists(path, before == null ? List.of() : (List<?>) before, after == null ? List.of() : (List<?>) after);
        } else if (isPart(before) || isPart(after)) {
            if (before == null || after == null) {
                changes.add(new Change(path, text(before), text(after)));
            } else {
                fields(before).forEach((name, value) -> compare(path + "." + name, value, fields(after).get(name)));
            }
        } else {
            changes.add(new Change(path, text(before), text(after)));
        }
    }

    private void compareLists(String path, List<?> before, List<?> after) {
        String key = keyOf(before.isEmpty() ? after : before);
        if (key != null) {
            Map<Object, Object> was = keyed(before, key);
            Map<Object, Object> is = keyed(after, key);
            was.forEach((k, v) -> compare(path + "[" + k + "]", v, is.get(k)));
            is.forEach((k, v) -> {
                if (!was.containsKey(k)) {
                    compare(path + "[" + k + "]", null, v);
                }
            });
            return;
        }
        List<Object> removed = new ArrayList<>(before);
        List<Object> added = new ArrayList<>();
        for (Object item : after) {
            Object match = removed.stream().filter(r -> AgreementTerms.same(r, item)).findFirst().orElse(null);
            if (match != null) {
                removed.remove(match);
            } else {
                added.add(item);
            }
        }
        if (removed.size() == added.size() && !removed.isEmpty() && isPart(removed.get(0))) {
            for (int i = 0; i < removed.size(); i++) {
                compare(path + "[" + (after.indexOf(added.get(i)) + 1) + "]", removed.get(i), added.get(i));
            }
            return;
        }
        removed.forEach(r -> changes.add(new Change(path + "[" + (before.indexOf(r) + 1) + "]", text(r), null)));
        added.forEach(a -> changes.add(new Change(path + "[" + (after.indexOf(a) + 1) + "]", null, text(a))));
    }

    private static String keyOf(List<?> items) {
        if (items.isEmpty() || !isPart(items.get(0))) {
            return null;
        }
        Map<String, Object> fields = fields(items.get(0));
        return fields.containsKey("code") ? "code" : fields.containsKey("number") ? "number" : null;
    }

    private static Map<Object, Object> keyed(List<?> items, String key) {
        Map<Object, Object> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.put(fields(i).get(key), i));
        return byKey;
    }

    private static boolean isPart(Object value) {
        return value != null && value.getClass().getName().startsWith(AgreementTerms.class.getPackageName())
                && !value.getClass().isEnum();
    }

    private static Map<String, Object> fields(Object part) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            if (part.getClass().isRecord()) {
                for (RecordComponent c : part.getClass().getRecordComponents()) {
                    values.put(c.getName(), c.getAccessor().invoke(part));
                }
                return values;
            }
            for (Field f : part.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    Object value = AgreementTerms.valueOf(part, f);   // a list kept as one text: the list
                    if (f.getName().endsWith("Seconds") && (value == null || value instanceof Number)) {
                        // durations are stored as seconds; a manager reads them as durations
                        values.put(f.getName().substring(0, f.getName().length() - "Seconds".length()),
                                value == null ? null : Duration.ofSeconds(((Number) value).longValue()));
                    } else {
                        values.put(f.getName(), value);
                    }
                }
            }
            return values;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the parts of the terms are plain values", e);
        }
    }

    private static Object read(RecordComponent part, AgreementTerms terms) {
        try {
            return part.getAccessor().invoke(terms);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the terms are a plain record", e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TermsDiff::text).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        if (isPart(value)) {
            return fields(value).entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + "=" + text(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
        }
        return Objects.toString(value);
    }
}
