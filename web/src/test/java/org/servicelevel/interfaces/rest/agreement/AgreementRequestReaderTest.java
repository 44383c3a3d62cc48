package org.servicelevel.interfaces.rest.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationActionType;
import org.servicelevel.domain.model.agreement.EscalationRule;
import org.servicelevel.domain.model.agreement.EscalationStep;
import org.servicelevel.domain.model.agreement.LatePenalty;
import org.servicelevel.domain.model.agreement.LatePenaltyRate;
import org.servicelevel.domain.model.agreement.TermsDiff;
import org.servicelevel.domain.model.agreement.ThresholdComparison;
import org.servicelevel.domain.model.agreement.TimeBasis;
import org.servicelevel.interfaces.rest.json.StrictJson;

/** Escalation policies are read from the terms of a request, and every unreadable value is named by its path. */
class AgreementRequestReaderTest {

    private static final String POLICY = """
            [{"metric":"resolution","steps":[
                {"name":"warning","at":"80%","actions":[{"type":"NOTIFY","recipients":["assignee","group-lead","lead@example.com"]}]},
                {"name":"breach","at":"100%","basis":"real","repeatEvery":"PT2H",
                 "actions":[{"type":"notify","recipients":["AGREEMENT_OWNER"]},{"type":"TAG","tag":"escalated"},
                            {"type":"COMMENT","text":"Breached.\\nCall the customer."}]}]},
             {"metric":"response","priority":1,"steps":[
                {"at":"PT15M","actions":[{"type":"MOVE_TO_GROUP","group":"l2"},{"type":"MOVE_TO_NEXT_LINE"},
                                         {"type":"RAISE_PRIORITY"}]}]},
             {"metric":"status:*","steps":[]}]""";

    private static AgreementTerms terms(String escalations) {
        AgreementRequest request = StrictJson.read("""
                {"number":"SLA-1","type":"SLA","terms":{"escalations":%s}}""".formatted(escalations),
                AgreementRequest.class);
        return AgreementRequestReader.read(request).terms();
    }

