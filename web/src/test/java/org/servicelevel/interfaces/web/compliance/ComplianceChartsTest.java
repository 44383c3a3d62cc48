package org.servicelevel.interfaces.web.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.Compliance.Bar;
import org.servicelevel.domain.model.report.Compliance.Dimension;

class ComplianceChartsTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.ENGLISH);
    private static final ResourceBundle PL = ResourceBundle.getBundle("org.servicelevel.web.messages",
            Locale.forLanguageTag("pl"));

    @Test
    void barsAreLabelledInTheReadersLanguageWithTheirMetShare() {
        assertEquals(new ComplianceCharts.BarLine("Priority 2", 2, 1, 3, "66.7 %"),
                ComplianceCharts.line(Dimension.PRIORITY, new Bar("2", 2, 1), EN));
        assertEquals("Bez wykonawcy", ComplianceCharts.line(Dimension.ASSIGNEE, new Bar(null, 0, 4), PL).label());
        assertEquals("0.0 %", ComplianceCharts.line(Dimension.SERVICE, new Bar("WS", 0, 4), EN).metShare());
        assertEquals("—", ComplianceCharts.share(0, 0));
    }

    @Test
    void theChartStacksBreachedOnMetPerBar() {
        List<ComplianceCharts.BarLine> bars = List.of(new ComplianceCharts.BarLine("Priority 1", 2, 2, 4, "50.0 %"),
                new ComplianceCharts.BarLine("Priority 2", 1, 0, 1, "100.0 %"));
        JsonObject chart = Json.createReader(new StringReader(ComplianceCharts.chart(bars, EN))).readObject();
        assertEquals("bar", chart.getString("type"));
        JsonObject data = chart.getJsonObject("data");
        assertEquals("[\"Priority 1\",\"Priority 2\"]", data.getJsonArray("labels").toString());
        assertEquals("Met", data.getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals("[2,1]", data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString());
        assertEquals("[2,0]", data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data").toString());
        JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
        assertTrue(scales.getJsonObject("x").getBoolean("stacked") && scales.getJsonObject("y").getBoolean("stacked"));
    }
}
