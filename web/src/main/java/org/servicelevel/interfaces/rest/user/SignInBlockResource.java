package org.servicelevel.interfaces.rest.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.identity.IdentityService;
import org.servicelevel.application.identity.SignInBlock;
import org.servicelevel.domain.model.identity.Role;

/**
 * Accounts and client addresses refused at sign-in after too many failures, for administrators: who
 * is refused until when, and lifting a refusal (audited).
 */
@Path("sign-in-blocks")
@RequestScoped
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class SignInBlockResource {

    @Inject
    private IdentityService identity;

    @GET
    @Operation(operationId = "listSignInBlocks", summary = "Accounts and client addresses refused at sign-in now")
    public List<SignInBlock> list() {
        return identity.signInBlocks();
    }

    @DELETE
    @Operation(operationId = "liftSignInBlock", summary = "Let an account (?account=username) or a client address"
            + " (?address=...) sign in again")
    @APIResponse(responseCode = "204", description = "Done")
    public Response lift(@Parameter(description = "The username whose refusal to lift") @QueryParam("account")
                         String account,
                         @Parameter(description = "The client address whose refusal to lift") @QueryParam("address")
                         String address) {
        identity.liftSignInBlock(account, address);
        return Response.noContent().build();
    }
}
