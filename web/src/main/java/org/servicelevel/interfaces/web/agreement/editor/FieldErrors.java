package org.servicelevel.interfaces.web.agreement.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.interfaces.web.Refusals;

/**
 * The agreement service's refusals placed next to the inputs they name. A refusal names its field by
 * the path of the terms, e.g. {@code terms.priorities[1].resolution}; the editor shows each input of
 * a row under the same path without the {@code terms.} prefix, and a part's own errors (the weights
 * do not total 100 %, the bands leave a gap) at the part. The text is the bundle's for the kind of
 * field ({@code editor.invalid.priorities.resolution}), in the viewer's language, else the service's.
 * Errors of fields the editor does not show are handed back, to be shown above the form.
 */
public class FieldErrors implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TERMS = "terms.";

    /** The kinds of fields the terms editor shows an input (or a part) for, paths without their indices. */
    public static final Set<String> TERMS_FIELDS = Set.of("currency", "monthlyFee", "agreementVolume", "graceMonths",
            "defaultPriority", "effectiveFrom", "changeNote",
            "services", "services.code", "services.name", "services.description", "services.calendar",
            "services.volume.quantity", "services.volume.unit", "services.volume.period", "services.exclusions",
            "priorities", "priorities.number", "priorities.name", "priorities.response", "priorities.resolution",
            "priorities.maxOverdueShare", "priorities.byAgreement", "priorities.requestKinds",
            "statusLimits", "statusLimits.priority", "statusLimits.status", "statusLimits.max",
            "pauseStatuses[]", "lineExtensions", "lineExtensions.lineLevel", "lineExtensions.extra",
            "metrics", "metrics[]", "metrics.kind", "metrics.priority", "metrics.question", "metrics.threshold", "metrics.service",
            "metrics.weight", "penaltyBands", "penaltyBands.from", "penaltyBands.penaltyPercent",
            "extraPrices", "extraPrices.kind", "extraPrices.price");

    /** The fields of a new agreement's page. */
    public static final Set<String> HEADER_FIELDS = Set.of("number", "type", "title", "customer", "providerGroup",
            "consumerGroup", "parent", "validFrom", "validTo", "reviewDate", "timeZone");

    private final Set<String> shown;
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Errors of a page that shows inputs for the kinds of fields {@code shown}. */
    public FieldErrors(Set<String> shown) {
        this.shown = Set.copyOf(shown);
    }

    /**
     * Keeps the errors of shown fields, in {@code texts}' language, and answers the texts of the
     * others (for messages above the form).
     */
    public List<String> take(List<InvalidFieldException> errors, ResourceBundle texts) {
        List<String> elsewhere = new ArrayList<>();
        for (InvalidFieldException e : errors) {
            String field = field(e.field());
            String kind = kind(field);
            String text = texts.containsKey("editor.invalid." + kind) ? texts.getString("editor.invalid." + kind)
                    : Refusals.catalogue().inLanguageOf(e.getMessage(), texts);
            if (shown.contains(kind)) {
                byField.merge(field, text, (a, b) -> a.equals(b) ? a : a + " " + b);
            } else {
                elsewhere.add(text);
            }
        }
        return elsewhere;
    }

    /** Forgets the errors of one part (e.g. {@code penaltyBands}), before it is checked again. */
    public void clear(String part) {
        byField.keySet().removeIf(f -> f.equals(part) || f.startsWith(part + "[") || f.startsWith(part + "."));
    }

    public void clearAll() {
        byField.clear();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The error of a field, e.g. {@code monthlyFee} or {@code priorities[1].resolution}; {@code null} if none. */
    public String get(String field) {
        return byField.get(field);
    }

    /** The error of a field of a row: {@code of("priorities", 1, "resolution")}. */
    public String of(String part, int row, String field) {
        return byField.get(part + "[" + row + "]" + (field == null || field.isEmpty() ? "" : "." + field));
    }

    /** The errors of a part as a whole ({@code metrics}: the weights' sum) and of its rows as a whole. */
    public String part(String part) {
        List<String> texts = new ArrayList<>();
        byField.forEach((field, text) -> {
            if (field.equals(part) || field.matches(java.util.regex.Pattern.quote(part) + "\\[\\d+]")) {
                texts.add(text);
            }
        });
        return texts.isEmpty() ? null : String.join(" ", texts);
    }

    /** The path without the {@code terms.} prefix: the editor's own name of the field. */
    static String field(String path) {
        return path.startsWith(TERMS) ? path.substring(TERMS.length()) : path;
    }

    /**
     * The kind of field a path names: its indices dropped ({@code priorities[1].resolution} →
     * {@code priorities.resolution}), a whole row kept apart from its part ({@code metrics[2]} →
     * {@code metrics[]}).
     */
    static String kind(String field) {
        return field.replaceAll("\\[\\d+]$", "[]").replaceAll("\\[\\d+]", "");
    }
}
