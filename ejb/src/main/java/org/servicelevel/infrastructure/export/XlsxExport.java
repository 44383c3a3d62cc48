package org.servicelevel.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.servicelevel.infrastructure.export.ResultTables.At;
import org.servicelevel.infrastructure.export.ResultTables.Cell;
import org.servicelevel.infrastructure.export.ResultTables.Num;
import org.servicelevel.infrastructure.export.ResultTables.Table;
import org.servicelevel.infrastructure.export.ResultTables.Text;
import org.servicelevel.infrastructure.export.ResultTables.Time;

/**
 * A month's result as an Excel workbook (Apache POI): the sheets Report, Tickets, QoS and Invoice in
 * the reader's language, each with its tables one under the other. Figures are numeric cells with
 * number formats, never text: counts and decimals as numbers, money with the currency's decimals,
 * percentages as Excel percentages (40 % is 0.4), working times as durations ({@code [h]:mm:ss}),
 * date-times as dates in the agreement's zone.
 */
final class XlsxExport {

    private static final int MAX_WIDTH = 60;

    private XlsxExport() {
    }

    static byte[] write(ResultTables tables, int moneyScale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook, moneyScale);
            boolean first = true;
            for (ResultTables.Sheet model : tables.sheets()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(model.name()));
                Map<Integer, Integer> widths = new HashMap<>();
                int r = 0;
                if (first) {
                    r = titled(sheet, r, tables.title(), styles.title);
                    r = titled(sheet, r, tables.state(), styles.bold) + 1;
                    first = false;
                }
                for (Table table : model.tables()) {
                    r = titled(sheet, r, table.title(), styles.bold);
                    Row heading = sheet.createRow(r++);
                    for (int c = 0; c < table.columns().size(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = heading.createCell(c);
                        cell.setCellValue(table.columns().get(c));
                        cell.setCellStyle(styles.heading);
                        widths.merge(c, table.columns().get(c).length(), Math::max);
                    }
                    for (int i = 0; i < table.rows().size(); i++) {
                        boolean total = table.total() && i == table.rows().size() - 1;
                        Row row = sheet.createRow(r++);
                        List<Cell> cells = table.rows().get(i);
                        for (int c = 0; c < cells.size(); c++) {
                            widths.merge(c, fill(row.createCell(c), cells.get(c), styles, total), Math::max);
                        }
                    }
                    r++;
                }
                widths.forEach((c, w) -> sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(8, w + 2)) * 256));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook in memory failed", e);
        }
    }

    private static int titled(Sheet sheet, int r, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return r + 1;
    }

    /** Fills the cell and answers about how many characters wide it shows. */
    private static int fill(org.apache.poi.ss.usermodel.Cell cell, Cell value, Styles styles, boolean total) {
        if (value instanceof Num n) {
            BigDecimal number = n.kind() == Num.Kind.PERCENT ? n.value().movePointLeft(2) : n.value();
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number(n.kind(), total));
            return n.value().toPlainString().length() + 4;
        }
        if (value instanceof Time t) {
            cell.setCellValue(t.duration().getSeconds() / 86_400d);
            cell.setCellStyle(total ? styles.timeTotal : styles.time);
            return ExportTexts.hms(t.duration()).length();
        }
        if (value instanceof At a) {
            cell.setCellValue(a.dateTime());
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        String text = ((Text) value).text();
        cell.setCellValue(text);
        if (total) {
            cell.setCellStyle(styles.bold);
        }
        return text.length();
    }

    /** The workbook's cell styles, made once each. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle bold;
        final CellStyle heading;
        final CellStyle time;
        final CellStyle timeTotal;
        final CellStyle dateTime;
        private final Map<String, CellStyle> numbers = new HashMap<>();
        private final XSSFWorkbook workbook;
        private final DataFormat formats;
        private final Font boldFont;
        private final String money;

        Styles(XSSFWorkbook workbook, int moneyScale) {
            this.workbook = workbook;
            this.formats = workbook.createDataFormat();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            heading = workbook.createCellStyle();
            heading.setFont(boldFont);
            heading.setWrapText(true);
            time = style("[h]:mm:ss", false);
            timeTotal = style("[h]:mm:ss", true);
            dateTime = style("yyyy-mm-dd hh:mm", false);
            money = moneyScale == 0 ? "#,##0" : "#,##0." + "0".repeat(moneyScale) + "##";
        }

        CellStyle number(Num.Kind kind, boolean total) {
            String format = switch (kind) {
                case COUNT -> "0";
                case DECIMAL -> "General";
                case MONEY -> money;
                case PERCENT -> "0.00##%";
            };
            return numbers.computeIfAbsent(format + total, k -> style(format, total));
        }

        private CellStyle style(String format, boolean total) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(formats.getFormat(format));
            if (total) {
                style.setFont(boldFont);
            }
            return style;
        }
    }
}
