package org.servicelevel.interfaces.rest.customer;

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
import org.servicelevel.application.customer.CustomerChange;
import org.servicelevel.application.customer.CustomerDetails;
import org.servicelevel.application.customer.CustomerService;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * Customer organisations. Staff see all of them; a customer user sees only their own (another one
 * answers 404). Managers and administrators create and change them; updates need {@code If-Match}.
 */
@Path("customers")
@RequestScoped
@Tag(name = "Customers", description = "Customer organisations and their coordinators; a customer user sees only their own")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class CustomerResource {

    @Inject
    private CustomerService customers;

    @GET
    @Operation(operationId = "listCustomers", summary = "Customers (a customer user gets only their own organisation)")
    public List<CustomerView> list() {
        return customers.list().stream().map(CustomerResource::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCustomer", summary = "One customer; ETag for updates")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        CustomerDetails details = customers.find(id);
        return Response.ok(view(details)).tag(Preconditions.etag(details.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "createCustomer", summary = "Create a customer")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull(message = "Send the customer as a JSON body") CustomerRequest request,
                           @Context UriInfo uri) {
        CustomerDetails created = customers.create(change(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "updateCustomer", summary = "Change a customer's name and coordinator")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "Send the customer as a JSON body") CustomerRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        CustomerDetails updated = customers.update(id, expected, change(request));
        return Response.ok(view(updated)).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{id}/users")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER})
    @Operation(operationId = "listCustomerUsers", summary = "The customer's users (a customer user sees those of their own organisation)")
    public List<CustomerUserView> users(@PathParam("id") long id) {
        return customers.users(id).stream()
                .map(u -> new CustomerUserView(u.username(), u.displayName(), u.roles().stream().sorted().toList()))
                .toList();
    }

    /** A user of a customer organisation. */
    public record CustomerUserView(String username, String displayName, List<String> roles) {
    }

    private static CustomerChange change(CustomerRequest r) {
        return new CustomerChange(r.code, r.name, r.coordinatorName, r.coordinatorEmail, r.coordinatorPhone);
    }

    private static CustomerView view(CustomerDetails d) {
        return new CustomerView(d.id(), d.code(), d.name(), d.version(), d.coordinatorName(), d.coordinatorEmail(),
                d.coordinatorPhone());
    }
}
