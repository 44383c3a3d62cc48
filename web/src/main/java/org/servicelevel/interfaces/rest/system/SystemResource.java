package org.servicelevel.interfaces.rest.system;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.SystemService;
import org.servicelevel.application.SystemStatus;
import org.servicelevel.domain.model.identity.Role;

@Path("system")
@RequestScoped
@Tag(name = "System")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @Inject
    private SystemService system;

    @GET
    @Path("status")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(summary = "Version, database and schema version of this installation")
    public SystemStatusView status() {
        SystemStatus s = system.status();
        return new SystemStatusView(s.productVersion(), s.databaseProduct(), s.databaseVersion(), s.schemaVersion(),
                s.demoDataEnabled());
    }
}
