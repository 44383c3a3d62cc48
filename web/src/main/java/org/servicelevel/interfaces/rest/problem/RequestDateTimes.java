package org.servicelevel.interfaces.rest.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.SupportedTime;

/** Reads the dates and date-times of requests (query parameters and fields), naming the field when one is malformed. */
public final class RequestDateTimes {

    private RequestDateTimes() {
    }

    /**
     * A date, e.g. {@code 2026-12-31}; {@code null} for a missing or blank value.
     *
     * @throws InvalidFieldException naming {@code field} if the value is not such a date
     */
    public static LocalDate date(String field, String value) {
        return supported(field, parsed(field, value, LocalDate::parse, "is not a date: use YYYY-MM-DD, e.g. 2026-12-31"),
                SupportedTime::problem);
    }

    /**
     * A month, e.g. {@code 2026-12}; {@code null} for a missing or blank value.
     *
     * @throws InvalidFieldException naming {@code field} if the value is not such a month
     */
    public static YearMonth month(String field, String value) {
        return supported(field, parsed(field, value, YearMonth::parse, "is not a month: use YYYY-MM, e.g. 2026-12"),
                m -> SupportedTime.problem(m.atDay(1)));
    }

    /**
     * An ISO-8601 date-time with offset, e.g. {@code 2026-03-02T09:00:00+01:00} or {@code ...Z}, as an
     * instant; {@code null} for a missing or blank value.
     *
     * @throws InvalidFieldException naming {@code field} if the value is not such a date-time
     */
    public static Instant instant(String field, String value) {
        return supported(field, parsed(field, value, v -> OffsetDateTime.parse(v).toInstant(),
                "is not a date-time with offset, e.g. 2026-03-02T09:00:00+01:00"), SupportedTime::problem);
    }

    /** {@code value} if it lies in the supported years (1900 to 2399, as everywhere in the API); else a 400 naming the field. */
    private static <T> T supported(String field, T value, Function<T, String> problem) {
        String wrong = value == null ? null : problem.apply(value);
        if (wrong != null) {
            throw new InvalidFieldException(field, wrong);
        }
        return value;
    }

    private static <T> T parsed(String field, String value, Function<String, T> parse, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "'" + value + "' " + problem);
        }
    }
}
