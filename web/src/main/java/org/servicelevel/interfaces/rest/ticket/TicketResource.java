package org.servicelevel.interfaces.rest.ticket;

import static org.servicelevel.domain.Texts.strippedOrNull;
import static org.servicelevel.interfaces.rest.problem.RequestDateTimes.instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.ticket.ImportedTicket;
import org.servicelevel.application.ticket.TicketChange;
import org.servicelevel.application.escalation.EscalationService;
import org.servicelevel.application.ticket.TicketDetails;
import org.servicelevel.application.ticket.TicketDraft;
import org.servicelevel.application.ticket.TicketService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.selection.Channel;
import org.servicelevel.interfaces.rest.json.LargeBody;
import org.servicelevel.interfaces.rest.json.StrictJson;
import org.servicelevel.interfaces.rest.problem.Preconditions;
import org.servicelevel.interfaces.rest.ticket.TicketAssembler.EventView;
import org.servicelevel.interfaces.rest.ticket.TicketAssembler.PageView;
import org.servicelevel.interfaces.rest.ticket.TicketAssembler.TimelineView;

/**
 * Tickets and their SLA clocks, as integrations and the screens use them. Every ticket view carries
 * its clocks. Customer users create and see only their own organisation's tickets (another one
 * answers 404), see only comments meant for them and make only the status moves open to customers.
 * Field changes need the ETag in {@code If-Match}; a create with an {@code Idempotency-Key} is done at
 * most once per key.
 */
