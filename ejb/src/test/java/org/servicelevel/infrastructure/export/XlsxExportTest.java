package org.servicelevel.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.ResultRenderer.Export;

/** The XLSX export opens in POI with its four sheets and figures as numeric cells with formats. */
class XlsxExportTest {

    private final ResultExports exports = new ResultExports();

    private XSSFWorkbook open(Locale locale) throws IOException {
        Export export = exports.render(Samples.approved(), ExportFormat.XLSX, locale);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.mediaType());
        return new XSSFWorkbook(new ByteArrayInputStream(export.content()));
    }

    @Test
    void theSheetsAreReportTicketsQosAndInvoice() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.ENGLISH)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Report", "Tickets", "QoS", "Invoice"), names);
        }
        try (XSSFWorkbook workbook = open(Locale.forLanguageTag("ru"))) {
            assertEquals("Отчёт", workbook.getSheetAt(0).getSheetName());
            assertEquals("Итого (RUB)", row(workbook.getSheetAt(3), "Итого (RUB)").getCell(0).getStringCellValue());
        }
    }

    @Test
    void figuresAreNumbersWithFormats() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.ENGLISH)) {
            Cell total = row(workbook.getSheet("Invoice"), "Total (RUB)").getCell(3);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(132797.52, total.getNumericCellValue(), 0.000001);
            assertEquals("#,##0.00##", total.getCellStyle().getDataFormatString());
            assertTrue(total.getCellStyle().getFontIndex() != 0, "the total is set in bold");

            Row p1 = row(workbook.getSheet("Report"), "1 Critical");
            assertEquals(6, p1.getCell(1).getNumericCellValue());
            assertEquals("0", p1.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(12240 / 86400d, p1.getCell(3).getNumericCellValue(), 1e-12, "3:24:00 as a duration");
            assertEquals("[h]:mm:ss", p1.getCell(3).getCellStyle().getDataFormatString());
            assertEquals(0.4, p1.getCell(6).getNumericCellValue(), 1e-12, "40 % as an Excel percentage");
            assertEquals("0.00##%", p1.getCell(6).getCellStyle().getDataFormatString());

            Row late = row(workbook.getSheet("Tickets"), "T-103");
            assertEquals(LocalDateTime.parse("2026-11-07T11:00"), late.getCell(3).getLocalDateTimeCellValue(),
                    "registered on a Saturday, in Moscow time");
            assertEquals(14401 / 86400d, late.getCell(6).getNumericCellValue(), 1e-12);

            Row survey = row(workbook.getSheet("QoS"), "Survey: \u201cSatisfied with the service?\u201d > 70 %");
            assertEquals(0.1, survey.getCell(2).getNumericCellValue(), 1e-12);
            assertEquals("not met", survey.getCell(3).getStringCellValue());
            Row score = row(workbook.getSheet("QoS"), "Quality score");
            assertEquals(0.6, score.getCell(4).getNumericCellValue(), 1e-12);
            assertEquals("band [0.6, 0.85): penalty 7.5 % of the fee", score.getCell(3).getStringCellValue());
        }
    }

    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            for (int c = 0; c < 2; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row for " + first + " on sheet " + sheet.getSheetName());
    }
}
