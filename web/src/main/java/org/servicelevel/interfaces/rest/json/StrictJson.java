package org.servicelevel.interfaces.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.SupportedTime;
import org.servicelevel.domain.Texts;

/**
 * Reads request bodies strictly, before any binding: the body is well-formed JSON without duplicate
 * members, every value has the JSON type its field declares (a string is not a number, a boolean is
 * {@code true} or {@code false}, a whole number is written as one, {@code 2} and not {@code 2.0} or
 * {@code 2e1}, and in range; a date or time lies in the {@link SupportedTime supported years}), every
 * member is a field of the request (an unknown member is refused, so a misspelt field never passes
 * silently), and texts hold no control characters ({@link MultiLine} fields may hold line breaks).
 * Every error names the member by its path in the body, e.g. {@code terms.priorities[1].resolution};
 * the body as a whole is {@code body}. Only a body without errors is bound to the request type.
 *
 * <p>The request types are classes with public fields or records, as JSON-B binds them by default.
 */
public final class StrictJson {

    /** The path that names the body as a whole in errors. */
    public static final String BODY = "body";

    private static final int MAX_INTEGER_DIGITS = 18;
    /** A digit, then an exponent: a body without this writes no number with one. */
    private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("[0-9][eE][+-]?[0-9]");
    private static final int MAX_FRACTION_DIGITS = 18;

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final Map<Class<?>, Map<String, Property>> PROPERTIES = new ConcurrentHashMap<>();

    private StrictJson() {
    }

    /** One member of a request type: its Java type and where its annotations are. */
    private record Property(Type type, AnnotatedElement element) {
    }

    /**
     * The body read as {@code type}.
     *
     * @throws InvalidInputException naming every wrong member, or {@code body} if the body is not JSON
     */
    @SuppressWarnings("unchecked")
    public static <T> T read(String body, Type type) {
        JsonValue json = parse(body);
        List<InvalidFieldException> errors = new ArrayList<>();
        check(json, type, null, "", errors, exponentPaths(body));
        InvalidInputException.throwIfAny(errors);
        return (T) JSONB.fromJson(json.toString(), type);
    }

