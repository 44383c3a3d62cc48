package org.servicelevel.interfaces.rest.close;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.agreement.AgreementDetails;
import org.servicelevel.application.agreement.AgreementService;
import org.servicelevel.application.report.MonthCloseService;
import org.servicelevel.application.report.ResultDocumentCodec;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthDifference;
import org.servicelevel.domain.model.report.Provenance;
import org.servicelevel.domain.model.report.ResultDocument;
import org.servicelevel.domain.model.report.ResultHeader;
import org.servicelevel.interfaces.rest.agreement.AgreementRequestReader;

/**
 * What-if: a past month of an agreement replayed under proposed terms, next to the month as it is.
 * Both sides are written as the month's results are ({@code report}, {@code quality}, {@code invoice});
 * {@code difference} is the proposal minus the actual month. Nothing is stored.
 */
@Path("agreements/{id}/what-if")
@RequestScoped
@Tag(name = "Month's close", description = "Monthly reports, quality score and invoice: jobs and results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
public class WhatIfResource {

    @Inject
    private MonthCloseService close;

    @Inject
    private AgreementService agreements;

    @Inject
    private ResultDocumentCodec codec;

    @Inject
    private Clock clock;

    @POST
    @Operation(operationId = "replayMonthUnderProposedTerms", summary = "Replay a past month under proposed terms"
            + " (targets, weights, bands, prices, calendars) and show its report, quality score, band and invoice"
            + " next to the actual ones, without storing anything")
    @APIResponse(responseCode = "200", description = "The actual month, the month under the proposal and the difference",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public JsonObject whatIf(@PathParam("id") long id, WhatIfRequest request) {
        if (request == null) {
            throw new InvalidFieldException("body", "Send the month and the proposed terms as a JSON body");
        }
        YearMonth month = MonthJobResource.month(request.month);
        if (request.terms == null) {
            throw new InvalidFieldException("terms", "Give the proposed terms");
        }
        AgreementDetails agreement = agreements.find(id);
        AgreementRequestReader.Terms terms = AgreementRequestReader.readTerms(request.terms, "terms.",
                agreement.parent() != null);
        MonthCloseService.WhatIf answer = close.whatIf(id, month, terms.terms(), terms.serviceCalendars());
        JsonObject actual = document(agreement, month, answer.actual(), null);
        JsonObject proposed = document(agreement, month, answer.proposed(), answer.difference());
        return Json.createObjectBuilder().add("agreement", agreement.number()).add("month", month.toString())
                .add("actual", part(actual)).add("proposed", part(proposed))
                .add("difference", proposed.get("difference")).build();
    }

    /** The month written as the results' documents are, under a header that numbers nothing. */
    private JsonObject document(AgreementDetails agreement, YearMonth month, MonthClose figures,
                                MonthDifference difference) {
        ResultHeader header = new ResultHeader("what-if", 1, null, agreement.number(), agreement.title(), null, null,
                month, clock.instant(), Provenance.NONE);
        return read(codec.write(new ResultDocument(header, figures, difference)));
    }

    private static JsonObject part(JsonObject document) {
        return Json.createObjectBuilder().add("report", document.get("report")).add("quality", document.get("quality"))
                .add("invoice", document.get("invoice")).build();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
