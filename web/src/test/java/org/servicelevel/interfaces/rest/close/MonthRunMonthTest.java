package org.servicelevel.interfaces.rest.close;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.interfaces.rest.param.ParameterConverters;

/**
 * The month of POST /api/reports/monthly, /api/reports/adjustment and
 * /api/agreements/{id}/what-if (a body field read by MonthJobResource.month) against the month of
 * GET /api/agreements/{id}/reports/{month} (a path parameter read by ParameterConverters).
 */
class MonthRunMonthTest {

    private static InvalidFieldException refusal(String month) {
        return assertThrows(InvalidFieldException.class, () -> MonthJobResource.month(month),
                "month '" + month + "' should be refused with 400 naming month");
    }

    @Test
    void malformedMonthsAreRefusedNamingMonth() {
        for (String month : new String[] {"2026-13", "2026-1", "2026-00", "", "   ", null, "2026/11", "+2026-11",
                "November", "2026-11-01"}) {
            assertEquals("month", refusal(month).field(), String.valueOf(month));
        }
        assertEquals(YearMonth.of(2026, 11), MonthJobResource.month(" 2026-11 "));
    }

    /** "+999999999-12" parses as a YearMonth, but no month after it exists: refused before it reaches the close. */
    @Test
    void theLastRepresentableMonthIsRefusedNamingMonth() {
        assertEquals("month", refusal("+999999999-12").field());
    }

    /** Months beyond the supported years (1900-2399, SupportedTime) are refused in a body as in a path. */
    @Test
    void monthsBeyondTheSupportedYearsAreRefusedAsThePathParameterIs() {
        ParamConverter<YearMonth> path = new ParameterConverters().getConverter(YearMonth.class, YearMonth.class,
                new Annotation[] {new PathParam() {
                    @Override
                    public String value() {
                        return "month";
                    }

                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return PathParam.class;
                    }
                }});
        for (String month : new String[] {"+10000-01", "2400-01"}) {
            WebApplicationException e = assertThrows(WebApplicationException.class, () -> path.fromString(month));
            assertEquals(400, e.getResponse().getStatus(), "as a path parameter");
            assertEquals("month", refusal(month).field(), "as the body's month: " + month);
        }
    }

    @Test
    void anUnknownFormatIsA400NamingFormatAndAKnownOneIsReadInAnyCase() {
        ParamConverter<ExportFormat> format = new ParameterConverters().getConverter(ExportFormat.class,
                ExportFormat.class, new Annotation[] {new QueryParam() {
                    @Override
                    public String value() {
                        return "format";
                    }

                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return QueryParam.class;
                    }
                }});
        assertEquals(ExportFormat.PDF, format.fromString("Pdf"));
        assertEquals(ExportFormat.XLSX, format.fromString(" xlsx "));
        assertEquals(null, format.fromString(""), "an empty format is absent: Accept decides");
        for (String wrong : new String[] {"docx", "pdf,csv", "application/pdf"}) {
            WebApplicationException e = assertThrows(WebApplicationException.class, () -> format.fromString(wrong));
            assertEquals(400, e.getResponse().getStatus());
            String body = String.valueOf(e.getResponse().getEntity());
            assertTrue(body.contains("\"format\""), body);
            assertTrue(!body.contains("org.servicelevel") && !body.contains("Exception"), body);
        }
    }
}
