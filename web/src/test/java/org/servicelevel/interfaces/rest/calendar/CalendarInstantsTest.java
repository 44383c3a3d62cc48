package org.servicelevel.interfaces.rest.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

/**
 * {@code start} and {@code end} of {@code /calendars/{id}/due} and {@code /elapsed}: docs/api.md keeps
 * instants within the supported years in parameters as in bodies and names the parameter. An end in 9999
 * was refused naming {@code start}, a start in 9999 naming {@code duration}, and 1900-01-01 in Berlin passed.
 */
class CalendarInstantsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void instantsOutsideTheSupportedYearsAreRefusedNamingTheParameter() {
        for (String field : List.of("start", "end")) {
            for (String value : List.of("9999-01-01T00:00", "1900-01-01T00:00", "2399-12-31T12:00:00Z",
                    "0001-06-01T09:00:00+01:00")) {
                InvalidFieldException e = assertThrows(InvalidFieldException.class,
                        () -> CalendarResource.parseInstant(field, value, BERLIN), field + "=" + value);
                assertEquals(field, e.field(), value);
            }
        }
    }

    @Test
    void offsetAndLocalDateTimesInsideThemAreRead() {
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"),
                CalendarResource.parseInstant("start", "2026-03-02T09:00:00+01:00", BERLIN));
        assertEquals(Instant.parse("2026-06-01T07:00:00Z"),
                CalendarResource.parseInstant("end", "2026-06-01T09:00", BERLIN));
        assertEquals(Instant.parse("1900-01-02T00:00:00Z"),
                CalendarResource.parseInstant("start", "1900-01-02T00:00:00Z", BERLIN));
    }
}
