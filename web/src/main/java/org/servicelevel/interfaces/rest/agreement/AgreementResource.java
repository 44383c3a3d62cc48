package org.servicelevel.interfaces.rest.agreement;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.agreement.TermsPatch.Part;
import org.servicelevel.application.agreement.TermsPatch;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.agreement.AgreementStatus;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.interfaces.rest.AuditView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.AgreementSummaryView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.AgreementVersionView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.ChangeView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.ConsistencyView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.VersionDiffView;
import org.servicelevel.interfaces.rest.json.LargeBody;
import org.servicelevel.interfaces.rest.json.OptionalBody;
import org.servicelevel.interfaces.rest.problem.Preconditions;

/**
 * Agreements (SLA, OLA, UC): their terms and versions, lifecycle actions, parts of the terms as
 * sub-resources, the consistency report, and import and export of a whole agreement. Staff and
 * integrations read every agreement; a customer user reads only their own organisation's SLAs (any
 * other answers 404). Managers and administrators change them; every change needs the ETag in
 * {@code If-Match}. Reads show the version in force today unless {@code on} (a date) or
 * {@code version} (a number) asks for another.
 */
@Path("agreements")
@RequestScoped
@Tag(name = "Agreements", description = "SLAs, OLAs and underpinning contracts: terms, versions, lifecycle, consistency, documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION})
public class AgreementResource {

    @Inject
    private AgreementService agreements;

    @Inject
    private AgreementDocuments documents;

    @GET
    @Operation(operationId = "listAgreements", summary = "Agreements, filtered by type, status, customer code, or only those with consistency findings")
    public List<AgreementSummaryView> list(@QueryParam("type") AgreementType type,
                                           @QueryParam("status") AgreementStatus status,
                                           @QueryParam("customer") String customer,
                                           @Parameter(description = "true: only agreements with consistency findings")
                                           @QueryParam("findings") Boolean withFindings) {
        return agreements.list(type, status, customer, Boolean.TRUE.equals(withFindings)).stream()
                .map(AgreementViews::summary).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "createAgreement", summary = "Create an agreement as a draft")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response create(AgreementRequest request, @Context UriInfo uri) {
        AgreementDetails created = agreements.create(AgreementRequestReader.read(request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(AgreementViews.agreement(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAgreement", summary = "One agreement with the terms in force today, on a date, or of a version; ETag for changes")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id,
                        @Parameter(description = "Show the version in force on this day (YYYY-MM-DD)") @QueryParam("on") LocalDate on,
                        @Parameter(description = "Show this version") @QueryParam("version") Integer version) {
        return ok(shown(id, on, version));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "updateAgreement", summary = "Change the header and the whole terms; for an agreement in force the terms take effect"
            + " from effectiveFrom (default tomorrow)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AgreementRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        return ok(agreements.update(id, expected, AgreementRequestReader.read(request)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "deleteAgreement", summary = "Delete a draft (an agreement that was in force is terminated instead)")
    @APIResponse(responseCode = "204", description = "Done")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        agreements.delete(id, Preconditions.requireVersion(ifMatch));
        return Response.noContent().build();
    }

    // ---- lifecycle -------------------------------------------------------------------------------

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "activateAgreement", summary = "Put a draft in force")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response activate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(agreements.activate(id, Preconditions.requireVersion(ifMatch)));
    }

    @POST
    @Path("{id}/start-review")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "startAgreementReview", summary = "Start the review of an active agreement (it stays in force)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response startReview(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(agreements.startReview(id, Preconditions.requireVersion(ifMatch)));
    }

    @POST
    @Path("{id}/complete-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "completeAgreementReview", summary = "End a review; nextReviewDate becomes the review date (without it, a year after the review held)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response completeReview(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @OptionalBody LifecycleRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        LocalDate next = request == null ? null : AgreementRequestReader.readDate("nextReviewDate", request.nextReviewDate);
        return ok(agreements.completeReview(id, expected, next));
    }

    @POST
    @Path("{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "terminateAgreement", summary = "End an agreement after lastDay (default today); its tickets are no longer monitored after it")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response terminate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @OptionalBody LifecycleRequest request) {
        long expected = Preconditions.requireVersion(ifMatch);
        LifecycleRequest r = request == null ? new LifecycleRequest() : request;
        return ok(agreements.terminate(id, expected, AgreementRequestReader.readDate("lastDay", r.lastDay), r.reason));
    }

    // ---- versions --------------------------------------------------------------------------------

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "listAgreementVersions", summary = "Every version: from when it applies, who made it and why")
    public List<AgreementVersionView> versions(@PathParam("id") long id) {
        return agreements.find(id).versions().stream().map(AgreementViews::version).toList();
    }

    @POST
    @Path("{id}/versions/{number}/approve")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CUSTOMER})
    @Operation(operationId = "approveAgreementAmendment", summary = "Approve a draft amendment: a manager other than its author for"
            + " the provider, a user of the customer where both parties approve; it takes effect once all have approved")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response approve(@PathParam("id") long id, @PathParam("number") int number,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(agreements.approveAmendment(id, Preconditions.requireVersion(ifMatch), number));
    }

    @GET
    @Path("{id}/versions/{number}/diff/{to}")
    @Operation(operationId = "diffAgreementVersions", summary = "What changed in the terms from one version to another,"
            + " value by value")
    public VersionDiffView diff(@PathParam("id") long id, @PathParam("number") int from, @PathParam("to") int to) {
        return new VersionDiffView(from, to, agreements.diff(id, from, to).stream()
                .map(c -> new ChangeView(c.path(), c.before(), c.after())).toList());
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(operationId = "getAgreementVersion", summary = "One version in full")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response version(@PathParam("id") long id, @PathParam("number") int number) {
        return ok(agreements.findVersion(id, number));
    }

    @DELETE
    @Path("{id}/versions/{number}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "withdrawAgreementVersion", summary = "Withdraw a version that has not taken effect yet;"
            + " needs If-Match with the agreement's ETag")
    @APIResponse(responseCode = "200", description = "The agreement without the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response withdrawVersion(@PathParam("id") long id, @PathParam("number") int number,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(agreements.withdrawVersion(id, Preconditions.requireVersion(ifMatch), number));
    }

    @GET
    @Path("{id}/versions/in-force")
    @Operation(operationId = "getAgreementVersionInForce", summary = "The version that governs tickets registered on a day: ?on=YYYY-MM-DD")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response versionInForce(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
        if (on == null) {
            throw new InvalidFieldException("on", "Give the day as ?on=YYYY-MM-DD");
        }
        return ok(agreements.findOn(id, on));
    }

    // ---- parts of the terms ----------------------------------------------------------------------

    @GET
    @Path("{id}/services")
    @Operation(operationId = "getAgreementServices", summary = "The services covered, with the calendars of their service hours")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Parts.Services.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response services(@PathParam("id") long id, @QueryParam("on") LocalDate on, @QueryParam("version") Integer version) {
        AgreementDetails d = shown(id, on, version);
        return part(d, new Parts.Services(AgreementViews.terms(d.terms(), d.calendarNames()).services()));
    }

    @PUT
    @Path("{id}/services")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "replaceAgreementServices", summary = "Replace the services: {\"services\": [...]}")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response replaceServices(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @QueryParam("effectiveFrom") LocalDate effectiveFrom,
                                    @QueryParam("note") String note, PartRequests.ServicesRequest body) {
        return patch(id, ifMatch, effectiveFrom, note, body == null ? null : body.terms(), EnumSet.of(Part.SERVICES));
    }

    @GET
    @Path("{id}/priorities")
    @Operation(operationId = "getAgreementPriorities", summary = "The priorities with their targets, the default priority, the time-in-status limits, the services' own targets and the impact × urgency matrix")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Parts.Priorities.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response priorities(@PathParam("id") long id, @QueryParam("on") LocalDate on,
                               @QueryParam("version") Integer version) {
        AgreementDetails d = shown(id, on, version);
        AgreementViews.TermsView t = AgreementViews.terms(d.terms(), d.calendarNames());
        return part(d, new Parts.Priorities(t.priorities(), t.defaultPriority(), t.statusLimits(), t.serviceTargets(),
                t.priorityMatrix()));
    }

    @PUT
    @Path("{id}/priorities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "replaceAgreementPriorities", summary = "Replace the priorities: {\"priorities\": [...], \"defaultPriority\": n, \"statusLimits\": [...]}; \"serviceTargets\" and \"priorityMatrix\" are replaced when given")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response replacePriorities(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @QueryParam("effectiveFrom") LocalDate effectiveFrom,
                                      @QueryParam("note") String note, PartRequests.PrioritiesRequest body) {
        return patch(id, ifMatch, effectiveFrom, note, body == null ? null : body.terms(),
                body == null ? EnumSet.of(Part.PRIORITIES) : body.parts());
    }

    @GET
    @Path("{id}/metrics")
    @Operation(operationId = "getAgreementMetrics", summary = "The quality (QoS) table: metrics and their weights")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Parts.Metrics.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response metrics(@PathParam("id") long id, @QueryParam("on") LocalDate on, @QueryParam("version") Integer version) {
        AgreementDetails d = shown(id, on, version);
        return part(d, new Parts.Metrics(AgreementViews.terms(d.terms(), d.calendarNames()).metrics()));
    }

    @PUT
    @Path("{id}/metrics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "replaceAgreementMetrics", summary = "Replace the quality table: {\"metrics\": [...]} with weights summing to 1")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response replaceMetrics(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @QueryParam("effectiveFrom") LocalDate effectiveFrom,
                                   @QueryParam("note") String note, PartRequests.MetricsRequest body) {
        return patch(id, ifMatch, effectiveFrom, note, body == null ? null : body.terms(), EnumSet.of(Part.METRICS));
    }

    @GET
    @Path("{id}/penalty-bands")
    @Operation(operationId = "getAgreementPenaltyBands", summary = "The penalty bands, the grace period and the cap")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Parts.Penalties.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response penaltyBands(@PathParam("id") long id, @QueryParam("on") LocalDate on,
                                 @QueryParam("version") Integer version) {
        AgreementDetails d = shown(id, on, version);
        AgreementViews.TermsView t = AgreementViews.terms(d.terms(), d.calendarNames());
        return part(d, new Parts.Penalties(t.penaltyBands(), t.graceMonths(), t.penaltyCapPercent()));
    }

    @PUT
    @Path("{id}/penalty-bands")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "replaceAgreementPenaltyBands", summary = "Replace the penalty bands: {\"penaltyBands\": [...], \"graceMonths\": n, \"penaltyCapPercent\": x}")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response replacePenaltyBands(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @QueryParam("effectiveFrom") LocalDate effectiveFrom,
                                        @QueryParam("note") String note, PartRequests.PenaltyBandsRequest body) {
        return patch(id, ifMatch, effectiveFrom, note, body == null ? null : body.terms(), EnumSet.of(Part.PENALTIES));
    }

    @GET
    @Path("{id}/escalations")
    @Operation(operationId = "getAgreementEscalations", summary = "The agreement's own escalation rules; empty when it"
            + " follows the default policy (or its parent's: see escalationPolicy of the agreement)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Parts.Escalations.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response escalations(@PathParam("id") long id, @QueryParam("on") LocalDate on,
                                @QueryParam("version") Integer version) {
        AgreementDetails d = shown(id, on, version);
        return part(d, new Parts.Escalations(AgreementViews.escalations(d.terms().escalations())));
    }

    @PUT
    @Path("{id}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "replaceAgreementEscalations", summary = "Replace the escalation policy: {\"escalations\":"
            + " [...]}; an empty list returns to the default policy (below a parent, to the parent's)",
            description = "A rule is for a metric (response, resolution, status:<CODE>, status:*) and a priority or all;"
                    + " a clock follows the most specific rule (metric and priority, metric, then status:* likewise),"
                    + " and a rule without steps switches escalation off. A step comes due at a share of the target"
                    + " (80%; 100% is the breach) or an offset from the due instant (-PT1H before, PT30M after)"
                    + " counted in WORKING (default) or REAL time, may repeat at or after the breach (repeatEvery),"
                    + " and NOTIFYs recipients (ASSIGNEE, GROUP, GROUP_LEAD, AGREEMENT_OWNER, CUSTOMER_COORDINATOR,"
                    + " addresses), MOVE_TO_NEXT_LINE, MOVE_TO_GROUP, RAISE_PRIORITY, COMMENT or TAG. Terms without"
                    + " rules follow the default policy: at 80% of a response or resolution target the assignee and"
                    + " group are warned, at the breach the assignee, group lead and agreement owner are told, and a"
                    + " time-in-status limit passed tells the group. Errors are named from this body, e.g."
                    + " escalations[0].steps[1].at.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response replaceEscalations(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                       @QueryParam("effectiveFrom") LocalDate effectiveFrom,
                                       @QueryParam("note") String note, PartRequests.EscalationsRequest body) {
        return patch(id, ifMatch, effectiveFrom, note, body == null ? null : body.terms(), EnumSet.of(Part.ESCALATIONS));
    }

    // ---- consistency, documents, audit -----------------------------------------------------------

    @GET
    @Path("{id}/consistency")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "checkAgreementConsistency", summary = "Check now whether the agreement fits those it must fit (OLA/UC vs SLA, support paths,"
            + " service hours, parent targets) over the coming year, today and on each upcoming day a version takes"
            + " effect, and keep the result as its report; ?on=YYYY-MM-DD checks the terms of that day only")
    public ConsistencyView consistency(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
        return AgreementViews.consistency(agreements.checkConsistency(id, on));
    }

    @GET
    @Path("{id}/consistency/history")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.AGENT, Role.Names.INTEGRATION})
    @Operation(operationId = "agreementConsistencyHistory", summary = "Every result of the agreement's consistency check that"
            + " differed from the one before, newest first: the day it speaks of, the versions checked, the findings")
    public List<ConsistencyView> consistencyHistory(@PathParam("id") long id) {
        return agreements.consistencyHistory(id).stream().map(AgreementViews::consistency).toList();
    }

    @GET
    @Path("{id}/document")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION})
    @Operation(operationId = "exportAgreementDocument", summary = "The agreement as one JSON document that POST /agreements/import"
            + " accepts: format servicelevel.agreement/2 with the lifecycle state, every version with its own terms, the"
            + " customer and every calendar with all its versions; ?version=N gives that version alone in format"
            + " servicelevel.agreement/1")
    public AgreementDocuments.DocumentView export(@PathParam("id") long id,
                                                  @Parameter(description = "A version number: that version alone, in"
                                                          + " format servicelevel.agreement/1")
                                                  @QueryParam("version") Integer version) {
        return version == null ? documents.export(agreements.history(id))
                : documents.exportVersion(agreements.findVersion(id, version));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATION})
    @Operation(operationId = "importAgreementDocument", summary = "Set up a whole agreement in one call: creates the customer and calendars (with all"
            + " their versions) that do not exist yet and the agreement with every version and its status (format"
            + " servicelevel.agreement/2), or with one version, activated if \"activate\" is true (format /1)",
            description = "A calendar whose name exists is used when it counts the same working time (zone, versions from"
                    + " the same days with the same rules); otherwise the import is refused with 409 naming the calendar,"
                    + " to be renamed in the document. Every invalid field is named by its path in the document, e.g."
                    + " versions[1].terms.priorities[0].resolution.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementViews.AgreementView.class)),
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response importDocument(AgreementDocuments.DocumentRequest document, @Context UriInfo uri) {
        AgreementDetails created = documents.importDocument(document);
        return Response.created(uri.getBaseUriBuilder().path("agreements").path(Long.toString(created.id())).build())
                .tag(Preconditions.etag(created.version())).entity(AgreementViews.agreement(created)).build();
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    @Operation(operationId = "getAgreementAudit", summary = "Who changed the agreement, when and how")
    public List<AuditView> audit(@PathParam("id") long id) {
        return agreements.audit(id).stream()
                .map(a -> new AuditView(a.occurredAt(), a.actor(), a.action(), a.details())).toList();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private AgreementDetails shown(long id, LocalDate on, Integer version) {
        if (version != null) {
            return agreements.findVersion(id, version);
        }
        if (on != null) {
            return agreements.findOn(id, on);
        }
        return agreements.find(id);
    }

    private Response patch(long id, String ifMatch, LocalDate effectiveFrom, String note, TermsRequest body,
                           EnumSet<Part> parts) {
        long expected = Preconditions.requireVersion(ifMatch);
        AgreementRequestReader.Terms terms = AgreementRequestReader.readTerms(body);
        return ok(agreements.patchTerms(id, expected, new TermsPatch(parts, terms.terms(), terms.serviceCalendars(),
                effectiveFrom, note)));
    }

    private static Response ok(AgreementDetails details) {
        return Response.ok(AgreementViews.agreement(details)).tag(Preconditions.etag(details.version())).build();
    }

    private static Response part(AgreementDetails details, Object body) {
        return Response.ok(body).tag(Preconditions.etag(details.version()))
                .header("X-Agreement-Version", details.shown().number()).build();
    }
}
