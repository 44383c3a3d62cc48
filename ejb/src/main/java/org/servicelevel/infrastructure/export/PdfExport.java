package org.servicelevel.infrastructure.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.servicelevel.application.report.ResultRenderer.Rendered;
import org.servicelevel.domain.model.report.QualityScore;
import org.servicelevel.domain.model.report.ResultHeader;
import org.servicelevel.domain.model.report.ResultState;
import org.servicelevel.infrastructure.export.ResultTables.At;
import org.servicelevel.infrastructure.export.ResultTables.Cell;
import org.servicelevel.infrastructure.export.ResultTables.Num;
import org.servicelevel.infrastructure.export.ResultTables.Table;
import org.servicelevel.infrastructure.export.ResultTables.Text;
import org.servicelevel.infrastructure.export.ResultTables.Time;

/**
 * A month's result as the act the customer signs (OpenPDF), in the reader's language: the title with
 * the agreement and month, the result and where it stands, the contract-worded table per priority
 * and the availability of the services, the ticket lists, the QoS table with each metric's weight and
 * outcome, the score and band, the invoice with its total, a correction's difference, and the
 * signature lines of both parties. The text is set in DejaVu Sans, embedded, so Cyrillic and Polish
 * letters render in every reader.
 */
final class PdfExport {

    private static final String FONTS = "/org/servicelevel/infrastructure/export/fonts/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final Color HEADING = new Color(0xE4, 0xE8, 0xEE);
    private static final Color DRAFT = new Color(0xB0, 0x1C, 0x1C);
    /** The height a section heading needs below it on its page (points): its table's title, headings and rows. */
    private static final float KEEP_WITH_HEADING = 140;

    private final ExportTexts texts;
    private final Font body;
    private final Font small;
    private final Font smallBold;
    private final Font bold;
    private final Font section;
    private final Font title;
    private final Font draft;

    private PdfExport(ExportTexts texts) {
        this.texts = texts;
        BaseFont regular = baseFont("DejaVuSans.ttf", REGULAR);
        BaseFont heavy = baseFont("DejaVuSans-Bold.ttf", BOLD);
        body = new Font(regular, 9);
        small = new Font(regular, 7);
        smallBold = new Font(heavy, 7);
        bold = new Font(heavy, 9);
        section = new Font(heavy, 11);
        title = new Font(heavy, 12);
        draft = new Font(heavy, 10, Font.NORMAL, DRAFT);
    }

    static byte[] write(ResultTables tables, Rendered result) {
        return new PdfExport(tables.texts()).render(tables, result);
    }

