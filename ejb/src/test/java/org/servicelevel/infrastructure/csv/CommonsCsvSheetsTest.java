package org.servicelevel.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.survey.AnswerSheet;

class CommonsCsvSheetsTest {

    private final CommonsCsvSheets sheets = new CommonsCsvSheets();

    @Test
    void readsCellsWithTheLineEachRecordStartsOn() {
        List<AnswerSheet.Row> rows = sheets.read("respondent,role,1\r\nAnna,manager,yes\r\nBoris,specialist,no\r\n");
        assertEquals(List.of(new AnswerSheet.Row(1, List.of("respondent", "role", "1")),
                new AnswerSheet.Row(2, List.of("Anna", "manager", "yes")),
                new AnswerSheet.Row(3, List.of("Boris", "specialist", "no"))), rows);
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaksAndTheNextRecordCountsItsLine() {
        List<AnswerSheet.Row> rows = sheets.read("respondent,role,\"Was it, overall, good?\"\n"
                + "\"Smith, Anna\",\"the \"\"boss\"\"\",\"yes\nreally\"\nBoris,specialist,no");
        assertEquals(3, rows.size());
        assertEquals(List.of("respondent", "role", "Was it, overall, good?"), rows.get(0).cells());
        assertEquals(List.of("Smith, Anna", "the \"boss\"", "yes\nreally"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line(), "the record after a cell spanning two lines starts on line 4");
    }

    @Test
    void emptyLinesAreRecordsOfTheirOwnSoLineNumbersStayTrue() {
        List<AnswerSheet.Row> rows = sheets.read("a,b\n\nc,d\r\re,f");
        assertEquals(List.of(1, 2, 3, 4, 5), rows.stream().map(AnswerSheet.Row::line).toList());
        assertEquals(List.of("c", "d"), rows.get(2).cells());
        assertEquals(List.of("e", "f"), rows.get(4).cells());
    }

    @Test
    void semicolonsSeparateWhenTheHeaderHasMoreOfThemAndAByteOrderMarkIsDropped() {
        List<AnswerSheet.Row> rows = sheets.read("\uFEFFrespondent;role;\"Fast, or slow?\"\nAnna;manager;1,5");
        assertEquals(List.of("respondent", "role", "Fast, or slow?"), rows.get(0).cells());
        assertEquals(List.of("Anna", "manager", "1,5"), rows.get(1).cells());
        assertEquals(',', CommonsCsvSheets.delimiter("a,b;c"));
        assertEquals(';', CommonsCsvSheets.delimiter("\"a,b,c\";d;e"));
    }

    @Test
    void manyEmptyLinesBeforeTheHeaderAreSkippedInLinearTime() {
        // 150,000 line breaks (150 kB of a 16 MiB upload): testing the text before each one took seconds
        String text = "\r\n \n".repeat(50_000) + "respondent;role;1\nAnna;manager;yes\n";
        char delimiter = assertTimeout(Duration.ofSeconds(1), () -> CommonsCsvSheets.delimiter(text));
        assertEquals(';', delimiter);
        assertEquals(',', CommonsCsvSheets.delimiter("\n\n \t\na,b;c\nx;y;z;w"));
    }

    @Test
    void aBrokenQuoteIsNamedByTheLineItStartsOn() {
        InvalidFieldException trailing = assertThrows(InvalidFieldException.class,
                () -> sheets.read("respondent,role,1\nAnna,manager,yes\n\"Boris\"x,specialist,no\n"));
        assertEquals("line 3", trailing.field());
        InvalidFieldException unclosed = assertThrows(InvalidFieldException.class,
                () -> sheets.read("respondent,role,1\nAnna,manager,\"yes\nBoris,specialist,no\n"));
        assertEquals("line 2", unclosed.field());
        assertTrue(unclosed.getMessage().contains("quote"), unclosed.getMessage());
    }

    @Test
    void anEmptyFileIsRefusedAsAWhole() {
        assertEquals("csv", assertThrows(InvalidFieldException.class, () -> sheets.read(" \n")).field());
        assertEquals("csv", assertThrows(InvalidFieldException.class, () -> sheets.read(null)).field());
    }
}
