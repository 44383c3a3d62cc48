package org.servicelevel.domain.model.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The qualitative report of a campaign: for every question, how many respondents chose each answer of
 * its scale, in total and by respondent role (roles in alphabetical order, ignoring case). Counts are
 * exact; shares follow from them ({@link Shares}).
 *
 * @param respondents how many respondents the campaign has, answering or not
 * @param roles       each role with its number of respondents
 */
public record SurveyReport(int respondents, List<RoleCount> roles, List<QuestionReport> questions) {

    /** A role and how many respondents have it. */
    public record RoleCount(String role, int respondents) {
    }

    /** How often one answer of the scale was chosen. */
    public record OptionCount(String answer, boolean positive, long count) {
    }

    /** The answers to a question of a group of respondents: how many, how many positive, and per answer. */
    public record Breakdown(long answers, long positive, List<OptionCount> options) {
    }

    /** The answers of the respondents with one role. */
    public record RoleBreakdown(String role, Breakdown answers) {
    }

    /** One question: its answers in total and by role (only roles with an answer to it). */
    public record QuestionReport(int number, String question, Breakdown total, List<RoleBreakdown> byRole) {
    }

    /**
     * Roles in alphabetical order in the screens' languages: Latin letters as in Polish ("łącznik" between
     * "kierownik" and "menedżer", accented letters beside their base letter), then Cyrillic as in Russian
     * ("ё" after "е").
     */
    private static final Collator ALPHABETICAL = alphabetical();

    private static Collator alphabetical() {
        StringBuilder cyrillic = new StringBuilder();
        for (char letter : "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".toCharArray()) {
            cyrillic.append(" < ").append(letter).append(", ").append(Character.toUpperCase(letter));
        }
        try {
            return new RuleBasedCollator(((RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("pl")))
                    .getRules() + cyrillic);
        } catch (ParseException e) {
            throw new IllegalStateException("the collation rules are written here", e);
        }
    }

    static SurveyReport of(Campaign campaign) {
        Map<String, List<Respondent>> byRole = new TreeMap<>(Comparator.comparing((String k) -> k, ALPHABETICAL)
                .thenComparing(Comparator.naturalOrder()));
        for (Respondent r : campaign.respondents()) {
            byRole.computeIfAbsent(SurveyTexts.key(r.role()), k -> new ArrayList<>()).add(r);
        }
        List<RoleCount> roles = byRole.values().stream().map(rs -> new RoleCount(rs.get(0).role(), rs.size())).toList();
        List<QuestionReport> questions = new ArrayList<>();
        for (SurveyQuestion q : campaign.questions()) {
            List<RoleBreakdown> roleBreakdowns = new ArrayList<>();
            for (List<Respondent> group : byRole.values()) {
                Breakdown b = breakdown(q, group);
                if (b.answers() > 0) {
                    roleBreakdowns.add(new RoleBreakdown(group.get(0).role(), b));
                }
            }
            questions.add(new QuestionReport(q.number(), q.text(), breakdown(q, campaign.respondents()), roleBreakdowns));
        }
        return new SurveyReport(campaign.respondents().size(), roles, questions);
    }

    private static Breakdown breakdown(SurveyQuestion question, List<Respondent> respondents) {
        long[] counts = new long[question.options().size()];
        for (Respondent r : respondents) {
            r.answerTo(question.number()).ifPresent(a -> counts[a.optionIndex()]++);
        }
        List<OptionCount> options = new ArrayList<>();
        long answers = 0;
        long positive = 0;
        for (int i = 0; i < counts.length; i++) {
            AnswerOption option = question.option(i);
            options.add(new OptionCount(option.label(), option.positive(), counts[i]));
            answers += counts[i];
            positive += option.positive() ? counts[i] : 0;
        }
        return new Breakdown(answers, positive, options);
    }
}