    /**
     * The body as a JSON value; an empty body, malformed JSON, a duplicate member or anything after the
     * value is an error.
     */
    public static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidFieldException(BODY, "Send the request as a JSON body");
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidFieldException(BODY, "The body is not well-formed JSON"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            throw new InvalidFieldException(BODY, message.contains("duplicate")
                    ? "The body names a member twice in one object" : message.contains("nested")
                    ? "The body nests arrays or objects too deeply" : "The body is not well-formed JSON");
        }
        // a reader leaves what follows the value unread; the parser steps over the value without building it
        requireNothingAfter(body);
        return value;
    }

    private static void check(JsonValue value, Type type, AnnotatedElement where, String path,
                              List<InvalidFieldException> errors, Set<String> exponents) {
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? BODY : path;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new InvalidFieldException(field, "Give a value; null is not allowed here"));
            }
            return;
        }
        if (raw == String.class) {
            if (!(value instanceof JsonString text)) {
                errors.add(wrongType(field, "a text (a JSON string)", value));
                return;
            }
            String problem = Texts.problem(text.getString(), where != null && where.isAnnotationPresent(MultiLine.class));
            if (problem != null) {
                errors.add(new InvalidFieldException(field, problem));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(wrongType(field, "true or false", value));
            }
        } else if (isWholeNumber(raw)) {
            checkWholeNumber(value, raw, field, errors, exponents.contains(path));
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Float.class
                || raw == float.class) {
            checkDecimal(value, field, errors);
        } else if (raw.isEnum()) {
            checkEnum(value, raw, field, errors);
        } else if (isTemporal(raw)) {
            checkTemporal(value, raw, field, errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                errors.add(wrongType(field, "a list (a JSON array)", value));
                return;
            }
            Type element = elementType(type);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, where, path + "[" + i + "]", errors, exponents);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(wrongType(field, "an object", value));
                return;
            }
            Type valueType = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            object.forEach((key, member) -> check(member, valueType, where, member(path, key), errors, exponents));
        } else if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        } else {
            checkObject(value, raw, path, field, errors, exponents);
        }
    }

    private static void checkObject(JsonValue value, Class<?> raw, String path, String field,
                                    List<InvalidFieldException> errors, Set<String> exponents) {
        if (!(value instanceof JsonObject object)) {
            errors.add(wrongType(field, "an object", value));
            return;
        }
        Map<String, Property> properties = PROPERTIES.computeIfAbsent(raw, StrictJson::properties);
        object.forEach((key, member) -> {
            Property property = properties.get(key);
            if (property == null) {
                errors.add(new InvalidFieldException(member(path, key), "Unknown field: "
                        + (properties.isEmpty() ? "this object has no fields"
                        : "the fields here are " + String.join(", ", properties.keySet()))));
            } else {
                check(member, property.type(), property.element(), member(path, key), errors, exponents);
            }
        });
    }

    private static void checkWholeNumber(JsonValue value, Class<?> raw, String field,
                                         List<InvalidFieldException> errors, boolean exponent) {
        long min;
        long max;
        if (raw == Integer.class || raw == int.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == Short.class || raw == short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        String expected = "a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            errors.add(wrongType(field, expected, value));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (exponent || decimal.scale() != 0 || decimal.precision() > MAX_INTEGER_DIGITS + 1) {
            errors.add(new InvalidFieldException(field, "Expected " + expected + " written as digits (no decimal"
                    + " point or exponent), got " + shortened(number)));
            return;
        }
        BigInteger whole = decimal.toBigIntegerExact();
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            errors.add(new InvalidFieldException(field, "Expected " + expected + ", got " + shortened(number)));
        }
    }

    private static void checkDecimal(JsonValue value, String field, List<InvalidFieldException> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(wrongType(field, "a number", value));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue().stripTrailingZeros();
        int integerDigits = Math.max(0, decimal.precision() - decimal.scale());
        if (integerDigits > MAX_INTEGER_DIGITS || decimal.scale() > MAX_FRACTION_DIGITS) {
            errors.add(new InvalidFieldException(field, "A number here has at most " + MAX_INTEGER_DIGITS
                    + " digits before and " + MAX_FRACTION_DIGITS + " after the decimal point"));
        }
    }

    private static void checkEnum(JsonValue value, Class<?> raw, String field, List<InvalidFieldException> errors) {
        List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
            errors.add(new InvalidFieldException(field, "Expected one of " + String.join(", ", names) + ", got "
                    + describe(value)));
        }
    }

    private static void checkTemporal(JsonValue value, Class<?> raw, String field, List<InvalidFieldException> errors) {
        String example = raw == LocalDate.class ? "a date such as 2026-12-31"
                : raw == Duration.class ? "an ISO-8601 duration such as PT4H"
                : raw == LocalTime.class ? "a time of day such as 09:00"
                : "a date-time with offset such as 2026-03-02T09:00:00+01:00";
        if (!(value instanceof JsonString text)) {
            errors.add(wrongType(field, example, value));
            return;
        }
        String problem;
        try {
            String s = text.getString();
            if (raw == LocalDate.class) {
                problem = SupportedTime.problem(LocalDate.parse(s));
            } else if (raw == Duration.class) {
                Duration.parse(s);
                problem = null;
            } else if (raw == LocalTime.class) {
                LocalTime.parse(s);
                problem = null;
            } else if (raw == Instant.class) {
                problem = SupportedTime.problem(Instant.parse(s));
            } else {
                problem = SupportedTime.problem(OffsetDateTime.parse(s).toInstant());
            }
        } catch (DateTimeParseException e) {
            problem = "Expected " + example + ", got " + describe(value);
        }
        if (problem != null) {
            errors.add(new InvalidFieldException(field, problem));
        }
    }

    private static Map<String, Property> properties(Class<?> type) {
        Map<String, Property> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (!c.isAnnotationPresent(JsonbTransient.class)) {
                    properties.put(name(c, c.getName()), new Property(c.getGenericType(), c));
                }
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int modifiers = f.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                        && !f.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(name(f, f.getName()), new Property(f.getGenericType(), f));
                }
            }
        }
        return properties;
    }

    private static String name(AnnotatedElement element, String javaName) {
        JsonbProperty property = element.getAnnotation(JsonbProperty.class);
        return property == null || property.value().isEmpty() ? javaName : property.value();
    }

    private static boolean isWholeNumber(Class<?> raw) {
        return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class || raw == BigInteger.class;
    }

    private static boolean isTemporal(Class<?> raw) {
        return raw == LocalDate.class || raw == Duration.class || raw == LocalTime.class || raw == Instant.class
                || raw == OffsetDateTime.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return Object.class;
    }

    /** Refuses a body that goes on after its JSON value ({@code {...} x}), which a reader leaves unread. */
    private static void requireNothingAfter(String body) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            parser.next();
            if (parser.currentEvent() == JsonParser.Event.START_OBJECT) {
                parser.skipObject();
            } else if (parser.currentEvent() == JsonParser.Event.START_ARRAY) {
                parser.skipArray();
            }
            if (goesOn(parser)) {
                throw new InvalidFieldException(BODY, "The body goes on after its JSON value; send one value");
            }
        }
    }

    private static boolean goesOn(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }

    /**
     * The paths (as {@link #member} and the array indexes name them) of the numbers {@code body} writes
     * with an exponent: {@code 1e0} is the number 1 in the tree of values, which cannot tell it from
     * {@code 1} any more, but a whole number is written as digits.
     */
    static Set<String> exponentPaths(String body) {
        if (!EXPONENT.matcher(body).find()) {
            return Set.of();
        }
        Set<String> paths = new HashSet<>();
        Deque<Frame> frames = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            boolean begun = false;
            while (!(begun && frames.isEmpty()) && parser.hasNext()) { // the value parse() read, and no further
                begun = true;
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> key = parser.getString();
                    case END_OBJECT, END_ARRAY -> frames.pop();
                    default -> {
                        Frame parent = frames.peek();
                        String path = parent == null ? "" : parent.array() ? parent.path() + "[" + parent.next() + "]"
                                : member(parent.path(), key);
                        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                            frames.push(new Frame(path, event == JsonParser.Event.START_ARRAY, new int[1]));
                        } else if (event == JsonParser.Event.VALUE_NUMBER
                                && parser.getString().chars().anyMatch(c -> c == 'e' || c == 'E')) {
                            paths.add(path);
                        }
                    }
                }
            }
        }
        return paths;
    }

    /** An object or array being read: its path, and for an array the index of its next element. */
    private record Frame(String path, boolean array, int[] count) {

        int next() {
            return count[0]++;
        }
    }

    private static String member(String path, String key) {
        String name = key.matches("[A-Za-z_][A-Za-z0-9_-]{0,99}") ? key : "\"" + shortened(key) + "\"";
        return path.isEmpty() ? name : path + "." + name;
    }

    private static InvalidFieldException wrongType(String field, String expected, JsonValue value) {
        return new InvalidFieldException(field, "Expected " + expected + ", got " + describe(value));
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "the text \"" + shortened(((JsonString) value).getString()) + "\"";
            case NUMBER -> "the number " + shortened((JsonNumber) value);
            case TRUE, FALSE -> value.toString();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
        };
    }

    private static String shortened(JsonNumber number) {
        return shortened(number.toString());
    }

    /** A value quoted back to the client: at most 40 characters, control characters shown as '?'. */
    private static String shortened(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || Character.isSurrogate((char) c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The names of the members a request type accepts, for documentation and tests. */
    public static List<String> fieldsOf(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, StrictJson::properties).keySet().stream()
                .collect(Collectors.toUnmodifiableList());
    }
}
