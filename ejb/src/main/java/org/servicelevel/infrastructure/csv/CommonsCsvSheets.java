package org.servicelevel.infrastructure.csv;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.servicelevel.application.survey.CsvSheets;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.survey.AnswerSheet;

/**
 * Reads CSV as RFC 4180 describes it, with the liberties spreadsheets take: lines may end in CRLF, LF
 * or CR, a UTF-8 byte order mark before the first line is dropped, and cells may be separated by
 * semicolons instead of commas. Every record keeps the number of the line it starts on, so errors can
 * point at it even when a quoted cell spans lines.
 */
@ApplicationScoped
public class CommonsCsvSheets implements CsvSheets {

    /** The name errors about the file as a whole carry. */
    static final String FIELD = "csv";
    private static final char BOM = '\uFEFF';

    @Override
    public List<AnswerSheet.Row> read(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidFieldException(FIELD, "Send the answers as CSV: a header line (respondent, role and one"
                    + " column per question), then one line per respondent");
        }
        String text = csv.charAt(0) == BOM ? csv.substring(1) : csv;
        LineStarts lines = new LineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<AnswerSheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long before = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw broken(before + 1);
                }
                rows.add(new AnswerSheet.Row(lines.lineOf(record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw new InvalidFieldException(FIELD, "The file cannot be read as CSV");
        }
        return rows;
    }

    private static InvalidFieldException broken(long line) {
        return new InvalidFieldException("line " + line, "A quoted cell starting on this line is not closed properly:"
                + " a cell in double quotes ends with a quote followed by the separator or the end of the line, and a"
                + " quote inside it is written twice (\"\")");
    }

    /**
     * A semicolon when the first line that is not empty has more semicolons than commas outside quotes,
     * else a comma.
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean blankSoFar = true;   // kept as it goes: testing the text before each line break took quadratic time
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (blankSoFar) {
                    continue;   // an empty line before the header
                }
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            blankSoFar = blankSoFar && Character.isWhitespace(c);
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The offsets at which lines start, to turn a record's character position into its line number. */
    private static final class LineStarts {

        private final List<Long> starts = new ArrayList<>();

        LineStarts(String text) {
            starts.add(0L);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1L);
                }
            }
        }

        int lineOf(long position) {
            int low = 0;
            int high = starts.size() - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (starts.get(middle) <= position) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low + 1;
        }
    }
}
