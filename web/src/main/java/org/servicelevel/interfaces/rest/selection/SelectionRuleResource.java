package org.servicelevel.interfaces.rest.selection;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.selection.SelectionOutcome;
import org.servicelevel.application.selection.SelectionRuleChange;
import org.servicelevel.application.selection.SelectionRuleDetails;
import org.servicelevel.application.selection.SelectionRuleService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.domain.model.selection.TicketFacts;
import org.servicelevel.interfaces.rest.AuditView;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * The ordered rules that choose the agreement and priority of a new ticket, and
 * {@code POST /selection-rules/evaluate}, which answers "which agreement would apply to this ticket"
 * with the reason for each rule. Staff and integrations read and evaluate; managers and
 * administrators change the rules ({@code If-Match} on updates).
 */
@Path("selection-rules")
@RequestScoped
@Tag(name = "Selection rules", description = "Rules that choose a new ticket's agreement and priority")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
public class SelectionRuleResource {

    @Inject
    private SelectionRuleService rules;

    @Inject
    private Clock clock;

    @GET
    @Operation(operationId = "listSelectionRules", summary = "The rules in the order they are tried; the default (no conditions) last")
    public List<SelectionRuleView> list() {
        return rules.list().stream().map(SelectionRuleResource::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSelectionRule", summary = "One rule; ETag for changes")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelectionRuleView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        return ok(rules.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "createSelectionRule", summary = "Add a rule (without a position it goes after the others)")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelectionRuleView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(SelectionRuleRequest request, @Context UriInfo uri) {
        SelectionRuleDetails created = rules.create(change(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "updateSelectionRule", summary = "Change a rule")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelectionRuleView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           SelectionRuleRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        return ok(rules.update(id, expected, change(request)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "deleteSelectionRule", summary = "Delete a rule")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        rules.delete(id, Preconditions.requireVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateSelectionRules", summary = "Which agreement, version, service and priority would apply to this ticket, and why")
    public SelectionOutcome evaluate(TicketFactsRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the ticket's customer, service, request type, tags,"
                    + " channel and region as a JSON body");
        }
        Instant given = instant("registeredAt", request.registeredAt);
        Instant registeredAt = given == null ? clock.instant() : given;
        return rules.evaluate(new TicketFacts(request.customer, request.service, request.requestType, request.tags,
                channel(request.channel), request.region, registeredAt));
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "getSelectionRuleAudit", summary = "Who changed the rule, when and how")
    public List<AuditView> audit(@PathParam("id") long id) {
        return rules.audit(id).stream().map(a -> new AuditView(a.occurredAt(), a.actor(), a.action(), a.details()))
                .toList();
    }

    private static SelectionRuleChange change(SelectionRuleRequest r) {
        if (r == null) {
            throw new InvalidFieldException("body", "Send the rule as a JSON body");
        }
        return new SelectionRuleChange(r.position, r.name, r.enabled, r.customer, r.service, r.requestType,
                channel(r.channel), r.region, r.tags, r.agreement, r.priority);
    }

    private static Channel channel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("channel", "'" + value + "' is not one of " + List.of(Channel.values()));
        }
    }

    private static Response ok(SelectionRuleDetails details) {
        return Response.ok(view(details)).tag(Preconditions.etag(details.version())).build();
    }

    private static SelectionRuleView view(SelectionRuleDetails d) {
        return new SelectionRuleView(d.id(), d.version(), d.position(), d.name(), d.enabled(), d.isDefault(),
                d.customer(), d.service(), d.requestType(), d.channel() == null ? null : d.channel().name(),
                d.region(), d.tags(), d.agreementId(), d.agreement(), d.priority());
    }
}
