package org.servicelevel.interfaces.rest.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.AgreementType;

class ParameterConvertersTest {

    private final ParameterConverters converters = new ParameterConverters();

    private static Annotation query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }

    private static Annotation path(String name) {
        return new PathParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        };
    }

    private <T> ParamConverter<T> converter(Class<T> type, Annotation parameter) {
        return converters.getConverter(type, type, new Annotation[] {parameter});
    }

    private static String refusal(ParamConverter<?> converter, String value) {
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> converter.fromString(value));
        assertEquals(400, e.getResponse().getStatus());
        return (String) e.getResponse().getEntity();
    }

    @Test
    void numbersAreWholeAndInRangeAndNamedWhenNot() {
        assertEquals(42L, converter(long.class, path("id")).fromString("42"));
        assertEquals(7, converter(Integer.class, query("page")).fromString(" 7 "));
        assertTrue(refusal(converter(long.class, path("id")), "%2e%2e%2f").contains("\"field\":\"id\""));
        assertTrue(refusal(converter(Integer.class, query("page")), "abc").contains("\"field\":\"page\""));
        refusal(converter(Integer.class, query("size")), "2147483648");
        refusal(converter(long.class, path("id")), "99999999999999999999");
        refusal(converter(Integer.class, query("size")), "1.5");
    }

    @Test
    void aBlankOptionalValueIsAbsentButABlankPrimitiveIsRefused() {
        assertNull(converter(Integer.class, query("priority")).fromString(""));
        assertNull(converter(LocalDate.class, query("on")).fromString(" "));
        refusal(converter(int.class, query("limit")), "");
    }

    @Test
    void datesInstantsDurationsAndBooleansAreParsed() {
        assertEquals(LocalDate.of(2026, 12, 31), converter(LocalDate.class, query("on")).fromString("2026-12-31"));
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"),
                converter(Instant.class, query("at")).fromString("2026-03-02T09:00:00+01:00"));
        assertEquals(Duration.ofHours(4), converter(Duration.class, query("duration")).fromString("PT4H"));
        assertEquals(Boolean.TRUE, converter(Boolean.class, query("breached")).fromString("TRUE"));
        assertTrue(refusal(converter(LocalDate.class, query("on")), "31.12.2026").contains("\"field\":\"on\""));
        refusal(converter(Instant.class, query("at")), "2026-03-02T09:00");
        refusal(converter(Boolean.class, query("breached")), "yes");
    }

    @Test
    void datesAndInstantsOutsideTheSupportedYearsAreRefused() {
        assertTrue(refusal(converter(Instant.class, query("at")), "2400-01-01T00:00:00Z").contains("\"field\":\"at\""));
        refusal(converter(Instant.class, query("at")), "1899-06-01T00:00:00Z");
        refusal(converter(LocalDate.class, query("on")), "2400-01-01");
        refusal(converter(LocalDate.class, query("on")), "+99999-01-01");
        assertEquals(LocalDate.of(2399, 12, 31), converter(LocalDate.class, query("on")).fromString("2399-12-31"));
    }

    @Test
    void enumsAreReadInAnyCaseAndListTheirNamesWhenWrong() {
        assertEquals(AgreementType.OLA, converter(AgreementType.class, query("type")).fromString("ola"));
        assertTrue(refusal(converter(AgreementType.class, query("type")), "foo").contains("SLA, OLA, UC"));
    }

    @Test
    void textsHoldNoControlCharacters() {
        assertEquals("printer", converter(String.class, query("text")).fromString("printer"));
        assertTrue(refusal(converter(String.class, query("text")), "a\u0000b").contains("\"field\":\"text\""));
    }

    @Test
    void parametersWithoutANameAreLeftToTheRuntime() {
        assertNull(converters.getConverter(long.class, long.class, new Annotation[0]));
    }
}
