package org.servicelevel.domain.model.agreement;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Escalation rules as they are stored with an agreement version: a compact JSON array. Writing also
 * measures rules not checked yet, so it leaves out what a rule lacks instead of failing on it.
 */
final class EscalationRulesJson {

    /** Looked up once: finding the provider on every call costs more than the JSON it builds. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EscalationRulesJson() {
    }

    static String write(List<EscalationRule> rules) {
        if (rules.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (EscalationRule rule : rules) {
            JsonObjectBuilder r = JSON.createObjectBuilder();
            optional(r, "metric", rule.metric());
            if (rule.priority() != null) {
                r.add("priority", rule.priority());
            }
            JsonArrayBuilder steps = JSON.createArrayBuilder();
            for (EscalationStep step : rule.steps()) {
                JsonObjectBuilder s = JSON.createObjectBuilder();
                optional(s, "at", step.at());
                s.add("basis", step.basis().name());
                optional(s, "name", step.name());
                if (step.repeatEvery() != null) {
                    s.add("repeatEvery", step.repeatEvery().toString());
                }
                JsonArrayBuilder actions = JSON.createArrayBuilder();
                for (EscalationAction action : step.actions()) {
                    JsonObjectBuilder a = JSON.createObjectBuilder();
                    optional(a, "type", action.type() == null ? null : action.type().name());
                    if (!action.recipients().isEmpty()) {
                        JsonArrayBuilder recipients = JSON.createArrayBuilder();
                        action.recipients().forEach(who -> recipients.add(who == null ? "" : who));
                        a.add("recipients", recipients);
                    }
                    optional(a, "group", action.group());
                    optional(a, "text", action.text());
                    optional(a, "tag", action.tag());
                    actions.add(a);
                }
                steps.add(s.add("actions", actions));
            }
            array.add(r.add("steps", steps));
        }
        return array.build().toString();
    }

    static List<EscalationRule> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<EscalationRule> rules = new ArrayList<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject r = value.asJsonObject();
                List<EscalationStep> steps = new ArrayList<>();
                for (JsonValue sv : r.getJsonArray("steps")) {
                    JsonObject s = sv.asJsonObject();
                    List<EscalationAction> actions = new ArrayList<>();
                    for (JsonValue av : s.getJsonArray("actions")) {
                        JsonObject a = av.asJsonObject();
                        JsonArray recipients = a.getJsonArray("recipients");
                        actions.add(new EscalationAction(EscalationActionType.valueOf(a.getString("type")),
                                recipients == null ? List.of() : recipients.getValuesAs(jakarta.json.JsonString::getString),
                                a.getString("group", null), a.getString("text", null), a.getString("tag", null)));
                    }
                    String repeat = s.getString("repeatEvery", null);
                    steps.add(new EscalationStep(s.getString("name", null), s.getString("at"),
                            TimeBasis.valueOf(s.getString("basis")), repeat == null ? null : Duration.parse(repeat),
                            actions));
                }
                rules.add(new EscalationRule(r.getString("metric"),
                        r.containsKey("priority") ? r.getInt("priority") : null, steps));
            }
        }
        return rules;
    }

    private static void optional(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }
}
