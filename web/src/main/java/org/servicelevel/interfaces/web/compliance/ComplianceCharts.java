package org.servicelevel.interfaces.web.compliance;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.ResourceBundle;
import org.servicelevel.domain.model.report.Compliance.Bar;
import org.servicelevel.domain.model.report.Compliance.Dimension;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * How the compliance page words and draws its figures: a bar's label in the reader's language, the
 * share of met tickets, and the Chart.js configuration of a stacked bar chart that {@code p:chart}
 * draws (met below, breached on top, one bar per priority, assignee, service or request type).
 */
public final class ComplianceCharts {

    static final String MET_COLOUR = "#2e7d32";
    static final String BREACHED_COLOUR = "#a4262c";

    private ComplianceCharts() {
    }

    /** One bar as the table beneath the chart shows it. */
    public record BarLine(String label, long met, long breached, long total, String metShare)
            implements java.io.Serializable {
    }

    static BarLine line(Dimension dimension, Bar bar, ResourceBundle texts) {
        return new BarLine(label(dimension, bar.key(), texts), bar.met(), bar.breached(), bar.total(),
                share(bar.met(), bar.total()));
    }

    /** "Priority 2", "anna", "WS", "incident"; "nobody" or "none" for a ticket without one. */
    static String label(Dimension dimension, String key, ResourceBundle texts) {
        if (key == null) {
            return texts.getString("compliance.none." + dimension.name());
        }
        return dimension == Dimension.PRIORITY ? AgreementRows.format(texts, "compliance.priority", key) : key;
    }

    /** The met tickets' share in percent with one decimal, "—" without tickets. */
    static String share(long met, long total) {
        return total == 0 ? AgreementRows.NOTHING
                : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                        .toPlainString() + " %";
    }

    /** The Chart.js configuration of a stacked bar chart of the bars. */
    static String chart(List<BarLine> bars, ResourceBundle texts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder met = Json.createArrayBuilder();
        JsonArrayBuilder breached = Json.createArrayBuilder();
        for (BarLine bar : bars) {
            labels.add(bar.label());
            met.add(bar.met());
            breached.add(bar.breached());
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(texts.getString("compliance.met"), met, MET_COLOUR))
                                .add(dataset(texts.getString("compliance.breached"), breached, BREACHED_COLOUR))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }
}
