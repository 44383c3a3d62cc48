package org.servicelevel.interfaces.rest.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.survey.SurveyService;
import org.servicelevel.application.survey.SurveyService.CampaignChange;
import org.servicelevel.application.survey.SurveyService.CampaignDetails;
import org.servicelevel.application.survey.SurveyService.CampaignReport;
import org.servicelevel.application.survey.SurveyService.ImportOutcome;
import org.servicelevel.application.survey.SurveyService.NewAnswer;
import org.servicelevel.application.survey.SurveyService.NewResponse;
import org.servicelevel.application.survey.SurveyService.QuestionChange;
import org.servicelevel.application.survey.SurveyService.ResponseRecorded;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.AuditView;
import org.servicelevel.interfaces.rest.json.LargeBody;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * One survey campaign (see docs/surveys.md): read it (with an ETag), change it and complete it
 * (managers and administrators, {@code If-Match}), enter answers one respondent at a time or as a CSV
 * sheet (the provider's staff and integrations), and its qualitative report. A completed campaign is
 * read-only: changes and answers are answered 409. Customer users read their own organisation's
 * campaigns; another organisation's answer 404.
 */
@Path("surveys")
@RequestScoped
@Tag(name = "Surveys", description = "Customer survey campaigns of agreements: questions, answers, completion, reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class SurveyResource {

    private static final String TEXT_CSV = "text/csv";

    @Inject
    private SurveyService surveys;

    @GET
    @Path("{id}")
    @Operation(operationId = "getSurveyCampaign", summary = "A survey campaign with its questions, respondents and answers; ETag for changes")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDetails.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        return ok(surveys.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "updateSurveyCampaign", summary = "Change title and due date, and questions while nobody has answered")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDetails.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CampaignRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        if (request == null) {
            throw new InvalidFieldException("body", "Send the campaign as a JSON body");
        }
        return ok(surveys.revise(id, expected, change(request)));
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "recordSurveyResponse", summary = "Record one respondent's answers (registering the respondent if new)")
    @APIResponse(responseCode = "200", description = "Recorded; the campaign's new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseRecorded.class)),
            headers = @Header(name = "ETag", description = "The campaign's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response respond(@PathParam("id") long id, ResponseRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the respondent's answers as a JSON body");
        }
        List<NewAnswer> answers = request.answers == null ? null : request.answers.stream()
                .map(a -> a == null ? null : new NewAnswer(a.question, a.answer)).toList();
        ResponseRecorded recorded = surveys.respond(id, new NewResponse(request.respondent, request.role, answers));
        return Response.ok(recorded).tag(Preconditions.etag(recorded.version())).build();
    }

    @POST
    @Path("{id}/responses/import")
    @Consumes(TEXT_CSV)
    @LargeBody
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "importSurveyResponses", summary = "Record the answers of a CSV sheet, one line per respondent;"
            + " all or, when any cell is wrong, none (each wrong cell is named by line and column)")
    @RequestBody(content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            example = "respondent,role,1,Were you kept informed about progress?\nAnna Smith,manager,as I expected,mostly yes\n")))
    @APIResponse(responseCode = "200", description = "Imported; the campaign's new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportOutcome.class)),
            headers = @Header(name = "ETag", description = "The campaign's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response importResponses(@PathParam("id") long id, String csv) {
        ImportOutcome outcome = surveys.importAnswers(id, csv);
        return Response.ok(outcome).tag(Preconditions.etag(outcome.version())).build();
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "completeSurveyCampaign", summary = "Complete the campaign on a day; it is read-only from then"
            + " on. warnings name the agreement's survey metrics no question matches")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDetails.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response complete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             CompletionRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        if (request == null) {
            throw new InvalidFieldException("body", "Send the day of completion as a JSON body, e.g. {\"on\": \"2026-06-20\"}");
        }
        return ok(surveys.complete(id, expected, request.on));
    }

    @GET
    @Path("{id}/report")
    @Operation(operationId = "getSurveyReport", summary = "The qualitative report: per question each answer's count and"
            + " share in percent, in total and by respondent role")
    public CampaignReport report(@PathParam("id") long id) {
        return surveys.report(id);
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "getSurveyCampaignAudit", summary = "Who created, changed, answered and completed the campaign, when and how")
    public List<AuditView> audit(@PathParam("id") long id) {
        return surveys.audit(id).stream().map(a -> new AuditView(a.occurredAt(), a.actor(), a.action(), a.details()))
                .toList();
    }

    static CampaignChange change(CampaignRequest r) {
        List<QuestionChange> questions = r.questions == null ? null : r.questions.stream()
                .map(q -> q == null ? null : new QuestionChange(q.text, q.answers, q.positive)).toList();
        return new CampaignChange(r.title, r.dueDate, questions);
    }

    private static Response ok(CampaignDetails details) {
        return Response.ok(details).tag(Preconditions.etag(details.version())).build();
    }
}
