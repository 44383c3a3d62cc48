package org.servicelevel.interfaces.rest.survey;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The day a campaign was completed (YYYY-MM-DD, not in the future). */
public class CompletionRequest {

    @Schema(required = true, example = "2026-06-20")
    public LocalDate on;
}
