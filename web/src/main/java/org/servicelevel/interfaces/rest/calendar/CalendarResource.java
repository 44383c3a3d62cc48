package org.servicelevel.interfaces.rest.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.calendar.CalendarDetails;
import org.servicelevel.application.calendar.CalendarService;
import org.servicelevel.application.calendar.WorkingTimeResult;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.NotFoundException;
import org.servicelevel.domain.SupportedTime;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.AuditView;
import org.servicelevel.interfaces.rest.calendar.CalendarViews.CalendarVersionView;
import org.servicelevel.interfaces.rest.calendar.CalendarViews.CalendarView;
import org.servicelevel.interfaces.rest.calendar.CalendarViews.DueView;
import org.servicelevel.interfaces.rest.calendar.CalendarViews.ElapsedView;
import org.servicelevel.interfaces.rest.json.LargeBody;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * Business calendars and working-time arithmetic. Everyone signed in may read calendars and compute
 * with them; managers and administrators change them. Updates need the ETag in {@code If-Match}.
 */
@Path("calendars")
@RequestScoped
@Tag(name = "Calendars", description = "Business calendars and the working-time arithmetic of SLA clocks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class CalendarResource {

    private static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    private CalendarService calendars;

    @GET
    @Operation(operationId = "listCalendars", summary = "All calendars, each with the rules in force today")
    public List<CalendarView> list() {
        return calendars.list().stream().map(CalendarViews::calendar).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCalendar", summary = "One calendar with the rules in force today and its versions; ETag for updates")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        return ok(calendars.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "createCalendar", summary = "Create a calendar")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(CalendarRequest request, @Context UriInfo uri) {
        CalendarDetails created = calendars.create(CalendarRequestReader.read(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version()))
                .entity(CalendarViews.calendar(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "updateCalendar", summary = "Change the rules from effectiveFrom (default today) on; earlier days keep theirs")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CalendarRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        return ok(calendars.revise(id, expected, CalendarRequestReader.read(request)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "deleteCalendar", summary = "Delete a calendar")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        calendars.delete(id, Preconditions.requireVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "copyCalendar", summary = "Copy a calendar with its whole rules history under a new name")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response copy(@PathParam("id") long id,
                         @Valid @NotNull(message = "Send a JSON body with the name of the copy") CopyCalendarRequest request,
                         @Context UriInfo uri) {
        CalendarDetails copy = calendars.copy(id, request.name);
        return Response.created(uri.getBaseUriBuilder().path("calendars").path(Long.toString(copy.id())).build())
                .tag(Preconditions.etag(copy.version()))
                .entity(CalendarViews.calendar(copy)).build();
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(operationId = "getCalendarVersion", summary = "One rule version in full")
    public CalendarVersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return calendars.find(id).versions().stream().filter(v -> v.number() == number).findFirst()
                .map(CalendarViews::version)
                .orElseThrow(() -> new NotFoundException("Calendar " + id + " has no version " + number));
    }

    @GET
    @Path("{id}/holidays")
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "exportCalendarHolidays", summary = "The holidays of the version in force (or ?version=N) as an iCalendar file")
    @APIResponse(responseCode = "200", description = "The holidays as an iCalendar file",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response exportHolidays(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return Response.ok(calendars.exportHolidays(id, version), TEXT_CALENDAR + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"calendar-" + id + "-holidays.ics\"")
                .build();
    }

    @POST
    @Path("{id}/holidays")
    @Consumes(TEXT_CALENDAR)
    @LargeBody
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "importCalendarHolidays", summary = "Add the holidays of an iCalendar file, as a new version from effectiveFrom (default today)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response importHolidays(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @QueryParam("effectiveFrom") LocalDate effectiveFrom, String ics) {
        long expected = Preconditions.requireVersion(ifMatch);
        return ok(calendars.importHolidays(id, expected, ics, effectiveFrom));
    }

    @GET
    @Path("{id}/due")
    @Operation(operationId = "calculateDue", summary = "When a working duration counted from start runs out")
    public DueView due(@PathParam("id") long id,
                       @Parameter(description = "Offset date-time (2026-03-02T09:00:00+01:00) or local date-time"
                               + " in the calendar's zone (2026-03-02T09:00)") @QueryParam("start") String start,
                       @Parameter(description = "ISO-8601 working duration, e.g. PT4H or P2DT3H")
                       @QueryParam("duration") Duration duration) {
        ZoneId zone = ZoneId.of(calendars.find(id).timeZone());
        Instant from = parseInstant("start", start, zone);
        Duration working = requireDuration(duration);
        WorkingTimeResult result = calendars.due(id, from, working);
        return new DueView(from.atZone(zone).toOffsetDateTime(), working.toString(),
                result.instant().atZone(zone).toOffsetDateTime(),
                LocalDateTime.ofInstant(result.instant(), zone), zone.getId(), result.calendarVersions());
    }

    @GET
    @Path("{id}/elapsed")
    @Operation(operationId = "calculateElapsed", summary = "Working time inside [start, end)")
    public ElapsedView elapsed(@PathParam("id") long id, @QueryParam("start") String start,
                               @QueryParam("end") String end) {
        ZoneId zone = ZoneId.of(calendars.find(id).timeZone());
        Instant from = parseInstant("start", start, zone);
        Instant to = parseInstant("end", end, zone);
        WorkingTimeResult result = calendars.elapsed(id, from, to);
        return new ElapsedView(from.atZone(zone).toOffsetDateTime(), to.atZone(zone).toOffsetDateTime(),
                result.duration().toString(), result.duration().getSeconds(), zone.getId(), result.calendarVersions());
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "getCalendarAudit", summary = "Who changed the calendar, when and how")
    public List<AuditView> audit(@PathParam("id") long id) {
        return calendars.audit(id).stream()
                .map(a -> new AuditView(a.occurredAt(), a.actor(), a.action(), a.details())).toList();
    }

    private static Response ok(CalendarDetails details) {
        return Response.ok(CalendarViews.calendar(details)).tag(Preconditions.etag(details.version())).build();
    }

    /**
     * An offset date-time as given, or a local date-time read in the calendar's zone, within the
     * supported years (refused naming {@code field}, not left to the calendar to refuse under another name).
     */
    static Instant parseInstant(String field, String value, ZoneId zone) {
        Instant instant = readInstant(field, value, zone);
        String unsupported = SupportedTime.problem(instant);
        if (unsupported != null) {
            throw new InvalidFieldException(field, unsupported);
        }
        return instant;
    }

    private static Instant readInstant(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "Give " + field + " as a date-time, e.g. 2026-03-02T09:00:00+01:00"
                    + " or 2026-03-02T09:00 (read in " + zone + ")");
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new InvalidFieldException(field, "'" + value + "' is not a date-time: use"
                        + " 2026-03-02T09:00:00+01:00 or 2026-03-02T09:00");
            }
        }
    }

    private static Duration requireDuration(Duration duration) {
        if (duration == null) {
            throw new InvalidFieldException("duration", "Give duration as ISO-8601, e.g. PT4H or P2DT3H");
        }
        if (duration.isNegative()) {
            throw new InvalidFieldException("duration", "A working duration must not be negative");
        }
        return duration;
    }
}