    private byte[] render(ResultTables tables, Rendered result) {
        ExportTexts t = texts;
        ResultHeader header = result.document().header();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(t, small));
            document.addTitle(tables.title());
            document.addSubject(header.number());
            document.addCreator("ServiceLevel");
            document.open();
            Paragraph heading = new Paragraph(tables.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph state = new Paragraph(tables.state(), result.state() == ResultState.APPROVED ? bold : draft);
            state.setAlignment(Element.ALIGN_CENTER);
            state.setSpacingAfter(8);
            document.add(state);
            document.add(table(tables.summary(), false, body, bold));

            section(document, writer, t.text("pdf.section.report"));
            document.add(table(tables.priorities(), true, body, bold));
            document.add(table(tables.availability(), true, body, bold));
            if (!result.document().close().report().flags().isEmpty()) {
                document.add(table(tables.flags(), true, small, smallBold));
            }

            section(document, writer, t.text("pdf.section.tickets"));
            document.add(table(tables.ended(false), true, small, smallBold));
            document.add(table(tables.open(), true, small, smallBold));

            section(document, writer, t.text("pdf.section.quality"));
            document.add(table(tables.quality(), true, body, bold));
            QualityScore quality = result.document().close().quality();
            if (quality.score() != null) {
                document.add(new Paragraph(t.text("pdf.score", t.plain(quality.score()), quality.band() == null
                        ? t.text("quality.noBand") : t.text("quality.band", quality.band().range(),
                        t.percent(quality.band().penaltyPercent()))), body));
            }
            if (quality.grace()) {
                document.add(new Paragraph(t.text("pdf.grace", quality.monthNumber(), quality.graceMonths()), body));
            }

            section(document, writer, t.text("pdf.section.invoice"));
            document.add(table(tables.invoice(false), true, body, bold));
            if (result.document().difference() != null) {
                section(document, writer, t.text("pdf.section.correction"));
                document.add(new Paragraph(t.text("pdf.correction", header.corrects()), body));
                document.add(table(tables.difference(result.document().difference()), true, body, bold));
            }
            document.add(signatures(t, result, header));
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the act could not be laid out: " + e.getMessage(), e);
        }
    }

    /** A section's heading, on a new page when too little of this one is left for it and a few rows. */
    private void section(Document document, PdfWriter writer, String text) throws DocumentException {
        if (writer.getVerticalPosition(false) - document.bottom() < KEEP_WITH_HEADING) {
            document.newPage();
        }
        Paragraph paragraph = new Paragraph(text, section);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /** The table with its title; {@code headed}: its column headings repeated on each page. */
    private Element table(Table model, boolean headed, Font font, Font strong) {
        int columns = model.columns().size();
        PdfPTable table = new PdfPTable(widths(model));
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        PdfPCell caption = new PdfPCell(new Phrase(model.title(), strong));
        caption.setColspan(columns);
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setPaddingBottom(3);
        table.addCell(caption);
        if (headed) {
            for (String column : model.columns()) {
                PdfPCell cell = new PdfPCell(new Phrase(column, smallBold));
                cell.setBackgroundColor(HEADING);
                table.addCell(cell);
            }
            table.setHeaderRows(2);
        } else {
            table.setHeaderRows(1);
        }
        for (int r = 0; r < model.rows().size(); r++) {
            boolean total = model.total() && r == model.rows().size() - 1;
            List<Cell> row = model.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Cell value = c < row.size() ? row.get(c) : new Text("");
                PdfPCell cell = new PdfPCell(new Phrase(shown(value, texts), total || !headed && c == 0 ? strong : font));
                if (value instanceof Num || value instanceof Time) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        if (model.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(ExportTexts.NONE, font));
            none.setColspan(columns);
            table.addCell(none);
        }
        return table;
    }

    /**
     * Relative column widths: each column as wide as its longest heading word (so that headings wrap
     * between words) or its longest value, whichever is wider; texts count up to 24 characters (they
     * wrap between words), figures up to 40.
     */
    private float[] widths(Table model) {
        float[] widths = new float[model.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            int longest = 4;
            for (String word : model.columns().get(c).split("\\s+")) {
                longest = Math.max(longest, word.length() + 1);
            }
            for (List<Cell> row : model.rows()) {
                if (c < row.size()) {
                    int limit = row.get(c) instanceof Text ? 24 : 40;
                    longest = Math.max(longest, Math.min(limit, shown(row.get(c), texts).length() + 1));
                }
            }
            widths[c] = longest;
        }
        return widths;
    }

    private static String shown(Cell cell, ExportTexts t) {
        if (cell instanceof Num n) {
            return switch (n.kind()) {
                case COUNT, MONEY -> t.number(n.value());
                case DECIMAL -> t.plain(n.value());
                case PERCENT -> t.percent(n.value());
            };
        }
        if (cell instanceof Time time) {
            return ExportTexts.hms(time.duration());
        }
        if (cell instanceof At at) {
            return t.dateTime(at.dateTime());
        }
        return ((Text) cell).text();
    }

    /** Both parties' signature lines: name, position, signature and date, side by side. */
    private Element signatures(ExportTexts t, Rendered result, ResultHeader header) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setKeepTogether(true);
        PdfPCell caption = new PdfPCell(new Phrase(t.text("pdf.signatures"), section));
        caption.setColspan(2);
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setPaddingBottom(8);
        table.addCell(caption);
        table.addCell(party(t, t.text("pdf.provider"), result.providerName()));
        table.addCell(party(t, t.text("pdf.customer"), header.customerName() != null ? header.customerName()
                : header.customerCode()));
        return table;
    }

    private PdfPCell party(ExportTexts t, String role, String name) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingRight(12);
        cell.addElement(new Paragraph(role + (name == null ? "" : ": " + name), bold));
        for (String line : List.of("pdf.name", "pdf.position", "pdf.signature", "pdf.date")) {
            Paragraph paragraph = new Paragraph(t.text(line) + ": ", body);
            paragraph.add(new Chunk("_".repeat(32), body));
            paragraph.setSpacingBefore(10);
            cell.addElement(paragraph);
        }
        return cell;
    }

    /** "Page 2" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final ExportTexts texts;
        private final Font font;

        PageNumbers(ExportTexts texts, Font font) {
            this.texts = texts;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(texts.text("pdf.page", writer.getPageNumber()), font),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }

    private static BaseFont baseFont(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the font " + name + " shipped with the application cannot be read", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfExport.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
