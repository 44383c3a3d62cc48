package org.servicelevel.interfaces.rest.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.List;
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
import org.servicelevel.application.report.MonthResultService.ResultSummary;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.AuditView;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * The months' results (see docs/month-close.md#results): the list, one result with its document and
 * ETag, its export as JSON, CSV, XLSX or the PDF act, its approval (managers and administrators, with
 * {@code If-Match}) and its audit trail. The provider's staff read every result; a customer's user
 * reads only the approved results of their own organisation's SLAs, and any other answers 404.
 */
@Path("results")
@RequestScoped
@Tag(name = ResultResponses.TAG, description = ResultResponses.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class ResultResource {

    @Inject
    private MonthResultService results;

    @Inject
    private ResultResponses responses;

    @GET
    @Operation(operationId = "listResults", summary = "The results the caller may read, of an agreement and a month if given,"
            + " newest month first; a correction names the result it corrects and what it bills or credits")
    public List<ResultSummary> list(
            @Parameter(description = "Only this agreement's results") @QueryParam("agreement") Long agreement,
            @Parameter(description = "Only this month's (YYYY-MM)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")) @QueryParam("month") YearMonth month) {
        return results.list(agreement, month);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getResult", summary = "One result: its summary and its whole document; ETag for the approval")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)),
            headers = @Header(name = "ETag", description = "The result's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id, @Context UriInfo uri) {
        return responses.json(results.find(id), uri);
    }

    @GET
    @Path("{id}/export")
    // any Accept reaches the method: ?format= wins over it, and an Accept no format meets is answered 406 naming it
    @Produces({MediaType.APPLICATION_JSON, ResultResponses.CSV, ResultResponses.XLSX, ResultResponses.PDF, MediaType.WILDCARD})
    @Operation(operationId = "exportResult", summary = "The result as a file: the stored JSON document, CSV, XLSX or the"
            + " PDF act, by ?format= or Accept, in the language of ?lang= or Accept-Language")
    @APIResponse(responseCode = "200", description = "The file, as an attachment named by the result's number",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = ResultResponses.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = ResultResponses.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ResultResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("id") long id,
            @Parameter(description = "json, csv, xlsx or pdf; wins over Accept") @QueryParam("format") ExportFormat format,
            @Parameter(description = "The language of the texts: en, ru or pl (any other: English);"
                    + " default from Accept-Language") @QueryParam("lang") String lang,
            @Context Request request, @Context HttpHeaders headers) {
        ExportFormat chosen = ResultResponses.format(format, request);
        return ResultResponses.file(results.export(id, chosen, ResultResponses.language(lang,
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "approveResult", summary = "Approve a draft as read (If-Match); from then on it never changes,"
            + " and a later run of the month creates a correction")
    @APIResponse(responseCode = "200", description = "The approved result's summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultSummary.class)),
            headers = @Header(name = "ETag", description = "The result's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ResultSummary approved = results.approve(id, Preconditions.requireVersion(ifMatch));
        return Response.ok(approved).tag(Preconditions.etag(approved.version())).build();
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "getResultAudit", summary = "Who computed, recomputed, approved and corrected the result, when"
            + " and with which key figures")
    public List<AuditView> audit(@PathParam("id") long id) {
        return results.audit(id).stream().map(a -> new AuditView(a.occurredAt(), a.actor(), a.action(), a.details()))
                .toList();
    }
}
