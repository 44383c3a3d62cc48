package org.servicelevel.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.ResultRenderer.Export;

/** The CSV export reads back as RFC 4180 says, with every table of the result. */
class CsvExportTest {

    private final ResultExports exports = new ResultExports();

    private List<List<String>> csv(Export export) {
        byte[] bytes = export.content();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "UTF-8 with a byte order mark");
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void everyTableReadsBackAndTheFileIsOneRectangle() {
        Export export = exports.render(Samples.approved(), ExportFormat.CSV, Locale.ENGLISH);
        assertEquals("text/csv; charset=UTF-8", export.mediaType());
        assertEquals("R-2026-11-SLA-MOSCOW-2026-1.csv", export.fileName());
        List<List<String>> rows = csv(export);
        int width = rows.get(0).size();
        assertTrue(rows.stream().allMatch(r -> r.size() == width), "every line has " + width + " fields");
        assertEquals("Act of services rendered for November 2026: agreement SLA-MOSCOW-2026", rows.get(0).get(0));
        List<String> p1 = row(rows, "1 Critical");
        assertEquals(List.of("1 Critical", "6", "5", "3:24:00", "4:00:00", "met", "40.00", "40", "met"),
                p1.subList(0, 9));
        List<String> total = row(rows, "Total (RUB)");
        assertEquals("132797.52", total.get(3));
        List<String> penalty = row(rows, "Quality penalty");
        assertEquals(List.of("7.5", "1234.5678", "-9259.26", "billed"), penalty.subList(1, 5));
        assertTrue(penalty.get(5).contains(", 7.5 % of the fee"), "a field with commas reads back whole");
        List<String> late = row(rows, "T-103");
        assertEquals(List.of("1", "T-103", "WS", "2026-11-07 11:00:00", "2026-11-09 13:00:01", "late", "4:00:01",
                "4:00:00", "0:00:01", "0:30:00", "/api/tickets/T-103/clocks/resolution/timeline"), late.subList(0, 11));
        assertEquals(List.of("Survey: \u201cSatisfied with the service?\u201d > 70 %", "70 %", "0.1", "not met", "0"),
                row(rows, "Survey: \u201cSatisfied with the service?\u201d > 70 %").subList(0, 5));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Tickets open at the end of the month")));
        assertEquals("T-105", row(rows, "T-105").get(1));
    }

    @Test
    void russianTextsReadBackInUtf8() {
        List<List<String>> rows = csv(exports.render(Samples.approved(), ExportFormat.CSV, Locale.forLanguageTag("ru-RU")));
        assertEquals("Акт оказанных услуг за Ноябрь 2026: соглашение SLA-MOSCOW-2026", rows.get(0).get(0));
        assertEquals("132797.52", row(rows, "Итого (RUB)").get(3), "numbers stay plain in every language");
        assertEquals("ООО «Акме» (ACME)", row(rows, "Заказчик").get(1));
    }

    @Test
    void aCorrectionListsTheDifferenceToBill() {
        List<List<String>> rows = csv(exports.render(Samples.correction(), ExportFormat.CSV, Locale.ENGLISH));
        assertEquals(List.of("Total: to bill in addition", "132797.52", "134047.52", "1250.00"),
                row(rows, "Total: to bill in addition").subList(0, 4));
        assertEquals(List.of("250.00", "—", "-250.00"),
                row(rows, "Monthly cap of the late-ticket penalty").subList(1, 4));
        assertEquals("Draft, revision 2: not approved yet", rows.get(1).get(0));
    }

    @Test
    void aTextThatLooksLikeAFormulaIsNotOne() {
        List<List<String>> rows = csv(exports.render(Samples.withFormulaLikeReason(), ExportFormat.CSV, Locale.ENGLISH));
        assertEquals("'=HYPERLINK(\"http://x\")", row(rows, "T-107").get(5));
    }

    private static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> r.get(0).equals(first) || r.size() > 1 && r.get(1).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + first));
    }

    /** RFC 4180: records end with CRLF, fields with a comma, quote or line break are quoted, quotes doubled. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote opens a field");
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "lines end with CRLF");
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n', "no bare line feed outside quotes");
                field.append(c);
            }
        }
        assertEquals(0, field.length() + record.size(), "the last line ends with CRLF");
        return records;
    }
}
