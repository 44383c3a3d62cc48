package org.servicelevel.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.servicelevel.domain.model.identity.Role;

/**
 * The REST API under {@code /api}. Every resource declares the roles that may call it
 * ({@code @RolesAllowed}); Jersey's roles feature enforces them.
 */
@ApplicationPath("api")
@DeclareRoles({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
@OpenAPIDefinition(
        info = @Info(title = "ServiceLevel API", version = "1",
                description = "SLA management: agreements, calendars, tickets and their SLA clocks."
                        + " Errors are RFC 9457 problem details (application/problem+json)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "An API token issued with POST /api/me/tokens")
})
public class ServiceLevelApi extends Application {

    /**
     * Jersey's roles feature; and no WADL: the OpenAPI document describes the API, and Jersey's own
     * description (OPTIONS on any address, {@code /api/application.wadl}) named its version and Java types.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
