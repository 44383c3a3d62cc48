package org.servicelevel.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.servicelevel.domain.InvalidInputException;

/** Builds problem-details responses, both for JAX-RS and for the servlet layer below it. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://servicelevel.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail(typeFor(status), title, status, detail, null, List.of());
    }

    public static ProblemDetail of(int status, String title, String detail, List<ProblemDetail.FieldError> errors) {
        return new ProblemDetail(typeFor(status), title, status, detail, null, List.copyOf(errors));
    }

    /** One wrong field or parameter, as the {@code errors} of a problem. */
    public static List<ProblemDetail.FieldError> field(String field, String message) {
        return List.of(new ProblemDetail.FieldError(field, message));
    }

    /** A 400 listing every field of {@code invalid}. */
    public static ProblemDetail invalid(InvalidInputException invalid) {
        List<ProblemDetail.FieldError> errors = invalid.errors().stream()
                .map(e -> new ProblemDetail.FieldError(e.field(), e.getMessage())).toList();
        return of(400, "Invalid request", errors.size() == 1 ? errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields.", errors);
    }

    public static Response response(ProblemDetail problem) {
        Response.ResponseBuilder builder = switch (problem.status()) {
            case 422 -> Response.status(422, "Unprocessable Content");
            case 429 -> Response.status(429, "Too Many Requests");
            default -> Response.status(problem.status());
        };
        return builder.type(MEDIA_TYPE).entity(toJson(problem)).build();
    }

    public static Response response(int status, String title, String detail) {
        return response(of(status, title, detail));
    }

    /** Writes a problem straight to a servlet response (authentication and error pages are below JAX-RS). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer writer = response.getWriter()) {
            writer.write(toJson(problem));
        }
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, of(status, title, detail));
    }

    /** Serialised with JSON-P so the output never depends on a provider's handling of records. */
    static String toJson(ProblemDetail problem) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status());
        if (problem.detail() != null) {
            json.add("detail", problem.detail());
        }
        if (problem.instance() != null) {
            json.add("instance", problem.instance());
        }
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            problem.errors().forEach(e -> errors.add(Json.createObjectBuilder()
                    .add("field", e.field()).add("message", e.message())));
            json.add("errors", errors);
        }
        return json.build().toString();
    }

    /** One stable type per status, documented in docs/api.md. */
    public static String typeFor(int status) {
        return TYPE_BASE + switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "authentication-required";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "request-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            default -> status >= 500 ? "server-error" : "client-error";
        };
    }
}
