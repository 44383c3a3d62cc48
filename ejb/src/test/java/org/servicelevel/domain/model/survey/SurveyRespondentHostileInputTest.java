package org.servicelevel.domain.model.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.survey.CampaignTest.NOW;
import static org.servicelevel.domain.model.survey.CampaignTest.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

/**
 * Respondent names against hostile input (docs/surveys.md): a name of at most 200 characters is
 * accepted and stored whole, or refused naming the respondent's field; names that differ only in
 * the spaces around and between words are one respondent.
 */
class SurveyRespondentHostileInputTest {

    /**
     * "İ" (U+0130) lower-cases, as a whole string, to two chars ("i" + U+0307): a 200-character name
     * must still have a comparison key that fits the 200 characters of its column.
     */
    @Test
    void aRespondentNameOfAtMost200CharactersFitsItsStoredComparisonKeyOrIsRefusedNamingRespondent() {
        Campaign c = CampaignTest.campaign();
        String name = "\u0130".repeat(Campaign.MAX_NAME);
        try {
            c.record(entry(name, "manager", 1, "as I expected"), Campaign.EntryFields.JSON, NOW, "anna");
        } catch (InvalidInputException refused) {
            assertEquals(List.of("respondent"), refused.errors().stream().map(InvalidFieldException::field).toList());
            return;
        }
        Respondent stored = c.respondent(name).orElseThrow();
        assertTrue(stored.name().length() <= Campaign.MAX_NAME);
        assertTrue(stored.nameKey().length() <= Campaign.MAX_NAME, "name_key is VARCHAR(" + Campaign.MAX_NAME
                + ") but the key to be stored has " + stored.nameKey().length() + " characters");
    }

    /** The same through a CSV answer sheet: the wrong cell must be named by line and column, before storing. */
    @Test
    void aSheetRespondentWhoseKeyDoesNotFitIsNamedByItsCell() {
        Campaign c = CampaignTest.campaign();
        String name = "\u0130".repeat(150);
        List<AnswerSheet.Line> lines;
        try {
            lines = AnswerSheet.read(c, List.of(new AnswerSheet.Row(1, List.of("respondent", "role", "1")),
                    new AnswerSheet.Row(2, List.of(name, "manager", "as I expected"))));
        } catch (InvalidInputException refused) {
            assertEquals(List.of("line 2, column 1 (respondent)"), refused.errors().stream()
                    .map(InvalidFieldException::field).toList());
            return;
        }
        c.record(lines.get(0).entry(), lines.get(0).fields(), NOW, "anna");
        int keyLength = c.respondents().get(0).nameKey().length();
        assertTrue(keyLength <= Campaign.MAX_NAME, "the sheet is accepted but its respondent's key has " + keyLength
                + " characters for a VARCHAR(" + Campaign.MAX_NAME + ") column: the import fails at the database");
    }

    /**
     * docs/surveys.md: "Texts are compared ignoring case and the spaces around and between words: ...
     * a respondent's name with those already there". A no-break space (U+00A0, what spreadsheets
     * often write between first and last name) is a space too, or the same person would become a
     * second respondent whose answers count twice in the quality score.
     */
    @Test
    void aNameWithANoBreakSpaceBetweenWordsIsTheRespondentAlreadyThere() {
        Campaign c = CampaignTest.campaign();
        c.record(entry("Carl Meyer", "manager", 1, "slower than I expected"), Campaign.EntryFields.JSON, NOW, "anna");
        Campaign.Recorded again = c.record(entry("Carl\u00A0Meyer", "manager", 1, "slower than I expected"),
                Campaign.EntryFields.JSON, NOW, "anna");
        assertFalse(again.newRespondent(), "'Carl\\u00A0Meyer' was registered as a second respondent beside 'Carl Meyer'");
        assertEquals(1, c.respondents().size());
        assertEquals(1L, c.tallies().get(0).total(), "one person's answer is counted twice");
    }

    @Test
    void theTwoFormsOfALetterAndEveryKindOfWhiteSpaceCompareAlike() {
        assertTrue(SurveyTexts.same("ΟΔΟΣ", "οδος"), "final sigma");
        assertTrue(SurveyTexts.same("\u0085Anna\u2003Berg\u00A0", "anna berg"));
        assertEquals("istanbul", SurveyTexts.key("\u0130stanbul"));
    }
}
