package org.servicelevel.interfaces.rest.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.ticket.TicketStatusService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * The ticket status model: statuses with their SLA category (NEW, IN_PROGRESS, WAITING_ON_CUSTOMER,
 * WAITING_ON_THIRD_PARTY, RESOLVED, CLOSED, CANCELLED) and the allowed moves, each open to customers or
 * not. Everyone reads it; administrators replace it as a whole with the ETag in {@code If-Match}.
 */
@Path("ticket-statuses")
@RequestScoped
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class TicketStatusResource {

    /** The model as sent: {@code statuses} and {@code transitions}. */
    public static class ModelRequest {
        public List<StatusRequest> statuses;
        public List<StatusTransitionRequest> transitions;
    }

    /** A status: code, name, category, position in lists, and whether new tickets start in it. */
    public static class StatusRequest {
        public String code;
        public String name;
        public String category;
        public Integer position;
        public Boolean initial;
    }

    /** A move between two statuses, its name, and whether customer users may make it. */
    public static class StatusTransitionRequest {
        public String from;
        public String to;
        public String name;
        public Boolean customerAllowed;
    }

    @Inject
    private TicketStatusService statuses;

    @GET
    @Operation(operationId = "getStatusModel", summary = "The statuses and transitions; ETag for a replacement")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketStatusService.Model.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get() {
        TicketStatusService.Model model = statuses.model();
        return Response.ok(model).tag(new EntityTag(model.tag())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "replaceStatusModel", summary = "Replace the status model (statuses in tickets' histories cannot be removed)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketStatusService.Model.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ModelRequest request) {
        String expectedTag = Preconditions.requireTag(ifMatch);
        if (request == null || request.statuses == null || request.transitions == null) {
            throw new InvalidFieldException("statuses", "Send {\"statuses\": [...], \"transitions\": [...]}");
        }
        List<TicketStatusService.StatusDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < request.statuses.size(); i++) {
            StatusRequest s = request.statuses.get(i);
            if (s == null) {
                throw new InvalidFieldException("statuses[" + i + "]", "A status is empty");
            }
            definitions.add(new TicketStatusService.StatusDefinition(s.code, s.name, category(i, s.category),
                    s.position == null ? (i + 1) * 10 : s.position, Boolean.TRUE.equals(s.initial)));
        }
        List<TicketStatusService.TransitionDefinition> moves = request.transitions.stream()
                .map(t -> t == null ? new TicketStatusService.TransitionDefinition(null, null, null, false)
                        : new TicketStatusService.TransitionDefinition(t.from, t.to, t.name,
                        Boolean.TRUE.equals(t.customerAllowed))).toList();
        TicketStatusService.Model model = statuses.replace(expectedTag, definitions, moves);
        return Response.ok(model).tag(new EntityTag(model.tag())).build();
    }

    private static StatusCategory category(int index, String value) {
        try {
            return StatusCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidFieldException("statuses[" + index + "].category", "'" + value + "' is not one of "
                    + List.of(StatusCategory.values()));
        }
    }
}
