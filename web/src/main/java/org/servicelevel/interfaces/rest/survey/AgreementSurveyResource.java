package org.servicelevel.interfaces.rest.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.application.survey.SurveyService.CampaignDetails;
import org.servicelevel.application.survey.SurveyService.CampaignSummary;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * The survey campaigns of one agreement: the list, a new campaign (managers and administrators), and
 * the campaign completed last on or before a day, which the month's quality score reads. Customer
 * users see the campaigns of their own organisation's SLAs (any other agreement answers 404).
 */
@Path("agreements/{id}/surveys")
@RequestScoped
@Tag(name = "Surveys", description = "Customer survey campaigns of agreements: questions, answers, completion, reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class AgreementSurveyResource {

    @Inject
    private SurveyService surveys;

    @GET
    @Operation(operationId = "listSurveyCampaigns", summary = "The agreement's survey campaigns, latest due date first")
    public List<CampaignSummary> list(@PathParam("id") long id) {
        return surveys.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "createSurveyCampaign", summary = "Start a survey campaign with its questions and answer scales")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDetails.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@PathParam("id") long id, CampaignRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the campaign as a JSON body");
        }
        CampaignDetails created = surveys.create(id, SurveyResource.change(request));
        return Response.created(uri.getBaseUriBuilder().path("surveys").path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("last-completed")
    @Operation(operationId = "getLastCompletedSurveyCampaign", summary = "The campaign completed last on or before a day,"
            + " with the positive and all answers per question, as the month's quality score reads it")
    public LastCompletedView lastCompleted(@PathParam("id") long id,
            @Parameter(description = "The day (YYYY-MM-DD), e.g. a month's last day", required = true)
            @QueryParam("on") LocalDate on) {
        return new LastCompletedView(id, on, surveys.lastCompleted(id, on)
                .map(s -> new LastCompletedView.CompletedCampaignView(s.campaignId(), s.title(), s.completedOn(),
                        s.questions().stream().map(q -> new LastCompletedView.QuestionTallyView(q.number(),
                                q.question(), q.positive(), q.total(), q.sharePercent())).toList()))
                .orElse(null));
    }
}
