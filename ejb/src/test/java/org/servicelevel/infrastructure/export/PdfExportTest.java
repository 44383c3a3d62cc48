package org.servicelevel.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.ResultRenderer.Export;
import org.servicelevel.application.report.ResultRenderer.Rendered;

/** The PDF act opens in OpenPDF and reads, in each language, with its totals and both signature blocks. */
class PdfExportTest {

    private final ResultExports exports = new ResultExports();

    private String text(Rendered result, String language) throws IOException {
        Export export = exports.render(result, ExportFormat.PDF, Locale.forLanguageTag(language));
        assertEquals("application/pdf", export.mediaType());
        assertEquals(result.document().header().number() + ".pdf", export.fileName());
        PdfReader reader = new PdfReader(export.content());
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /**
     * Whether the text holds {@code expected}, whatever the line breaks and spaces: a long title or a
     * table cell wraps where the page ends, and digits are grouped with no-break spaces in Russian and Polish.
     */
    private static void assertHas(String text, String expected) {
        assertTrue(squeezed(text).contains(squeezed(expected)), "'" + expected + "' in:\n" + text);
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]+", "");
    }

    @Test
    void theActInEnglish() throws IOException {
        String text = text(Samples.approved(), "en");
        assertHas(text, "Act of services rendered for November 2026: agreement SLA-MOSCOW-2026");
        assertHas(text, "Approved by max on 2026-12-02 10:30");
        assertHas(text, "Total (RUB)");
        assertHas(text, "132,797.52");
        assertHas(text, "-9,259.26");
        assertHas(text, "3:24:00");
        assertHas(text, "Quality score 0.6, band [0.6, 0.85): penalty 7.5 % of the fee.");
        assertHas(text, "T-105");
        for (String line : new String[] {"Signatures", "Provider: Service Desk LLC", "Customer: ООО «Акме»", "Name:",
                "Position:", "Signature:", "Date:"}) {
            assertHas(text, line);
        }
    }

    @Test
    void theActInRussianRendersCyrillic() throws IOException {
        String text = text(Samples.approved(), "ru");
        assertHas(text, "Акт оказанных услуг за Ноябрь 2026");
        assertHas(text, "Итого (RUB)");
        assertHas(text, "132 797,52");
        assertHas(text, "Подписи сторон");
        assertHas(text, "Исполнитель");
        assertHas(text, "Заказчик: ООО «Акме»");
        assertHas(text, "Должность:");
        assertHas(text, "Подпись:");
    }

    @Test
    void theActInPolishRendersPolishLetters() throws IOException {
        String text = text(Samples.approved(), "pl");
        assertHas(text, "Protokół wykonania usług za Listopad 2026");
        assertHas(text, "Zamawiający");
        assertHas(text, "Imię i nazwisko:");
        assertHas(text, "132 797,52");
    }

    @Test
    void aCorrectionShowsTheDifferenceAndThatItIsADraft() throws IOException {
        String text = text(Samples.correction(), "ru");
        assertHas(text, "Черновик, редакция 2: ещё не утверждён");
        assertHas(text, "R-2026-11-SLA-MOSCOW-2026-1");
        assertHas(text, "Итого: к доплате");
        assertHas(text, "1 250,00");
        assertHas(text, "134 047,52");
    }
}
