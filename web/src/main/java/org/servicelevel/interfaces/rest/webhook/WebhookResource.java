package org.servicelevel.interfaces.rest.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.webhook.WebhookService;
import org.servicelevel.application.webhook.WebhookService.DeliveryDetails;
import org.servicelevel.application.webhook.WebhookService.WebhookChange;
import org.servicelevel.application.webhook.WebhookService.WebhookDetails;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.AuditView;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * Webhook subscriptions: integrations' URLs that receive events as signed CloudEvents (see
 * docs/webhooks.md), and each one's delivery log. Administrators, managers and integrations manage
 * them ({@code If-Match} on changes); customers' users and agents do not see them.
 */
@Path("webhooks")
@RequestScoped
@Tag(name = "Webhooks", description = "Signed CloudEvents to integrations' URLs, with retries and a delivery log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION})
public class WebhookResource {

    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 500;
    private static final int MAX_PAGE_NUMBER = 1_000_000;

    @Inject
    private WebhookService webhooks;

    @GET
    @Operation(operationId = "listWebhooks", summary = "Every webhook subscription")
    public List<WebhookView> list() {
        return webhooks.list().stream().map(WebhookResource::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook subscription; ETag for changes")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        return ok(webhooks.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to event types")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull(message = "Send the webhook as a JSON body") WebhookRequest request,
                           @Context UriInfo uri) {
        WebhookDetails created = webhooks.create(change(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook subscription (without secret, it keeps its secret)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "Send the webhook as a JSON body") WebhookRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        return ok(webhooks.update(id, expected, change(request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription with its delivery log")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(id, Preconditions.requireVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's deliveries, newest first")
    public DeliveryPageView deliveries(@PathParam("id") long id,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") Integer page,
            @Parameter(description = "Deliveries per page, 1 to 500") @QueryParam("size") @DefaultValue("50") Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_PAGE : size;
        if (pageNumber < 0 || pageNumber > MAX_PAGE_NUMBER) {
            throw new InvalidFieldException("page", "Pages are numbered from 0 to " + MAX_PAGE_NUMBER);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidFieldException("size", "A page holds 1 to " + MAX_PAGE + " deliveries");
        }
        WebhookService.DeliveryPage result = webhooks.deliveries(id, pageNumber * pageSize, pageSize);
        return new DeliveryPageView(result.items().stream().map(WebhookResource::delivery).toList(), pageNumber,
                pageSize, result.total());
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery",
            summary = "Send a delivered or dead delivery again: a new series of attempts of the same event (409 while it is queued)")
    @APIResponse(responseCode = "202", description = "Queued; delivery starts at once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(delivery(webhooks.redeliver(id, deliveryId))).build();
    }

    @GET
    @Path("{id}/audit")
    @Operation(operationId = "getWebhookAudit", summary = "Who changed the subscription, when and how")
    public List<AuditView> audit(@PathParam("id") long id) {
        return webhooks.audit(id).stream().map(a -> new AuditView(a.occurredAt(), a.actor(), a.action(), a.details()))
                .toList();
    }

    private static WebhookChange change(WebhookRequest r) {
        return new WebhookChange(r.url, r.eventTypes, r.secret, r.active, r.customer, r.description);
    }

    private static Response ok(WebhookDetails details) {
        return Response.ok(view(details)).tag(Preconditions.etag(details.version())).build();
    }

    private static WebhookView view(WebhookDetails d) {
        return new WebhookView(d.id(), d.url(), d.eventTypes(), d.secretSet(), d.active(), d.customer(), d.description(),
                d.createdAt(), d.version());
    }

    private static DeliveryView delivery(DeliveryDetails d) {
        return new DeliveryView(d.id(), d.eventId(), d.type(), d.subject(), d.state(), d.attempts(), d.lastStatus(),
                d.lastError(), d.nextAttemptAt(), d.createdAt(), d.deliveredAt());
    }
}
