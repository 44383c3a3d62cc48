package org.servicelevel.interfaces.rest.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.application.report.MonthResultService.ResultDetails;
import org.servicelevel.domain.model.identity.Role;

/**
 * The result of an agreement's month that stands: for the provider's staff the month's latest (a
 * draft or approved), for a customer's user the latest approved of their own organisation's SLA (any
 * other answers 404). JSON, or the export as CSV, XLSX or the PDF act by {@code Accept} or
 * {@code ?format=}.
 */
@Path("agreements/{id}/reports")
@RequestScoped
@Tag(name = ResultResponses.TAG, description = ResultResponses.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class MonthReportResource {

    @Inject
    private MonthResultService results;

    @Inject
    private ResultResponses responses;

    @GET
    @Path("{month}")
    // any Accept reaches the method: ?format= wins over it, and an Accept no format meets is answered 406 naming it
    @Produces({MediaType.APPLICATION_JSON, ResultResponses.CSV, ResultResponses.XLSX, ResultResponses.PDF, MediaType.WILDCARD})
    @Operation(operationId = "getMonthReport", summary = "The month's result that stands: JSON (summary and document,"
            + " ETag), or CSV, XLSX or the PDF act by Accept or ?format= (which wins), in the language of ?lang= or"
            + " Accept-Language")
    @APIResponse(responseCode = "200", description = "The result, or its export as an attachment named by its number",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)),
                @Content(mediaType = ResultResponses.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = ResultResponses.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ResultResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "ETag", description = "The result's version (JSON only), for If-Match of its approval",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response month(@PathParam("id") long id,
            @Parameter(description = "The month (YYYY-MM)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")) @PathParam("month") YearMonth month,
            @Parameter(description = "json, csv, xlsx or pdf; wins over Accept") @QueryParam("format") ExportFormat format,
            @Parameter(description = "The language of the export's texts: en, ru or pl (any other: English);"
                    + " default from Accept-Language") @QueryParam("lang") String lang,
            @Context Request request, @Context HttpHeaders headers, @Context UriInfo uri) {
        ExportFormat chosen = ResultResponses.format(format, request);
        ResultDetails details = results.ofMonth(id, month);
        if (chosen == ExportFormat.JSON) {
            return responses.json(details, uri);
        }
        Locale language = ResultResponses.language(lang, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return ResultResponses.file(results.export(details.summary().id(), chosen, language));
    }
}
