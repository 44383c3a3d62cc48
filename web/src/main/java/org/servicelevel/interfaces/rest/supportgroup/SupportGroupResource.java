package org.servicelevel.interfaces.rest.supportgroup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.supportgroup.SupportGroupChange;
import org.servicelevel.application.supportgroup.SupportGroupDetails;
import org.servicelevel.application.supportgroup.SupportGroupService;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * The provider's support groups and the people in them. Staff read them; managers and administrators
 * change them.
 */
@Path("support-groups")
@RequestScoped
@Tag(name = "Support groups", description = "Support lines, field engineers and suppliers that tickets are assigned to")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
public class SupportGroupResource {

    @Inject
    private SupportGroupService groups;

    @GET
    @Operation(operationId = "listSupportGroups", summary = "Support lines, field engineers and suppliers")
    public List<SupportGroupView> list() {
        return groups.list().stream().map(SupportGroupResource::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSupportGroup", summary = "One support group; ETag for updates")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportGroupView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        SupportGroupDetails group = groups.find(id);
        return Response.ok(view(group)).tag(Preconditions.etag(group.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "createSupportGroup", summary = "Create a support group")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportGroupView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull(message = "Send the group as a JSON body") SupportGroupRequest request,
                           @Context UriInfo uri) {
        SupportGroupDetails created = groups.create(change(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "updateSupportGroup", summary = "Change a support group")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportGroupView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "Send the group as a JSON body") SupportGroupRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        SupportGroupDetails updated = groups.update(id, expected, change(request));
        return Response.ok(view(updated)).tag(Preconditions.etag(updated.version())).build();
    }

    private static SupportGroupChange change(SupportGroupRequest r) {
        return new SupportGroupChange(r.code, r.name, r.kind, r.lineLevel, r.description, r.lead, r.members);
    }

    private static SupportGroupView view(SupportGroupDetails g) {
        return new SupportGroupView(g.id(), g.code(), g.name(), g.kind(), g.lineLevel(), g.description(), g.lead(),
                g.members(), g.version());
    }
}
