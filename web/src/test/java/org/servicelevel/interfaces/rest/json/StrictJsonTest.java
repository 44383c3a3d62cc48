package org.servicelevel.interfaces.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

class StrictJsonTest {

    /** A request shaped like the API's: public fields, a nested list of objects, a multi-line text. */
    public static class Sample {
        public String name;
        @MultiLine
        public String description;
        public Integer count;
        public Long id;
        public Boolean flag;
        public BigDecimal amount;
        public List<String> tags;
        public List<Item> items;
        public Instant at;
        public LocalDate day;
    }

    public static class Item {
        public String code;
        public int quantity;
    }

    private static List<String> fields(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.read(json, Sample.class));
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    private static String message(String json) {
        return assertThrows(InvalidInputException.class, () -> StrictJson.read(json, Sample.class)).errors().get(0)
                .getMessage();
    }

    @Test
    void aWellTypedBodyIsBound() {
        Sample s = StrictJson.read("{\"name\":\"Ann\",\"description\":\"two\\nlines\",\"count\":3,\"id\":9007199254740993,"
                + "\"flag\":false,\"amount\":12.50,\"tags\":[\"a\"],\"items\":[{\"code\":\"X\",\"quantity\":2}]}", Sample.class);
        assertEquals("Ann", s.name);
        assertEquals("two\nlines", s.description);
        assertEquals(3, s.count);
        assertEquals(9007199254740993L, s.id);
        assertEquals(Boolean.FALSE, s.flag);
        assertEquals(new BigDecimal("12.50"), s.amount);
        assertEquals(2, s.items.get(0).quantity);
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingItsPath() {
        assertEquals(List.of("name"), fields("{\"name\":123}"));
        assertEquals(List.of("name"), fields("{\"name\":[1,\"x\"]}"));
        assertEquals(List.of("flag"), fields("{\"flag\":\"abc\"}"));
        assertEquals(List.of("flag"), fields("{\"flag\":1}"));
        assertEquals(List.of("count"), fields("{\"count\":\"3\"}"));
        assertEquals(List.of("count"), fields("{\"count\":1.5}"));
        assertEquals(List.of("count"), fields("{\"count\":2147483648}"));
        assertEquals(List.of("id"), fields("{\"id\":1e400}"));
        assertEquals(List.of("amount"), fields("{\"amount\":\"12\"}"));
        assertEquals(List.of("amount"), fields("{\"amount\":1e999999999}"));
        assertEquals(List.of("tags"), fields("{\"tags\":\"a\"}"));
        assertEquals(List.of("tags[1]"), fields("{\"tags\":[\"a\",2]}"));
        assertEquals(List.of("items[0].quantity", "items[1]"), fields("{\"items\":[{\"quantity\":null},7]}"));
    }

    @Test
    void aWholeNumberIsWrittenAsOne() {
        assertEquals(List.of("count"), fields("{\"count\":1.0}"));
        assertEquals(List.of("count"), fields("{\"count\":1e2}"));
        assertEquals(List.of("id"), fields("{\"id\":3.00}"));
        assertEquals(List.of("items[0].quantity"), fields("{\"items\":[{\"code\":\"X\",\"quantity\":2E1}]}"));
        assertTrue(message("{\"count\":1.0}").contains("written as digits"), message("{\"count\":1.0}"));
        assertEquals(-7, StrictJson.<Sample>read("{\"count\":-7}", Sample.class).count);
        assertEquals(new BigDecimal("1E+2"), StrictJson.<Sample>read("{\"amount\":1e2}", Sample.class).amount);
    }

    @Test
    void datesAndTimesLieInTheSupportedYears() {
        assertEquals(List.of("at"), fields("{\"at\":\"2400-01-01T00:00:00Z\"}"));
        assertEquals(List.of("at"), fields("{\"at\":\"1899-12-31T23:00:00Z\"}"));
        assertEquals(List.of("at"), fields("{\"at\":\"+10000-01-01T00:00:00Z\"}"));
        assertEquals(List.of("day"), fields("{\"day\":\"2400-01-01\"}"));
        assertEquals(List.of("day"), fields("{\"day\":\"1899-12-31\"}"));
        Sample inside = StrictJson.read("{\"at\":\"2399-12-30T12:00:00Z\",\"day\":\"1900-01-01\"}", Sample.class);
        assertEquals(Instant.parse("2399-12-30T12:00:00Z"), inside.at);
        assertEquals(LocalDate.of(1900, 1, 1), inside.day);
    }

    @Test
    void everyWrongFieldIsListedAtOnce() {
        assertEquals(List.of("name", "count", "items[0].code"),
                fields("{\"name\":true,\"count\":\"x\",\"items\":[{\"code\":5,\"quantity\":1}]}"));
    }

    @Test
    void anUnknownFieldIsRefusedWithTheFieldsThatExist() {
        assertEquals(List.of("nmae"), fields("{\"nmae\":\"typo\"}"));
        assertTrue(message("{\"nmae\":\"typo\"}").contains("name, description, count"), message("{\"nmae\":1}"));
        assertEquals(List.of("items[0].colour"), fields("{\"items\":[{\"code\":\"X\",\"quantity\":1,\"colour\":\"red\"}]}"));
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyInMultiLineTexts() {
        assertEquals(List.of("name"), fields("{\"name\":\"a\\u0000b\"}"));
        assertEquals(List.of("name"), fields("{\"name\":\"two\\nlines\"}"));
        assertEquals(List.of("description"), fields("{\"description\":\"bell\\u0007\"}"));
        assertEquals(List.of("name"), fields("{\"name\":\"right\\u202eleft\"}"));
        assertEquals(List.of("tags[0]"), fields("{\"tags\":[\"broken \\ud800 pair\"]}"));
        assertEquals("tab\there", StrictJson.<Sample>read("{\"description\":\"tab\\there\"}", Sample.class).description);
    }

    @Test
    void aMissingOrMalformedBodyIsNamedBody() {
        assertEquals(List.of("body"), fields(""));
        assertEquals(List.of("body"), fields("   "));
        assertEquals(List.of("body"), fields("{\"name\":"));
        assertEquals(List.of("body"), fields("{\"name\":\"a\",\"name\":\"b\"}"));
        assertEquals(List.of("body"), fields("[1,2]"));
        assertEquals(List.of("body"), fields("\"text\""));
        assertEquals(List.of("body"), fields("[".repeat(5000) + "]".repeat(5000)));
        assertTrue(message("{\"name\":").contains("line 1"), message("{\"name\":"));
    }

    @Test
    void messagesNeverNameJavaTypes() {
        for (String json : List.of("{\"count\":\"x\"}", "{\"name\":{}}", "{\"bogus\":1}", "{\"items\":[1]}", "nope")) {
            String text = message(json);
            assertTrue(!text.contains("java.") && !text.contains("Integer") && !text.contains("String")
                    && !text.contains("Exception"), text);
        }
    }
}
