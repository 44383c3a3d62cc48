package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A survey metric finds its question as the campaign's completion check does, or the penalty would be lost. */
class SurveyResultTest {

    private final SurveyResult survey = new SurveyResult("H2 2026", LocalDate.of(2026, 12, 20),
            List.of(new SurveyResult.Question("Satisfied with the service?", 7, 10)));

    @Test
    void caseAndWhiteSpaceAroundAndBetweenWordsDoNotCount() {
        assertEquals(7, survey.question("  satisfied WITH  the\tservice? ").orElseThrow().positive());
    }

    @Test
    void anotherTextIsAnotherQuestion() {
        assertTrue(survey.question("Satisfied with the services?").isEmpty());
    }
}
