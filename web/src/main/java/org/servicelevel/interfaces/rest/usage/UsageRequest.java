package org.servicelevel.interfaces.rest.usage;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * Hours or visits used: the service's code, the unit ({@code HOURS} or {@code TIMES}, i.e. visits),
 * the quantity (up to two decimal places), the day of the use (YYYY-MM-DD), optionally the number of
 * the ticket the work was for, and a note.
 */
public class UsageRequest {

    @Schema(required = true, example = "WS")
    public String service;
    @Schema(required = true, enumeration = {"HOURS", "TIMES"})
    public String unit;
    @Schema(required = true, example = "1.5")
    public BigDecimal quantity;
    @Schema(required = true, example = "2026-12-03")
    public String date;
    @Schema(example = "T-000123")
    public String ticket;
    @MultiLine
    public String note;
}
