package org.servicelevel.interfaces.rest.close;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.batch.report.MonthCloseJobs;
import org.servicelevel.domain.model.identity.Role;

/** An execution of a month's job: where it stands, and stopping or restarting it. */
@Path("jobs/{id}")
@RequestScoped
@Tag(name = "Month's close", description = "Monthly reports, quality score and invoice: jobs and results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
public class JobResource {

    @Inject
    private MonthCloseJobs jobs;

    @GET
    @Operation(operationId = "getJob", summary = "An execution of a month's job: state, exit status or failure,"
            + " parameters, times, and each step's items read, written and skipped")
    public JobView get(@PathParam("id") long id) {
        return JobView.of(jobs.status(id));
    }

    @POST
    @Path("stop")
    @Operation(operationId = "stopJob", summary = "Ask a running execution to stop after its current chunk;"
            + " it can be restarted from its checkpoint")
    @APIResponse(responseCode = "202", description = "Asked to stop",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(JobView.of(jobs.stop(id))).build();
    }

    @POST
    @Path("restart")
    @Operation(operationId = "restartJob", summary = "Restart a failed or stopped execution from its last checkpoint"
            + " as a new execution of the same run")
    @APIResponse(responseCode = "202", description = "Restarted; Location names the new execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Response restart(@PathParam("id") long id, @Context UriInfo uri) {
        return MonthJobResource.accepted(jobs.restart(id), uri);
    }
}
