package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicelevel.domain.InvalidFieldException;

/** Malformed escalation policies give errors at their field paths, never exceptions; well-formed edges pass. */
class EscalationPolicyValidationEdgesTest {

    private static final EscalationAction TO_ASSIGNEE = EscalationAction.notify("ASSIGNEE");

    private static List<String> fields(EscalationRule... rules) {
        return EscalationRule.problems(Arrays.asList(rules), Set.of(1, 2, 3)).stream()
                .map(InvalidFieldException::field).toList();
    }

    private static EscalationRule resolution(EscalationStep... steps) {
        return new EscalationRule("resolution", null, List.of(steps));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10%", "0%", "0.00%", "-0%", "1001%", "80.001%", "PT30X", "30 minutes", "P1M", "P1W",
            "PT0.5S", "-P400D", "80", "%", "1e2 %x"})
    void aMalformedAtIsAFieldError(String at) {
        assertEquals(List.of("terms.escalations[0].steps[1].at"), fields(resolution(
                new EscalationStep("ok", "50%", TO_ASSIGNEE), new EscalationStep("bad", at, TO_ASSIGNEE))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"150%", "100%", "0.01%", "1000%", "PT30M", "-PT1H", "-P1D", "PT0S", "P366D"})
    void aWellFormedAtIsAccepted(String at) {
        assertEquals(List.of(), fields(resolution(new EscalationStep("s", at, TO_ASSIGNEE))));
    }

    @Test
    void aRepetitionOfZeroNegativeOrOutOfRangeIsAFieldError() {
        assertEquals(List.of("terms.escalations[0].steps[0].repeatEvery", "terms.escalations[0].steps[1].repeatEvery",
                "terms.escalations[0].steps[2].repeatEvery", "terms.escalations[0].steps[3].repeatEvery"),
                fields(resolution(
                        new EscalationStep("zero", "100%", null, Duration.ZERO, List.of(TO_ASSIGNEE)),
                        new EscalationStep("negative", "PT1H", null, Duration.ofHours(-2), List.of(TO_ASSIGNEE)),
                        new EscalationStep("fraction", "150%", null, Duration.ofMillis(600_500), List.of(TO_ASSIGNEE)),
                        new EscalationStep("before due", "-PT1H", null, Duration.ofHours(1), List.of(TO_ASSIGNEE)))));
        assertEquals(List.of(), fields(resolution(
                new EscalationStep("a", "100%", TimeBasis.REAL, Duration.ofMinutes(5), List.of(TO_ASSIGNEE)),
                new EscalationStep("b", "PT30M", null, Duration.ofDays(31), List.of(TO_ASSIGNEE)))));
    }

    @Test
    void aMissingActionTypeAndBadMetricsArePathErrors() {
        assertEquals(List.of("terms.escalations[0].steps[0].actions[0].type"), fields(resolution(
                new EscalationStep("s", "80%", new EscalationAction(null, List.of("ASSIGNEE"), null, null, null)))));
        assertEquals(List.of("terms.escalations[0].metric", "terms.escalations[1].metric",
                "terms.escalations[2].metric"), fields(new EscalationRule("status:new-ish", null, List.of()),
                new EscalationRule("time", null, List.of()), new EscalationRule("status:1X", null, List.of())));
        assertEquals(List.of(), fields(new EscalationRule("Status:new", 2, List.of()),
                new EscalationRule("STATUS:*", null, List.of()), new EscalationRule("RESPONSE", 1, List.of())));
    }

    /**
     * docs/agreements.md: "A share is always of the target's working time" and "the steps of a rule
     * come due at different points (80% and 80.0% are the same point; an offset in working time and
     * the same offset in real time are not)". A share with "basis": "REAL" is still the same point as
     * the share in working time, so two such steps come due together.
     */
    @Test
    void aShareIsTheSamePointWhateverItsBasis() {
        assertEquals(List.of("terms.escalations[0].steps[1].at"), fields(resolution(
                new EscalationStep("a", "80%", TO_ASSIGNEE),
                new EscalationStep("b", "80%", TimeBasis.REAL, null, List.of(TO_ASSIGNEE)))));
        assertEquals(List.of("terms.escalations[0].steps[1].at"), fields(resolution(
                new EscalationStep("a", "100%", TO_ASSIGNEE),
                new EscalationStep("b", "PT0S", TimeBasis.REAL, null, List.of(TO_ASSIGNEE)))));
    }

    @Test
    void oddInputsGiveErrorsNotExceptions() {
        assertEquals(List.of("terms.escalations[0].steps[0].at", "terms.escalations[0].steps[0].actions"),
                fields(resolution(new EscalationStep(null, null, null, null, null))));
        assertEquals(List.of("terms.escalations[0].steps[0].actions[0].recipients[0]"), fields(resolution(
                new EscalationStep("s", "80%", new EscalationAction(EscalationActionType.NOTIFY, Arrays.asList(
                        (String) null), null, null, null)))));
        assertEquals(List.of("terms.escalations[0].steps[0].actions[0].group"), fields(resolution(
                new EscalationStep("s", "80%", new EscalationAction(EscalationActionType.MOVE_TO_GROUP, null,
                        "no such code!", null, null)))));
    }
}
