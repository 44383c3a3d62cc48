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

    public static Response response(ProblemDetail problem) {
        Response.ResponseBuilder builder = problem.status() == 422
                ? Response.status(422, "Unprocessable Content") : Response.status(problem.status());
        return builder.type(MEDIA_TYPE).entity(toJson(problem)).build();
    }

    public static Response response(int status, String title, String detail) {
        return response(of(status, title, detail));
    }

    /** Writes a problem straight to a servlet response (authentication happens before JAX-RS). */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer writer = response.getWriter()) {
            writer.write(toJson(of(status, title, detail)));
        }
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

    private static String typeFor(int status) {
        return switch (status) {
            case 400 -> TYPE_BASE + "invalid-request";
            case 401 -> TYPE_BASE + "authentication-required";
            case 403 -> TYPE_BASE + "forbidden";
            case 404 -> TYPE_BASE + "not-found";
            case 409 -> TYPE_BASE + "conflict";
            case 412 -> TYPE_BASE + "precondition-failed";
            case 422 -> TYPE_BASE + "unprocessable";
            case 428 -> TYPE_BASE + "precondition-required";
            default -> status >= 500 ? TYPE_BASE + "server-error" : "about:blank";
        };
    }
}
