package org.servicelevel.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.servicelevel.infrastructure.export.ResultTables.At;
import org.servicelevel.infrastructure.export.ResultTables.Cell;
import org.servicelevel.infrastructure.export.ResultTables.Num;
import org.servicelevel.infrastructure.export.ResultTables.Table;
import org.servicelevel.infrastructure.export.ResultTables.Text;
import org.servicelevel.infrastructure.export.ResultTables.Time;

/**
 * A month's result as one CSV file (RFC 4180: comma-separated, CRLF line ends, fields quoted where
 * they hold a comma, a quote or a line break, quotes doubled), in UTF-8 with a byte order mark so that
 * Excel reads Cyrillic and Polish letters right. The tables follow one another, each as a title line,
 * a heading line and its rows, with an empty line after it; every line has as many fields as the
 * widest table, so the file is one rectangle. Numbers are written plain with a dot ({@code -9259.26},
 * percentages as numbers of percent), working times as {@code h:mm:ss}, date-times as
 * {@code yyyy-MM-dd HH:mm:ss} in the agreement's zone. A text that a spreadsheet would take for a
 * formula ({@code = + - @}) is written with a leading apostrophe.
 */
final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvExport() {
    }

    static byte[] write(ResultTables tables) {
        List<Table> all = new ArrayList<>();
        tables.sheets().forEach(sheet -> all.addAll(sheet.tables()));
        int width = all.stream().mapToInt(t -> Math.max(t.columns().size(),
                t.rows().stream().mapToInt(List::size).max().orElse(0))).max().orElse(1);
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(tables.title()), width);
        line(csv, List.of(tables.state()), width);
        line(csv, List.of(), width);
        for (Table table : all) {
            line(csv, List.of(table.title()), width);
            line(csv, table.columns(), width);
            for (List<Cell> row : table.rows()) {
                line(csv, row.stream().map(CsvExport::field).toList(), width);
            }
            line(csv, List.of(), width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String field(Cell cell) {
        if (cell instanceof Num n) {
            return n.value().toPlainString();
        }
        if (cell instanceof Time t) {
            return ExportTexts.hms(t.duration());
        }
        if (cell instanceof At a) {
            return DATE_TIME.format(a.dateTime());
        }
        return formulaSafe(((Text) cell).text());
    }

    private static String formulaSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder csv, List<String> fields, int width) {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                csv.append(',');
            }
            if (i < fields.size()) {
                csv.append(quoted(fields.get(i)));
            }
        }
        csv.append("\r\n");
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
