package org.servicelevel.interfaces.rest.usage;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * Work billed at the month's close besides tickets, to record or as corrected: development hours
 * ({@code kind} DEVELOPMENT_HOURS, the {@code month} or the {@code date} they were worked on, and
 * {@code hours}) or a weekend or holiday support day (WEEKEND_HOLIDAY_DAY, the {@code service} and the
 * {@code date}); optionally the number of the ticket the work was for, and a note.
 */
public class WorkRequest {

    @Schema(enumeration = {"DEVELOPMENT_HOURS", "WEEKEND_HOLIDAY_DAY"}, description = "Required when recording; a"
            + " correction keeps the record's kind")
    public String kind;
    @Schema(description = "DEVELOPMENT_HOURS: the month they count in (YYYY-MM); may be left out when date is given",
            example = "2026-12")
    public String month;
    @Schema(description = "The day of the work (YYYY-MM-DD): required for a support day, optional for development"
            + " hours", example = "2026-12-05")
    public String date;
    @Schema(description = "DEVELOPMENT_HOURS: the hours (above 0, two decimals)", example = "3.5")
    public BigDecimal hours;
    @Schema(description = "WEEKEND_HOLIDAY_DAY: the code of the service supported", example = "WS")
    public String service;
    @Schema(example = "T-000123")
    public String ticket;
    @MultiLine
    public String note;
}
