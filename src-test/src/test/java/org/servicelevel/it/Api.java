package org.servicelevel.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for the API as integrations see it (JDK client: no server-side classes). */
final class Api {

    static final String BASE = System.getProperty("servicelevel.it.base-url", "http://localhost:8080/servicelevel/");
    /** The administrator's password: given to the client side, and in the server's environment in container. */
    static final String ADMIN_PASSWORD = System.getProperty("servicelevel.it.admin-password",
            System.getenv("SERVICELEVEL_BOOTSTRAP_ADMIN_PASSWORD"));

    /**
     * HTTP/1.1, as the integrations and the browsers speak to the server here: the JDK client otherwise
     * upgrades a plain connection to HTTP/2 (h2c), and the server's ending of such a connection showed as
     * an EOF under a request in the middle of a long test.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** API tokens issued by {@link #token}, by the Basic credentials they were issued with. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /**
     * An {@code Authorization} value with an API token of {@code user}, issued with their password on
     * first use and kept for the run. Integrations call with tokens; HTTP Basic costs a password hash
     * (PBKDF2, some 0.15 s of the server's CPU here) on every request, which made a test calling a few
     * hundred times spend most of its time hashing the same password.
     */
    static String token(String user, String password) {
        return token(basic(user, password));
    }

    /** The same for the HTTP Basic {@code Authorization} value {@code basic}. */
    static String token(String basic) {
        return TOKENS.computeIfAbsent(basic, b -> {
            HttpResponse<String> issued = post("api/me/tokens", b, "{\"name\":\"integration tests\"}");
            if (issued.statusCode() != 201) {
                throw new IllegalStateException("No API token for these credentials: " + issued.statusCode() + " " + issued.body());
            }
            return "Bearer " + member(issued.body(), "secret");
        });
    }

    static HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET()
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    static HttpResponse<String> post(String path, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** Any call: {@code headers} are name/value pairs, e.g. "If-Match", "\"1\"". */
    static HttpResponse<String> call(String method, String path, String authorization, String contentType,
                                     String body, String... headers) {
        return callAt(BASE, method, path, authorization, contentType, body, headers);
    }

    /** Any call to the application deployed at {@code base} (another deployment of the EAR). */
    static HttpResponse<String> callAt(String base, String method, String path, String authorization,
                                       String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Any request whose answer is read as bytes (a file such as an XLSX workbook or a PDF). */
    static HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON object a response body holds. */
    static jakarta.json.JsonObject object(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The JSON array a response body holds. */
    static jakarta.json.JsonArray array(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray();
        }
    }

    /** Reads one string member of a flat JSON object (enough for assertions, no JSON library needed). */
    static String member(String json, String name) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            var value = reader.readObject().get(name);
            if (value == null) {
                return null;
            }
            return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        }
    }
}
