package org.servicelevel.domain.model.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A stored step: how late it fired counts from when it came due, also after a failed firing put it off. */
class ScheduledStepTest {

    private static final Instant DUE = Instant.parse("2026-03-02T08:30:01Z");

    private static ScheduledStep breach() {
        return new ScheduledStep(1, new PlannedStep("response", PlannedStep.BREACH, "breach", "100%", 0,
                "RECORD_BREACH", DUE), DUE.minusSeconds(1800));
    }

    @Test
    void aStepFiredOnTimeIsNotLate() {
        ScheduledStep step = breach();
        step.fired(DUE.plusMillis(40), "server", "breached");
        assertEquals(Duration.ofMillis(40), step.lateBy().orElseThrow());
    }

    @Test
    void aStepPutOffAfterAFailureCountsItsLatenessFromWhenItCameDue() {
        ScheduledStep step = breach();
        step.postpone(DUE.plusSeconds(300));
        step.postpone(DUE.plusSeconds(600));
        assertEquals(DUE.plusSeconds(600), step.dueAt(), "tried again then");
        assertEquals(DUE, step.cameDue());
        step.fired(DUE.plusSeconds(601), "server", "breached");
        assertEquals(Duration.ofSeconds(601), step.lateBy().orElseThrow());
    }

    @Test
    void aStepStoredBeforeStepsKnewTheirRuleStandsForEitherRuleUntilItFiresAsOne() {
        ScheduledStep legacy = new ScheduledStep(1, new PlannedStep("resolution", 0, "warning", "80%", 0, "NOTIFY",
                DUE), DUE.minusSeconds(1800));
        org.servicelevel.Fields.set(ScheduledStep.class, legacy, "rule", null);
        PlannedStep ofPriorityOne = new PlannedStep("resolution", 0, "warning", "80%", 0, "NOTIFY", DUE, 1);
        assertTrue(legacy.is(ofPriorityOne), "either rule");
        assertFalse(legacy.knowsItsRule(), "so a plan stores it again, with its rule");

        legacy.learnRuleFrom(ofPriorityOne);
        assertTrue(legacy.knowsItsRule());
        assertEquals(1, legacy.asFired().rule(), "fired as the step of priority 1's rule");
        assertFalse(legacy.is(new PlannedStep("resolution", 0, "warning", "80%", 0, "NOTIFY", DUE)),
                "no longer the step of the rule for all priorities");
    }
}
