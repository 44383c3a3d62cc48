package org.servicelevel.interfaces.web.survey;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.ResourceBundle;
import org.servicelevel.application.survey.SurveyService.AnswerShares;
import org.servicelevel.application.survey.SurveyService.OptionShare;

/**
 * The answer shares of a question as a Chart.js configuration for {@code p:chart}: one horizontal bar
 * per answer of the scale, in its order, its length the answer's share of the answers to the question
 * in percent, positive answers in green and the others in grey.
 */
final class SurveyCharts {

    static final String POSITIVE_COLOUR = "#2e7d32";
    static final String OTHER_COLOUR = "#8a96a3";

    private SurveyCharts() {
    }

    static String shares(AnswerShares answers, ResourceBundle texts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (OptionShare option : answers.options()) {
            labels.add(option.answer());
            data.add(option.share() == null ? BigDecimal.ZERO : option.share());
            colours.add(option.positive() ? POSITIVE_COLOUR : OTHER_COLOUR);
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", texts.getString("survey.share.percent")).add("data", data)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }
}
