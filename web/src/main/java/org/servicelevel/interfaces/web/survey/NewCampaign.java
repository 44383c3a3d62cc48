package org.servicelevel.interfaces.web.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.servicelevel.application.survey.SurveyService.CampaignChange;
import org.servicelevel.application.survey.SurveyService.QuestionChange;
import org.servicelevel.interfaces.web.survey.SurveysBean.QuestionForm;

/**
 * The new-campaign form read as the service's change, and the mistakes it has, each with the field
 * it is shown beside: a title, a due day, and per question a text, at least two different answers and
 * at least one positive one of them (ignoring case), but not all of them (the rules of {@code docs/surveys.md}).
 */
final class NewCampaign {

    /** A mistake: the client id of the field it is shown beside, the bundle key and its arguments. */
    record Mistake(String clientId, String key, Object... arguments) {
    }

    static final String FORM = "campaignForm";

    private NewCampaign() {
    }

    /** The non-empty lines of a text, stripped. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static List<Mistake> mistakes(String title, LocalDate dueDate, List<QuestionForm> questions) {
        List<Mistake> mistakes = new ArrayList<>();
        if (title == null || title.isBlank()) {
            mistakes.add(new Mistake(FORM + ":title", "surveys.title.required"));
        }
        if (dueDate == null) {
            mistakes.add(new Mistake(FORM + ":dueDate", "surveys.dueDate.required"));
        }
        for (int i = 0; i < questions.size(); i++) {
            QuestionForm q = questions.get(i);
            String prefix = FORM + ":questions:" + i + ":";
            if (q.getText() == null || q.getText().isBlank()) {
                mistakes.add(new Mistake(prefix + "text", "surveys.question.required"));
            }
            List<String> scale = q.getScale();
            Set<String> distinct = new HashSet<>();
            scale.forEach(a -> distinct.add(key(a)));
            if (scale.size() < 2 || distinct.size() != scale.size()) {
                mistakes.add(new Mistake(prefix + "answers", "surveys.answers.invalid"));
                continue;
            }
            List<String> unknown = q.getPositiveAnswers().stream().filter(a -> !distinct.contains(key(a))).toList();
            long positive = positive(q).size();
            if (!unknown.isEmpty()) {
                mistakes.add(new Mistake(prefix + "positive", "surveys.positive.unknown", String.join(", ", unknown)));
            } else if (positive == 0 || positive == scale.size()) {
                mistakes.add(new Mistake(prefix + "positive", "surveys.positive.invalid"));
            }
        }
        return mistakes;
    }

    /** The campaign as the service takes it, the positive answers spelled as on the scale. */
    static CampaignChange change(String title, LocalDate dueDate, List<QuestionForm> questions) {
        return new CampaignChange(title.strip(), dueDate, questions.stream().map(q -> new QuestionChange(
                q.getText().strip(), q.getScale(), positive(q))).toList());
    }

    /** The answers of the scale written as positive, ignoring case. */
    private static List<String> positive(QuestionForm q) {
        Set<String> written = new HashSet<>();
        q.getPositiveAnswers().forEach(a -> written.add(key(a)));
        return q.getScale().stream().filter(a -> written.contains(key(a))).toList();
    }

    private static String key(String answer) {
        return answer.toLowerCase(Locale.ROOT);
    }
}
