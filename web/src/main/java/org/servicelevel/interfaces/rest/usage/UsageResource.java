package org.servicelevel.interfaces.rest.usage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.usage.UsageService;
import org.servicelevel.application.usage.UsageService.MonthUsage;
import org.servicelevel.application.usage.UsageService.UsageEntry;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.VolumeUnit;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.problem.RequestDateTimes;

/**
 * Usage against volume of one agreement: per service and unit what was used in a month against the
 * volume, the share and the tickets beyond the volume (billable extras); and the hours and visits
 * staff record. Customer users read the usage of their own organisation's SLAs (any other answers 404).
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
        UsageEntry created = usage.record(id, new UsageService.NewUsage(request.service, unit(request.unit),
                request.quantity, RequestDateTimes.date("date", request.date), request.ticket, request.note));
        return Response.created(uri.getAbsolutePathBuilder().path("records")
                .queryParam("month", YearMonth.from(created.date())).build()).entity(created).build();
    }

    private static VolumeUnit unit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(VolumeUnit.values()).filter(u -> u.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidFieldException("unit", "'" + value + "' is no unit: use HOURS"
                        + " or TIMES (visits)"));
    }
}
