package org.servicelevel.interfaces.rest.close;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The month to run (YYYY-MM) and, optionally, the one agreement to run it for. */
public class MonthRunRequest {

    @Schema(description = "The agreement's id; absent: every agreement whose month closes", example = "42")
    public Long agreement;

    @Schema(required = true, example = "2026-11", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$",
            description = "The month, YYYY-MM, in the years 1900 to 2399")
    public String month;
}
