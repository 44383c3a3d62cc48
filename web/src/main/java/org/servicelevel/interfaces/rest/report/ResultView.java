package org.servicelevel.interfaces.rest.report;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.application.report.MonthResultService.ResultSummary;

/**
 * A month's result: where it stands with its key figures, and its whole document exactly as it is
 * stored and exported as JSON (report, quality, invoice and, for a correction, the difference).
 */
public record ResultView(
        ResultSummary summary,
        @Schema(implementation = Object.class, type = SchemaType.OBJECT, additionalProperties = Schema.True.class, description = "The stored document: format, header, report, quality,"
                + " invoice and difference (null but for a correction), as docs/month-close.md describes it")
        JsonObject document) {
}
