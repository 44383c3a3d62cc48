package org.servicelevel.interfaces.rest.usage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.usage.UsageService;
import org.servicelevel.application.usage.UsageService.MonthUsage;
import org.servicelevel.application.usage.UsageService.MonthWork;
import org.servicelevel.application.usage.UsageService.UsageEntry;
import org.servicelevel.application.usage.UsageService.WorkEntry;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.usage.WorkKind;
import org.servicelevel.interfaces.rest.problem.Preconditions;
import org.servicelevel.interfaces.rest.problem.RequestDateTimes;

/**
 * Usage against volume of one agreement: per service and unit what was used in a month against the
 * volume, the share and the tickets beyond the volume (billable extras); the hours and visits staff
 * record; and the work billed at the month's close besides tickets (development hours, weekend and
 * holiday support days), which staff record, correct (with the record's ETag in {@code If-Match}) and
 * delete. Customer users read the usage of their own organisation's SLAs (any other answers 404).
 */
@Path("agreements/{id}/usage")
@RequestScoped
@Tag(name = "Agreements", description = "SLAs, OLAs and underpinning contracts: terms, versions, lifecycle, consistency, documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class UsageResource {

    @Inject
    private UsageService usage;

    @GET
    @Operation(operationId = "getAgreementUsage", summary = "Usage per service and unit in a month against the volume,"
            + " with the share in percent and the tickets billed as extras")
    public MonthUsage get(@PathParam("id") long id,
                          @Parameter(description = "The month (YYYY-MM); default the current one in the agreement's zone",
                                  schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$"))
                          @QueryParam("month") YearMonth month) {
        return usage.usage(id, month);
    }

    @GET
    @Path("records")
    @Operation(operationId = "listAgreementUsageRecords", summary = "Every use counted on a day of a month: tickets,"
            + " hours and visits, with the part beyond the volume")
    public List<UsageEntry> records(@PathParam("id") long id,
                                    @Parameter(description = "The month (YYYY-MM); default the current one",
                                            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$"))
                                    @QueryParam("month") YearMonth month) {
        return usage.records(id, month);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "recordAgreementUsage", summary = "Record hours or visits used, counted against the"
            + " service's volume in that unit")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the month's records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageEntry.class)))
    public Response record(@PathParam("id") long id, UsageRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the usage as a JSON body");
        }
        UsageEntry created = usage.record(id, new UsageService.NewUsage(request.service,
                named("unit", request.unit, VolumeUnit.class, "HOURS or TIMES (visits)"),
                request.quantity, RequestDateTimes.date("date", request.date), request.ticket, request.note));
        return Response.created(uri.getAbsolutePathBuilder().path("records")
                .queryParam("month", YearMonth.from(created.date())).build()).entity(created).build();
    }

    @GET
    @Path("work")
    @Operation(operationId = "getAgreementWork", summary = "The work of a month billed besides tickets: development"
            + " hours and weekend or holiday support days, with their totals")
    public MonthWork work(@PathParam("id") long id,
                          @Parameter(description = "The month (YYYY-MM); default the current one in the agreement's zone",
                                  schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$"))
                          @QueryParam("month") YearMonth month) {
        return usage.work(id, month);
    }

    @POST
    @Path("work")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "recordAgreementWork", summary = "Record development hours, or a day the customer ordered"
            + " support of a service outside its service hours (not a working day of its calendar; one per service and"
            + " day)")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkEntry.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response recordWork(@PathParam("id") long id, WorkRequest request, @Context UriInfo uri) {
        WorkEntry created = usage.recordWork(id, work(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("work/{entry}")
    @Operation(operationId = "getAgreementWorkRecord", summary = "One work record; ETag for changes")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkEntry.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response workRecord(@PathParam("id") long id, @PathParam("entry") long entry) {
        return ok(usage.findWork(id, entry));
    }

    @PUT
    @Path("work/{entry}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "correctAgreementWork", summary = "Correct a work record (the whole record, as recorded;"
            + " its kind stays); the audit trail keeps what it was")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkEntry.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response correctWork(@PathParam("id") long id, @PathParam("entry") long entry,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WorkRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        return ok(usage.correctWork(id, entry, expected, work(request)));
    }

    @DELETE
    @Path("work/{entry}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "deleteAgreementWork", summary = "Delete a work record entered by mistake; the audit"
            + " trail keeps it")
    @APIResponse(responseCode = "204", description = "Done")
    public Response deleteWork(@PathParam("id") long id, @PathParam("entry") long entry,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        usage.deleteWork(id, entry, Preconditions.requireVersion(ifMatch));
        return Response.noContent().build();
    }

    private static UsageService.NewWork work(WorkRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the work as a JSON body");
        }
        return new UsageService.NewWork(named("kind", request.kind, WorkKind.class,
                "DEVELOPMENT_HOURS or WEEKEND_HOLIDAY_DAY"),
                RequestDateTimes.month("month", request.month), RequestDateTimes.date("date", request.date),
                request.hours, request.service, request.ticket, request.note);
    }

    private static Response ok(WorkEntry entry) {
        return Response.ok(entry).tag(Preconditions.etag(entry.version())).build();
    }

    /**
     * The constant of {@code type} named by {@code value} in any case; {@code null} for none.
     *
     * @throws InvalidFieldException naming {@code field}, saying which values to {@code use}, for another value
     */
    private static <E extends Enum<E>> E named(String field, String value, Class<E> type, String use) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(u -> u.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidFieldException(field, "'" + value + "' is no " + field
                        + ": use " + use));
    }
}
