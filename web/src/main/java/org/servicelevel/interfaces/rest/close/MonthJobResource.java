package org.servicelevel.interfaces.rest.close;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import org.servicelevel.domain.SupportedTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.batch.JobStatus;
import org.servicelevel.batch.report.MonthCloseJobs;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;

/**
 * Starts the month's jobs: the monthly report (which stores each month's result with its report,
 * quality score and invoice) and the adjustment of the quality score and invoice. Both answer 202 with
 * the execution to follow at {@code /api/jobs/{id}}; a month or agreement that cannot be closed is
 * refused at once (400, 404 or 409 naming why).
 */
@Path("reports")
@RequestScoped
@Tag(name = "Month's close", description = "Monthly reports, quality score and invoice: jobs and results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
public class MonthJobResource {

    @Inject
    private MonthCloseJobs jobs;

    @POST
    @Path("monthly")
    @Operation(operationId = "startMonthlyReport", summary = "Start the monthly report of a month for one agreement"
            + " or every agreement whose month closes; the result of each month is stored as a draft, replaces"
            + " the draft, or corrects the approved result")
    @APIResponse(responseCode = "202", description = "Started; Location names the execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Response monthly(MonthRunRequest request, @Context UriInfo uri) {
        MonthRunRequest r = required(request);
        return accepted(jobs.startReport(month(r), r.agreement), uri);
    }

    @POST
    @Path("adjustment")
    @Operation(operationId = "startQualityInvoiceAdjustment", summary = "Start the adjustment of a month's quality"
            + " score and invoice from its last report, with the surveys, work records and terms as they are now")
    @APIResponse(responseCode = "202", description = "Started; Location names the execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Response adjustment(MonthRunRequest request, @Context UriInfo uri) {
        MonthRunRequest r = required(request);
        return accepted(jobs.startAdjustment(month(r), r.agreement), uri);
    }

    static Response accepted(JobStatus status, UriInfo uri) {
        return Response.accepted(JobView.of(status))
                .location(uri.getBaseUriBuilder().path("jobs").path(Long.toString(status.id())).build()).build();
    }

    private static MonthRunRequest required(MonthRunRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the month as a JSON body, e.g. {\"month\": \"2026-11\"}");
        }
        return request;
    }

    private static YearMonth month(MonthRunRequest request) {
        return month(request.month);
    }

    /** The month of a request body, as YYYY-MM. */
    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw new InvalidFieldException("month", "Give the month, e.g. 2026-11");
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("month", "Give the month as YYYY-MM, e.g. 2026-11");
        }
        String unsupported = SupportedTime.problem(parsed.atDay(1));
        if (unsupported != null) {
            throw new InvalidFieldException("month", unsupported);
        }
        return parsed;
    }
}
