package org.servicelevel.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.ResultRenderer;

/** Renders a month's result as JSON (the stored document), CSV, XLSX or PDF, in English, Russian or Polish. */
@ApplicationScoped
public class ResultExports implements ResultRenderer {

    @Override
    public Export render(Rendered result, ExportFormat format, Locale locale) {
        ResultTables tables = new ResultTables(result, new ExportTexts(ExportFormat.language(locale)));
        byte[] content = switch (format) {
            case JSON -> result.json().getBytes(StandardCharsets.UTF_8);
            case CSV -> CsvExport.write(tables);
            case XLSX -> XlsxExport.write(tables, result.document().close().invoice().currency()
                    .getDefaultFractionDigits());
            case PDF -> PdfExport.write(tables, result);
        };
        return new Export(result.document().header().number() + "." + format.extension(), format.mediaType(), content);
    }
}
