package org.servicelevel.interfaces.rest.param;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicelevel.domain.SupportedTime;
import org.servicelevel.domain.Texts;
import org.servicelevel.interfaces.rest.problem.Problems;

/**
 * Converts the API's query, path and header parameters: whole numbers ({@code int}, {@code long}),
 * booleans ({@code true}/{@code false}), dates ({@code 2026-12-31}), months ({@code 2026-12}), instants (a date-time with
 * offset, {@code 2026-03-02T09:00:00+01:00}; both within the {@link SupportedTime supported years}),
 * ISO-8601 durations, enum names (any case) and texts (no
 * control characters). A blank value of an optional parameter means it is absent. A malformed value
 * is answered 400 with a problem that names the parameter and says what it expects.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parse = parser(rawType, name);
        return parse == null ? null
                : (ParamConverter<T>) new Converter<>(name, rawType.isPrimitive(), rawType == String.class, parse);
    }

    private static Function<String, ?> parser(Class<?> type, String name) {
        if (type == long.class || type == Long.class) {
            return v -> whole(name, v, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == int.class || type == Integer.class) {
            return v -> (int) whole(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == boolean.class || type == Boolean.class) {
            return v -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(name, v, "true or false");
            };
        }
        if (type == LocalDate.class) {
            return v -> supported(name, parsed(name, v, "a date such as 2026-12-31", LocalDate::parse),
                    SupportedTime::problem);
        }
        if (type == YearMonth.class) {
            return v -> supported(name, parsed(name, v, "a month such as 2026-12", YearMonth::parse),
                    m -> SupportedTime.problem(m.atDay(1)));
        }
        if (type == Instant.class) {
            return v -> supported(name, parsed(name, v, "a date-time with offset such as 2026-03-02T09:00:00+01:00",
                    s -> OffsetDateTime.parse(s).toInstant()), SupportedTime::problem);
        }
        if (type == Duration.class) {
            return v -> parsed(name, v, "an ISO-8601 duration such as PT4H or P2DT3H", Duration::parse);
        }
        if (type.isEnum()) {
            return v -> enumValue(name, v, type);
        }
        if (type == String.class) {
            return v -> {
                String problem = Texts.problem(v, false);
                if (problem != null) {
                    throw refused(name, problem);
                }
                return v;
            };
        }
        return null;
    }

    private static long whole(String name, String value, long min, long max) {
        if (!value.matches("[+-]?\\d{1,19}")) {
            throw invalid(name, value, "a whole number");
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed < min || parsed > max) {
                throw invalid(name, value, "a whole number from " + min + " to " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, value, "a whole number from " + min + " to " + max);
        }
    }

    private static <T> T parsed(String name, String value, String expected, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid(name, value, expected);
        }
    }

    private static <T> T supported(String name, T value, Function<T, String> problemOf) {
        String problem = problemOf.apply(value);
        if (problem != null) {
            throw refused(name, problem);
        }
        return value;
    }

    private static Object enumValue(String name, String value, Class<?> type) {
        String wanted = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(wanted)).findFirst()
                .orElseThrow(() -> invalid(name, value, "one of " + Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
    }

    static WebApplicationException invalid(String name, String value, String expected) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        String message = "Expected " + expected + ", got '" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
        return refused(name, message);
    }

    /** A 400 problem naming the parameter {@code name} with {@code message}. */
    private static WebApplicationException refused(String name, String message) {
        return new WebApplicationException(Problems.response(Problems.of(400, "Invalid request",
                "Parameter " + name + ": " + message, Problems.field(name, message))));
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof MatrixParam m) {
                return m.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return null;
    }

    /**
     * One parameter's converter. A text is passed as sent (after the control-character check); a blank
     * value of any other optional parameter is absent ({@code null}).
     */
    private record Converter<T>(String name, boolean primitive, boolean text, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || text) {
                return value == null ? null : parse.apply(value);
            }
            String stripped = value.strip();
            if (stripped.isEmpty()) {
                if (primitive) {
                    throw invalid(name, value, "a value");
                }
                return null;
            }
            return parse.apply(stripped);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
