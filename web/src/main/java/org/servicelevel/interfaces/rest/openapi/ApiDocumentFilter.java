package org.servicelevel.interfaces.rest.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document generated from the resources with what holds for every operation
 * (see docs/api.md): the problem documents each operation may answer with, and request schemas that
 * admit no member they do not define. Runs when the document is generated at build time.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** A local date-time (no offset) is not an RFC 3339 date-time: it gets a format of its own. */
    @Override
    public Schema filterSchema(Schema schema) {
        if ("date-time".equals(schema.getFormat()) && schema.getExample() != null
                && String.valueOf(schema.getExample()).matches("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+")) {
            schema.setFormat("local-date-time");
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(FIELD_ERROR, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One wrong field or parameter: its path in the body (terms.priorities[1].resolution)"
                        + " or its name, and what is wrong with it")
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .required(List.of("field", "message")));
        components.addSchema(PROBLEM, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status")));
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                if (name.endsWith("Request") && schema.getType() == Schema.SchemaType.OBJECT) {
                    schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
                }
            });
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> addProblems(path, method, operation)));
        }
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean ifMatch = parameters && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        boolean write = method != PathItem.HttpMethod.GET;
        Map<String, String> problems = new LinkedHashMap<>();
        if (body || parameters) {
            problems.put("400", "Invalid input: every wrong field or parameter is named in errors");
        }
        problems.put("401", "No or wrong credentials");
        problems.put("403", "The caller's role does not allow this");
        if (path.contains("{")) {
            problems.put("404", "No such record, or one the caller may not see");
        }
        problems.put("406", "The Accept header asks for a media type this operation does not answer with");
        if (write) {
            problems.put("409", "The request does not fit the record's state, or it was changed concurrently");
        }
        if (ifMatch) {
            problems.put("412", "If-Match names an older version, or is weak or malformed");
            problems.put("428", "If-Match is missing");
        }
        if (body) {
            problems.put("413", "The request body is over the size limit");
            problems.put("415", "The request body is not of a media type this operation reads");
        }
        if (parameters && operation.getParameters().stream().anyMatch(p -> "Idempotency-Key".equals(p.getName()))) {
            problems.put("422", "The Idempotency-Key was used before for a different request");
        }
        problems.put("429", "Sign-in refused for a while after repeated failures of this account or client"
                + " address; retry after the seconds in Retry-After");
        problems.put("500", "A defect; the answer names an incident id that is in the server log");
        problems.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, problem(description));
            }
        });
        APIResponse throttled = responses.getAPIResponse("429");
        if (throttled.getHeaders() == null || !throttled.getHeaders().containsKey("Retry-After")) {
            throttled.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds until the next sign-in is accepted")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        }
    }

    private static APIResponse problem(String description) {
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        Content content = OASFactory.createContent().addMediaType(PROBLEM_JSON, json);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
