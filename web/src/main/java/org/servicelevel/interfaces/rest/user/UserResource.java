package org.servicelevel.interfaces.rest.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.NewUser;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.me.CallerView;

/** User accounts, for administrators. */
@Path("users")
@RequestScoped
@Tag(name = "Users", description = "User accounts, for administrators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {

    @Inject
    private IdentityService identity;

    @GET
    @Operation(operationId = "listUsers", summary = "All users")
    public List<CallerView> list() {
        return identity.users().stream().map(UserResource::view).toList();
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getUser", summary = "One user")
    public CallerView user(@PathParam("username") String username) {
        return view(identity.user(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallerView.class)))
    public Response create(@Valid @NotNull(message = "Send the user as a JSON body") UserRequest request,
                           @Context UriInfo uri) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<InvalidFieldException> errors = new ArrayList<>();
        for (int i = 0; i < request.roles.size(); i++) {
            String name = request.roles.get(i);
            int index = i;
            Role.fromRoleName(name == null ? "" : name.strip()).ifPresentOrElse(roles::add, () -> errors.add(
                    new InvalidFieldException("roles[" + index + "]", "'" + name
                            + "' is not a role: use admin, manager, agent, customer or integration")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Caller created = identity.createUser(new NewUser(request.username, request.displayName, request.email,
                request.password.toCharArray(), roles, request.organisation));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(view(created)).build();
    }

    private static CallerView view(Caller c) {
        return new CallerView(c.username(), c.displayName(), c.roles().stream().sorted().toList(), c.organisationCode());
    }
}