@Path("tickets")
@RequestScoped
@Tag(name = "Tickets", description = "Tickets with their SLA clocks, status moves, comments and imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class TicketResource {

    private static final String TEXT_CSV = "text/csv";
    private static final int MAX_KEY = 200;
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 500;
    private static final int MAX_PAGE_NUMBER = 1_000_000;

    @Inject
    private TicketService tickets;

    @Inject
    private EscalationService escalations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTicket", summary = "Register a ticket; the selection rules choose its agreement and priority unless given."
            + " With an Idempotency-Key, a retry of the same request returns the same ticket")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketAssembler.TicketView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Parameter(description = "A key unique to this request, e.g. a UUID; a retry with the same"
                                   + " key and body returns the ticket created first")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = TicketRequest.class))) String body,
                           @Context UriInfo uri) {
        TicketRequest request = parse(body);
        String key = strippedOrNull(idempotencyKey);
        if (key != null && key.length() > MAX_KEY) {
            throw new InvalidFieldException("Idempotency-Key", "An Idempotency-Key has at most " + MAX_KEY + " characters");
        }
        TicketService.Created created = tickets.create(draft(request, null, "request"), key, sha256(body));
        TicketDetails ticket = created.ticket();
        Response.ResponseBuilder response = Response.created(uri.getBaseUriBuilder().path("tickets")
                        .path(Long.toString(ticket.id())).build())
                .tag(Preconditions.etag(ticket.version())).entity(TicketAssembler.ticket(ticket));
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Operation(operationId = "listTickets", summary = "Tickets, newest first, filtered; each with its clocks")
    public PageView list(@QueryParam("customer") String customer, @QueryParam("agreement") String agreement,
                         @Parameter(description = "true: only tickets without an agreement (no selection rule found"
                                 + " one and none was assigned yet); not together with agreement")
                         @QueryParam("withoutAgreement") Boolean withoutAgreement,
                         @QueryParam("status") String status, @QueryParam("priority") Integer priority,
                         @QueryParam("assignee") String assignee,
                         @Parameter(description = "true: only tickets with a breached clock") @QueryParam("breached") Boolean breached,
                         @Parameter(description = "Only tickets with a running clock due before this offset date-time")
                         @QueryParam("dueBefore") Instant dueBefore,
                         @Parameter(description = "Words in the number, title or description") @QueryParam("text") String text,
                         @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") Integer page,
                         @Parameter(description = "Tickets per page, 1 to 500") @QueryParam("size") @DefaultValue("50")
                         Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_PAGE : size;
        if (pageNumber < 0 || pageNumber > MAX_PAGE_NUMBER) {
            throw new InvalidFieldException("page", "Pages are numbered from 0 to " + MAX_PAGE_NUMBER);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidFieldException("size", "A page holds 1 to " + MAX_PAGE + " tickets");
        }
        TicketService.Page result = tickets.list(new TicketService.Query(customer, agreement, withoutAgreement, status,
                priority, assignee,
                breached, dueBefore, text, pageNumber * pageSize, pageSize));
        return new PageView(result.items().stream().map(TicketAssembler::ticket).toList(), pageNumber, pageSize,
                result.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTicket", summary = "One ticket with its clocks (as of ?at=, default now, never before the registration); ETag for changes")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketAssembler.TicketView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id, @QueryParam("at") Instant at) {
        return ok(tickets.find(id, at));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "updateTicket", summary = "Change fields, priority, assignee, support group or parent; needs If-Match")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketAssembler.TicketView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           TicketUpdateRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        if (request == null) {
            throw new InvalidFieldException("body", "Send the fields to change as a JSON body");
        }
        return ok(tickets.update(id, expected, new TicketChange(request.title, request.description, request.requestType,
                request.tags, request.region, request.priority, request.priorityReason, request.assignee,
                request.supportGroup, request.parent)));
    }

    @PUT
    @Path("{id}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "assignTicketAgreement", summary = "Put a ticket registered without an agreement under its"
            + " customer's SLA: {\"agreement\": \"SLA-7\", \"priority\": 2}; the version in force on the registration"
            + " day governs it and its clocks count from registration; needs If-Match; 409 if it has an agreement")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketAssembler.TicketView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response assignAgreement(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    AgreementAssignmentRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        if (request == null) {
            throw new InvalidFieldException("agreement", "Send {\"agreement\": \"<number>\"} as a JSON body");
        }
        return ok(tickets.assignAgreement(id, expected, request.agreement, request.priority));
    }

    @GET
    @Path("{id}/transitions")
    @Operation(operationId = "listTicketTransitions", summary = "The status moves possible now (for a customer user, those open to customers)")
    public List<TicketService.TransitionOption> transitions(@PathParam("id") long id) {
        return tickets.transitions(id);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionTicket", summary = "Move the ticket to another status: {\"to\": \"RESOLVED\", \"note\": \"...\"};"
            + " a staff note is internal unless visibleToCustomer is true; If-Match is checked when sent")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketAssembler.TicketView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response transition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               TransitionRequest request) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Preconditions.requireVersion(ifMatch);
        if (request == null) {
            throw new InvalidFieldException("to", "Send {\"to\": \"<status>\"} as a JSON body");
        }
        return ok(tickets.transition(id, expected, request.to, request.note,
                Boolean.TRUE.equals(request.visibleToCustomer)));
    }

    @GET
    @Path("{id}/comments")
    @Operation(operationId = "listTicketComments", summary = "The comments (a customer user sees only those meant for customers)")
    public List<EventView> comments(@PathParam("id") long id) {
        return tickets.history(id).stream().filter(e -> e.type().equals("COMMENT")).map(TicketAssembler::event).toList();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentTicket", summary = "Add a comment; visibleToCustomer false makes it an internal note")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketAssembler.TicketView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response comment(@PathParam("id") long id, CommentRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidFieldException("text", "Send {\"text\": \"...\"} as a JSON body");
        }
        TicketDetails ticket = tickets.comment(id, request.text, request.visibleToCustomer == null
                || request.visibleToCustomer);
        return Response.created(uri.getAbsolutePath()).tag(Preconditions.etag(ticket.version()))
                .entity(TicketAssembler.ticket(ticket)).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getTicketHistory", summary = "Every change with its time and actor, and the state it left the ticket in")
    public List<EventView> history(@PathParam("id") long id) {
        return tickets.history(id).stream().map(TicketAssembler::event).toList();
    }

    @GET
    @Path("{id}/escalations")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "listTicketEscalations", summary = "The escalation steps of the ticket's clocks: those that"
            + " fired (when, how late, what their actions did) and those pending (when they come due)")
    public List<TicketAssembler.EscalationView> escalations(@PathParam("id") long id) {
        return escalations.escalations(id).stream().map(TicketAssembler::escalation).toList();
    }

    @GET
    @Path("{id}/clocks")
    @Operation(operationId = "listTicketClocks", summary = "The ticket's clocks (as of ?at=, default now, never before the registration)")
    public List<TicketAssembler.ClockView> clocks(@PathParam("id") long id, @QueryParam("at") Instant at) {
        TicketDetails ticket = tickets.find(id, at);
        return TicketAssembler.ticket(ticket).clocks();
    }

    @GET
    @Path("{id}/clocks/{metric}/timeline")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(operationId = "getClockTimeline", summary = "A clock's evidence: every segment (running, paused with the status, outside service hours,"
            + " holiday, day off, stopped) and the working time by cause; JSON, or CSV with Accept: text/csv or ?format=csv")
    @APIResponse(responseCode = "200", description = "The clock's segments and working time by cause",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TicketAssembler.TimelineView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response timeline(@PathParam("id") long id, @PathParam("metric") String metric, @QueryParam("at") Instant at,
                             @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String wanted = format == null || format.isBlank() ? null : format.strip().toLowerCase(Locale.ROOT);
        if (wanted != null && !wanted.equals("csv") && !wanted.equals("json")) {
            throw new InvalidFieldException("format", "Give format=json or format=csv, or leave it out to answer by"
                    + " Accept");
        }
        TicketDetails ticket = tickets.find(id, at);
        SlaClock clock = tickets.clock(id, metric, ticket.clocksAsOf());
        boolean csv = "csv".equals(wanted) || wanted == null && accept != null
                && accept.toLowerCase(Locale.ROOT).startsWith(TEXT_CSV);
        if (csv) {
            return Response.ok(TicketAssembler.csv(ticket, clock), TEXT_CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + ticket.number() + "-"
                            + metric.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv\"").build();
        }
        TimelineView view = TicketAssembler.timeline(ticket, clock, ticket.clocksAsOf());
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION})
    @Operation(operationId = "importTickets", summary = "Import tickets with their full history and explicit timestamps; each ticket is imported"
            + " whole or not at all, with a result per ticket")
    public TicketAssembler.ImportReportView importTickets(TicketImportRequest request) {
        if (request == null || request.tickets == null || request.tickets.isEmpty()) {
            throw new InvalidFieldException("tickets", "Send {\"tickets\": [...]} with at least one ticket");
        }
        List<InvalidFieldException> errors = new ArrayList<>();
        List<ImportedTicket> imported = new ArrayList<>();
        for (int i = 0; i < request.tickets.size(); i++) {
            TicketImportRequest.ImportedTicketRequest t = request.tickets.get(i);
            String path = "tickets[" + i + "]";
            if (t == null) {
                errors.add(new InvalidFieldException(path, "A ticket is empty"));
                continue;
            }
            try {
                Instant registered = instant(path + ".registeredAt", t.registeredAt);
                List<ImportedTicket.Event> events = new ArrayList<>();
                List<TicketImportRequest.EventRequest> raw = t.events == null ? List.of() : t.events;
                for (int j = 0; j < raw.size(); j++) {
                    TicketImportRequest.EventRequest e = raw.get(j);
                    String eventPath = path + ".events[" + j + "]";
                    if (e == null || e.at == null) {
                        throw new InvalidFieldException(eventPath + ".at", "Give the instant of the event");
                    }
                    events.add(new ImportedTicket.Event(instant(eventPath + ".at", e.at), e.type, e.actor,
                            Boolean.TRUE.equals(e.byCustomer), e.to, e.priority, e.assignee, e.group, e.text,
                            e.visibleToCustomer));
                }
                imported.add(new ImportedTicket(draft(t, registered, path), events));
            } catch (InvalidFieldException e) {
                errors.add(new InvalidFieldException(e.field(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return TicketAssembler.report(tickets.importTickets(imported));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static TicketRequest parse(String body) {
        TicketRequest request = StrictJson.read(body, TicketRequest.class);
        if (request == null) {
            throw new InvalidFieldException("body", "Send the ticket as a JSON object");
        }
        return request;
    }

    private static TicketDraft draft(TicketRequest r, Instant registeredAt, String path) {
        Channel channel = enumOf(r.channel, Channel.class, path, "channel");
        MatrixLevel impact = enumOf(r.impact, MatrixLevel.class, path, "impact");
        MatrixLevel urgency = enumOf(r.urgency, MatrixLevel.class, path, "urgency");
        TicketRequest.RequesterRequest requester = r.requester == null ? new TicketRequest.RequesterRequest() : r.requester;
        return new TicketDraft(r.customer, requester.username, requester.name, requester.email, r.title, r.description,
                r.service, r.agreement, r.priority, impact, urgency, r.requestType, r.tags, channel, r.region, r.assignee, r.supportGroup,
                r.parent, r.externalReference, registeredAt);
    }

    /** The constant named by {@code value} (any case), or null when left out; 400 naming the field otherwise. */
    private static <E extends Enum<E>> E enumOf(String value, Class<E> type, String path, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(path.equals("request") ? field : path + "." + field, "'" + value
                    + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response ok(TicketDetails ticket) {
        return Response.ok(TicketAssembler.ticket(ticket)).tag(Preconditions.etag(ticket.version())).build();
    }
}
