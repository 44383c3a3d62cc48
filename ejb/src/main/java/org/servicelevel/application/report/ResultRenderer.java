package org.servicelevel.application.report;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.servicelevel.domain.model.report.ResultDocument;
import org.servicelevel.domain.model.report.ResultState;

/**
 * Renders a month's result in an export format, in the reader's language. Implemented in
 * {@code infrastructure.export} (CSV, Apache POI for XLSX, OpenPDF for PDF).
 */
public interface ResultRenderer {

    /**
     * A result as it is exported: its document (and the stored JSON text of it), where it stands, and
     * the provider's name for the act's signature block ({@code null}: left blank to write in).
     */
    record Rendered(ResultDocument document, String json, ResultState state, int revision, Instant approvedAt,
                    String approvedBy, String providerName) {

        public Rendered {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(state, "state");
        }
    }

    /** An exported file: its name, media type and bytes. */
    record Export(String fileName, String mediaType, byte[] content) {

        public Export {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** The result in {@code format}, its texts in {@code locale} (English, Russian or Polish). */
    Export render(Rendered result, ExportFormat format, Locale locale);
}
