package org.servicelevel.interfaces.rest.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.identity.ApiTokenSummary;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.IssuedToken;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.model.identity.Role;

/** The signed-in caller and their own API tokens. */
@Path("me")
@RequestScoped
@Tag(name = "Me", description = "The signed-in caller and their own API tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class MeResource {

    @Inject
    private IdentityService identity;

    @Context
    private SecurityContext security;

    @GET
    @Operation(operationId = "getMe", summary = "Who am I: username, roles and organisation")
    public CallerView me() {
        Caller caller = identity.findActiveCaller(username())
                .orElseThrow(() -> new NotFoundException("Your user no longer exists"));
        return new CallerView(caller.username(), caller.displayName(),
                caller.roles().stream().sorted().toList(), caller.organisationCode());
    }

    @GET
    @Path("tokens")
    @Operation(operationId = "listMyTokens", summary = "My API tokens (without their secrets)")
    public List<ApiTokenView> tokens() {
        return identity.tokensOf(username()).stream().map(MeResource::view).toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueMyToken", summary = "Issue an API token for me; the secret is in this answer only")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiTokenView.class)))
    public Response issue(@Valid @NotNull(message = "Send a JSON body with at least a name") ApiTokenRequest request,
                          @Context UriInfo uri) {
        IssuedToken token = identity.issueToken(username(), request.name,
                request.validDays == null ? null : Duration.ofDays(request.validDays));
        ApiTokenView view = new ApiTokenView(token.id(), token.name(), token.prefix(), token.createdAt(),
                token.expiresAt(), null, token.secret());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(token.id())).build())
                .entity(view).build();
    }

    @GET
    @Path("tokens/{id}")
    @Operation(operationId = "getMyToken", summary = "One of my API tokens (without its secret)")
    public ApiTokenView token(@PathParam("id") long id) {
        return view(identity.token(username(), id));
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(operationId = "revokeMyToken", summary = "Revoke one of my API tokens")
    @APIResponse(responseCode = "204", description = "Done")
    public Response revoke(@PathParam("id") long id) {
        identity.revokeToken(username(), id);
        return Response.noContent().build();
    }

    private static ApiTokenView view(ApiTokenSummary t) {
        return new ApiTokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.revokedAt(), null);
    }

    private String username() {
        return security.getUserPrincipal().getName();
    }
}
