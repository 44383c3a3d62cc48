package org.servicelevel.interfaces.rest.ticket;

import static org.servicelevel.interfaces.rest.problem.RequestDateTimes.instant;

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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.ticket.OutageService.OutageDetails;
import org.servicelevel.application.ticket.OutageService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * Records of service downtime that feed availability targets. Staff and integrations (monitoring)
 * record and correct them; customer users read those of their organisation and those affecting every
 * customer. Changes need the ETag in {@code If-Match}.
 */
@Path("outages")
@RequestScoped
@Tag(name = "Outages", description = "Outages of customers' services, for availability")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class OutageResource {

    @Inject
    private OutageService outages;

    @GET
    @Operation(operationId = "listOutages", summary = "Outages overlapping [from, to), of a service and customer, newest first")
    public List<OutageDetails> list(@QueryParam("service") String service, @QueryParam("customer") String customer,
                                    @QueryParam("from") Instant from, @QueryParam("to") Instant to) {
        return outages.list(service, customer, from, to);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOutage", summary = "One outage; ETag for changes")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutageDetails.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        return ok(outages.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "createOutage", summary = "Record an outage (leave end out while it lasts)")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutageDetails.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(OutageRequest request, @Context UriInfo uri) {
        OutageDetails created = outages.create(change(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "updateOutage", summary = "Correct an outage or record its end")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutageDetails.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           OutageRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        return ok(outages.update(id, expected, change(request)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "deleteOutage", summary = "Delete an outage recorded by mistake")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        outages.delete(id, Preconditions.requireVersion(ifMatch));
        return Response.noContent().build();
    }

    private static OutageService.OutageChange change(OutageRequest r) {
        if (r == null) {
            throw new InvalidFieldException("body", "Send the outage as a JSON body");
        }
        return new OutageService.OutageChange(r.service, r.customer, r.ticket, instant("start", r.start),
                instant("end", r.end), r.description);
    }


    private static Response ok(OutageDetails details) {
        return Response.ok(details).tag(Preconditions.etag(details.version())).build();
    }
}
