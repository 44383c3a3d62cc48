package org.servicelevel.interfaces.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.survey.SurveyService.AnswerShares;
import org.servicelevel.application.survey.SurveyService.OptionShare;

class SurveyChartsTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("org.servicelevel.web.messages", Locale.ENGLISH);

    @Test
    void eachAnswerOfTheScaleIsABarOfItsShareColouredByWhetherItIsPositive() {
        AnswerShares shares = new AnswerShares(3, 2, new BigDecimal("66.67"), List.of(
                new OptionShare("yes", true, 2, new BigDecimal("66.67")),
                new OptionShare("mostly yes", true, 0, BigDecimal.ZERO.setScale(2)),
                new OptionShare("no", false, 1, new BigDecimal("33.33"))));
        JsonObject chart = Json.createReader(new StringReader(SurveyCharts.shares(shares, EN))).readObject();
        JsonObject data = chart.getJsonObject("data");
        assertEquals("[\"yes\",\"mostly yes\",\"no\"]", data.getJsonArray("labels").toString());
        JsonObject set = data.getJsonArray("datasets").getJsonObject(0);
        assertEquals("[66.67,0.00,33.33]", set.getJsonArray("data").toString());
        assertEquals(List.of(SurveyCharts.POSITIVE_COLOUR, SurveyCharts.POSITIVE_COLOUR, SurveyCharts.OTHER_COLOUR),
                set.getJsonArray("backgroundColor").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals(100, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getInt("max"));
    }
}