    private static List<String> fields(String escalations) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> terms(escalations));
        e.errors().forEach(f -> assertFalse(f.getMessage().contains("java.") || f.getMessage().contains("Exception"),
                f.getMessage()));
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void aPolicyIsReadRuleByRuleStepByStep() {
        List<EscalationRule> rules = terms(POLICY).escalations();
        assertEquals(List.of(
                new EscalationRule("resolution", null, List.of(
                        new EscalationStep("warning", "80%", EscalationAction.notify("ASSIGNEE", "GROUP_LEAD",
                                "lead@example.com")),
                        new EscalationStep("breach", "100%", TimeBasis.REAL, Duration.ofHours(2), List.of(
                                EscalationAction.notify("AGREEMENT_OWNER"),
                                new EscalationAction(EscalationActionType.TAG, null, null, null, "escalated"),
                                new EscalationAction(EscalationActionType.COMMENT, null, null,
                                        "Breached.\nCall the customer.", null))))),
                new EscalationRule("response", 1, List.of(new EscalationStep(null, "PT15M",
                        new EscalationAction(EscalationActionType.MOVE_TO_GROUP, null, "L2", null, null),
                        EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE),
                        EscalationAction.of(EscalationActionType.RAISE_PRIORITY)))),
                new EscalationRule("status:*", null, List.of())), rules);
        assertEquals(TimeBasis.WORKING, rules.get(0).steps().get(0).basis(), "working time unless it says REAL");
    }

    @Test
    void termsWithoutAPolicyFollowTheDefaultOne() {
        assertEquals(List.of(), terms("[]").escalations());
        AgreementRequest request = StrictJson.read("{\"number\":\"SLA-1\",\"type\":\"SLA\",\"terms\":{}}",
                AgreementRequest.class);
        assertEquals(List.of(), AgreementRequestReader.read(request).terms().escalations());
    }

    @Test
    void unreadableValuesAreNamedByTheirPath() {
        assertEquals(List.of("terms.escalations[0].steps[1].actions[0].type", "terms.escalations[0].steps[1].basis",
                "terms.escalations[0].steps[1].repeatEvery", "terms.escalations[1]"), fields("""
                [{"metric":"resolution","steps":[
                    {"at":"80%","actions":[{"type":"NOTIFY","recipients":["ASSIGNEE"]}]},
                    {"at":"100%","basis":"LUNAR","repeatEvery":"every two hours","actions":[{"type":"SHOUT"}]}]},
                 null]"""));
        assertEquals(List.of("terms.escalations[0].steps[0]", "terms.escalations[0].steps[1].actions[0]"), fields("""
                [{"metric":"resolution","steps":[null,{"at":"80%","actions":[null]}]}]"""));
    }

    @Test
    void aMemberAnActionDoesNotHaveIsRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> terms("""
                [{"metric":"resolution","steps":[{"at":"80%","actions":[{"type":"NOTIFY","recipient":"ASSIGNEE"}]}]}]"""));
        assertTrue(e.errors().get(0).field().contains("escalations[0].steps[0].actions[0].recipient"),
                e.errors().toString());
    }

    @Test
    void aPartSentOnItsOwnIsNamedFromItsBody() {
        PartRequests.EscalationsRequest body = StrictJson.read("""
                {"escalations":[{"metric":"resolution","steps":[{"at":"80%","basis":"LUNAR","actions":[]}]}]}""",
                PartRequests.EscalationsRequest.class);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AgreementRequestReader.readTerms(body.terms()));
        assertEquals(List.of("escalations[0].steps[0].basis"), e.errors().stream().map(InvalidFieldException::field)
                .toList());
    }

    @Test
    void theViewOfAPolicyIsReadBackAsTheSamePolicy() throws Exception {
        AgreementTerms sent = terms(POLICY);
        AgreementViews.TermsView view = AgreementViews.terms(sent, Map.of());
        String shown;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            shown = jsonb.toJson(Map.of("number", "SLA-1", "type", "SLA", "terms", Map.of("escalations",
                    view.escalations())));
        }
        assertFalse(shown.contains("\"recipients\":[]"), "an action shows only the fields of its type: " + shown);
        AgreementTerms read = AgreementRequestReader.read(StrictJson.read(shown, AgreementRequest.class)).terms();
        assertEquals(sent.escalations(), read.escalations());
    }

    private static AgreementTerms termsOf(String termsJson) {
        return AgreementRequestReader.read(StrictJson.read("""
                {"number":"SLA-1","type":"SLA","terms":%s}""".formatted(termsJson), AgreementRequest.class)).terms();
    }

    private static final String CLOSE_TERMS = """
            {"currency":"EUR","agreementVolume":100,"plannedDevelopmentHours":37.5,
             "metrics":[{"kind":"SURVEY","question":"Informed?","threshold":70,"comparison":"greater_than","weight":0.5},
                        {"kind":"SURVEY","question":"Resolved?","threshold":80,"weight":0.5}],
             "latePenalty":{"priorities":[{"priority":1,"amount":200,"perStartedHour":25.5},{"priority":2,"amount":0}],
                            "monthlyCap":1000}}""";

    @Test
    void theInvoiceTermsAreReadAndShownInTheShapeTheyAreSent() throws Exception {
        AgreementTerms sent = termsOf(CLOSE_TERMS);
        assertEquals(100, sent.agreementVolume());
        assertEquals(new BigDecimal("37.5"), sent.plannedDevelopmentHours());
        assertEquals(ThresholdComparison.GREATER_THAN, sent.metrics().get(0).comparison());
        assertEquals(ThresholdComparison.AT_LEAST, sent.metrics().get(1).comparison(), "left out: at least");
        assertEquals(new LatePenalty(List.of(new LatePenaltyRate(1, new BigDecimal("200"), new BigDecimal("25.5")),
                new LatePenaltyRate(2, BigDecimal.ZERO, null)), new BigDecimal("1000")), sent.latePenalty());

        AgreementViews.TermsView view = AgreementViews.terms(sent, Map.of());
        assertEquals(new BigDecimal("200.00"), view.latePenalty().priorities().get(0).amount(),
                "amounts are shown with the currency's two decimals");
        assertEquals(new BigDecimal("25.50"), view.latePenalty().priorities().get(0).perStartedHour());
        String shown;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            shown = jsonb.toJson(Map.of("number", "SLA-1", "type", "SLA", "terms", view));
        }
        AgreementTerms read = AgreementRequestReader.read(StrictJson.read(shown, AgreementRequest.class)).terms();
        assertTrue(AgreementTerms.same(sent, read), shown);
        assertEquals(List.of(), TermsDiff.between(sent, read));
    }

    @Test
    void unreadableInvoiceTermsAreNamedByTheirPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> termsOf("""
                {"metrics":[{"kind":"SURVEY","question":"Q","threshold":70,"comparison":"MORE","weight":1}],
                 "latePenalty":{"priorities":[{"amount":1},null]}}"""));
        assertEquals(List.of("terms.metrics[0].comparison", "terms.latePenalty.priorities[0].priority",
                "terms.latePenalty.priorities[1]"), e.errors().stream().map(InvalidFieldException::field).toList());
    }
}
