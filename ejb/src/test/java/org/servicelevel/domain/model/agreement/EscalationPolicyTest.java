package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicelevel.domain.InvalidFieldException;

class EscalationPolicyTest {

    private static EscalationStep step(String name, String at, EscalationAction... actions) {
        return new EscalationStep(name, at, actions);
    }

    private static EscalationRule rule(String metric, Integer priority, EscalationStep... steps) {
        return new EscalationRule(metric, priority, List.of(steps));
    }

    private static List<String> problems(EscalationRule... rules) {
        return EscalationRule.problems(java.util.Arrays.asList(rules), Set.of(1, 2, 3)).stream()
                .map(InvalidFieldException::field).toList();
    }

    // ---- when a step comes due ----------------------------------------------------------------------

    @Test
    void aShareOfTheTargetIsReadWithUpToTwoDecimals() {
        StepAt eighty = StepAt.parse("80%").orElseThrow();
        assertTrue(eighty.isShare());
        assertTrue(eighty.beforeDue());
        assertEquals("80%", eighty.toString());
        assertEquals(5760, eighty.secondsOf(7200), "80 % of two hours");
        assertEquals(new BigDecimal("12.5"), StepAt.parse(" 12.50 % ").orElseThrow().percent());
        assertEquals("1000%", StepAt.parse("1000%").orElseThrow().toString());
        assertEquals("100%", StepAt.parse("100.00%").orElseThrow().toString());
        assertTrue(StepAt.parse("100.00%").orElseThrow().atDue());
        assertTrue(StepAt.parse("100%").orElseThrow().atDue());
        assertFalse(StepAt.parse("150%").orElseThrow().beforeDue());
        assertEquals(1, StepAt.parse("0.01%").orElseThrow().secondsOf(60), "rounded up to the second");
    }

    @Test
    void anOffsetIsBeforeOrAfterTheDueInstantAndZeroIsTheBreach() {
        StepAt before = StepAt.parse("-PT1H").orElseThrow();
        assertEquals(Duration.ofHours(-1), before.offset());
        assertTrue(before.beforeDue());
        StepAt after = StepAt.parse("PT30M").orElseThrow();
        assertFalse(after.beforeDue());
        assertFalse(after.atDue(), "an offset after the breach is not the breach");
        assertEquals("PT30M", after.toString());
        assertEquals(StepAt.DUE, StepAt.parse("PT0S").orElseThrow());
        assertTrue(StepAt.parse("P366D").isPresent(), "at most a year");
        assertTrue(StepAt.parse("-P1D").isPresent());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "0%", "-5%", "1000.01%", "80.125%", "eighty%", "%", "80", "soon", "P367D", "-P367D",
            "PT1.5S", "80%%", "PT30M%"})
    void anythingElseIsNoStepAt(String text) {
        assertEquals(Optional.empty(), StepAt.parse(text));
    }

    // ---- the rules of a policy ----------------------------------------------------------------------

    @Test
    void aValidPolicyHasNoProblems() {
        assertEquals(List.of(), problems(EscalationRule.DEFAULTS.toArray(EscalationRule[]::new)));
        assertEquals(List.of(), problems(
                rule("Resolution", 1, step("warning", "80%", EscalationAction.notify("assignee", "lead@example.com")),
                        new EscalationStep("breach", "100%", TimeBasis.REAL, Duration.ofHours(2),
                                List.of(EscalationAction.notify("AGREEMENT_OWNER")))),
                rule("status:new", null, step(null, "PT10M", EscalationAction.of(EscalationActionType.MOVE_TO_NEXT_LINE))),
                rule("status:*", 2),
                rule("response", null, step("early", "-PT1H", new EscalationAction(EscalationActionType.MOVE_TO_GROUP,
                        null, "l2", null, null)), step("tagged", "PT1H", new EscalationAction(EscalationActionType.TAG,
                        null, null, null, "Escalated")), step("note", "200%", new EscalationAction(
                        EscalationActionType.COMMENT, null, null, "Escalated by the policy", null)),
                        step("urgent", "300%", EscalationAction.of(EscalationActionType.RAISE_PRIORITY)))));
    }

    @Test
    void eachRuleOfARuleIsReportedWithItsFieldPath() {
        assertEquals(List.of("terms.escalations[0].metric", "terms.escalations[1].metric"),
                problems(rule("breaches", null), rule("status:", null)));
        assertEquals(List.of("terms.escalations[0].priority"), problems(rule("resolution", 7)));
        assertEquals(List.of("terms.escalations[1]"), problems(rule("resolution", 1), rule("RESOLUTION", 1)),
                "one rule per metric and priority");
        assertEquals(List.of(), problems(rule("resolution", 1), rule("resolution", null)));
        assertEquals(List.of("terms.escalations[1]"), problems(rule("resolution", null), null));
    }

    @Test
    void eachRuleOfAStepIsReportedWithItsFieldPath() {
        EscalationAction toAssignee = EscalationAction.notify("ASSIGNEE");
        assertEquals(List.of("terms.escalations[0].steps[1].at"), problems(rule("resolution", null,
                step("a", "80%", toAssignee), step("b", "eighty percent", toAssignee))));
        assertEquals(List.of("terms.escalations[0].steps[1].at"), problems(rule("resolution", null,
                step("a", "80%", toAssignee), step("b", "80.0%", toAssignee))), "two steps at the same point");
        assertEquals(List.of(), problems(rule("resolution", null, step("a", "PT1H", toAssignee),
                new EscalationStep("b", "PT1H", TimeBasis.REAL, null, List.of(toAssignee)))),
                "an hour of working time and a real hour are different points");
        assertEquals(List.of("terms.escalations[0].steps[1].name", "terms.escalations[0].steps[2].name"),
                problems(rule("resolution", null, step("a", "50%", toAssignee), step("a", "80%", toAssignee),
                        step("x".repeat(101), "90%", toAssignee))));
        assertEquals(List.of("terms.escalations[0].steps[0].repeatEvery", "terms.escalations[0].steps[1].repeatEvery",
                "terms.escalations[0].steps[2].repeatEvery"), problems(rule("resolution", null,
                new EscalationStep("early", "80%", null, Duration.ofHours(1), List.of(toAssignee)),
                new EscalationStep("often", "100%", null, Duration.ofMinutes(4), List.of(toAssignee)),
                new EscalationStep("rarely", "PT1H", null, Duration.ofDays(32), List.of(toAssignee)))));
        assertEquals(List.of("terms.escalations[0].steps[0].actions", "terms.escalations[1].steps"), problems(
                rule("resolution", null, step("idle", "80%")),
                new EscalationRule("response", null, java.util.Collections.nCopies(21, step(null, "80%", toAssignee)))));
    }

    @Test
    void eachRuleOfAnActionIsReportedWithItsFieldPath() {
        String path = "terms.escalations[0].steps[0].actions";
        assertEquals(List.of(path + "[0].type", path + "[1].recipients", path + "[2].recipients[1]",
                path + "[3].group", path + "[4].text", path + "[5].tag"), problems(rule("resolution", null,
                step("all wrong", "100%",
                        new EscalationAction(null, null, null, null, null),
                        new EscalationAction(EscalationActionType.NOTIFY, List.of(), null, null, null),
                        EscalationAction.notify("GROUP", "the boss"),
                        EscalationAction.of(EscalationActionType.MOVE_TO_GROUP),
                        new EscalationAction(EscalationActionType.COMMENT, null, null, "x".repeat(2001), null),
                        new EscalationAction(EscalationActionType.TAG, null, null, null, " ")))));
    }

    @Test
    void incompleteRulesAreReportedNotStored() {
        TermsFixture f = new TermsFixture();
        f.escalations.add(new EscalationRule(null, null, List.of()));
        f.escalations.add(rule("resolution", null, step(null, null, EscalationAction.notify("ASSIGNEE")),
                step(null, "80%", new EscalationAction(null, null, null, null, null),
                        new EscalationAction(EscalationActionType.NOTIFY, java.util.Arrays.asList("GROUP", null), null,
                                null, null))));
        assertEquals(List.of("terms.escalations[0].metric", "terms.escalations[1].steps[0].at",
                "terms.escalations[1].steps[1].actions[0].type", "terms.escalations[1].steps[1].actions[1].recipients[1]"),
                f.build().problems(AgreementType.SLA).stream().map(InvalidFieldException::field).toList());
    }

    @Test
    void aPolicyHasAtMostAHundredRules() {
        List<EscalationRule> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(rule("status:S" + i, null));
        }
        assertEquals(List.of("terms.escalations"), EscalationRule.problems(many, Set.of()).stream()
                .map(InvalidFieldException::field).toList());
    }

    @Test
    void theTermsCheckTheirPolicyAgainstTheirOwnPriorities() {
        TermsFixture f = new TermsFixture();
        f.escalations.add(rule("resolution", 3, step("late", "100%", EscalationAction.notify("GROUP"))));
        f.escalations.add(rule("resolution", 4, step("late", "100%", EscalationAction.notify("GROUP"))));
        assertEquals(List.of("terms.escalations[1].priority"), f.build().problems(AgreementType.SLA).stream()
                .map(InvalidFieldException::field).toList());
    }

    // ---- which rule governs a clock -----------------------------------------------------------------

    @Test
    void theMostSpecificRuleWins() {
        List<EscalationStep> critical = List.of(step("lead", "100%", EscalationAction.notify("GROUP_LEAD")));
        List<EscalationStep> anyResolution = List.of(step("warning", "80%", EscalationAction.notify("ASSIGNEE")));
        List<EscalationStep> newTickets = List.of(step("new", "100%", EscalationAction.notify("GROUP")));
        List<EscalationStep> anyStatus = List.of(step("status", "100%", EscalationAction.notify("ASSIGNEE")));
        List<EscalationStep> anyStatusP1 = List.of(step("status p1", "100%", EscalationAction.notify("GROUP_LEAD")));
        List<EscalationRule> rules = List.of(
                new EscalationRule("resolution", null, anyResolution),
                new EscalationRule("resolution", 1, critical),
                new EscalationRule("status:*", null, anyStatus),
                new EscalationRule("status:*", 1, anyStatusP1),
                new EscalationRule("status:NEW", null, newTickets));
        assertEquals(critical, EscalationRule.stepsFor(rules, "resolution", 1), "the metric and the priority");
        assertEquals(anyResolution, EscalationRule.stepsFor(rules, "RESOLUTION", 2), "the metric for all priorities");
        assertEquals(newTickets, EscalationRule.stepsFor(rules, "status:new", 1),
                "the exact status before every status, even one for the priority");
        assertEquals(anyStatusP1, EscalationRule.stepsFor(rules, "status:IN_PROGRESS", 1));
        assertEquals(anyStatus, EscalationRule.stepsFor(rules, "status:IN_PROGRESS", 2));
        assertEquals(List.of(), EscalationRule.stepsFor(rules, "response", 1),
                "terms with rules but none for the metric do not escalate it");
    }

    @Test
    void termsWithoutRulesFollowTheDefaultPolicy() {
        List<EscalationStep> response = EscalationRule.stepsFor(List.of(), "response", 3);
        assertEquals(List.of("80%", "100%"), response.stream().map(EscalationStep::at).toList());
        assertEquals(List.of("ASSIGNEE", "GROUP"), response.get(0).actions().get(0).recipients());
        assertEquals(List.of("ASSIGNEE", "GROUP_LEAD", "AGREEMENT_OWNER"), response.get(1).actions().get(0).recipients());
        assertEquals(response, EscalationRule.stepsFor(List.of(), "resolution", 1));
        assertEquals(List.of("limit passed"), EscalationRule.stepsFor(List.of(), "status:NEW", 1).stream()
                .map(EscalationStep::label).toList());
        assertEquals(response, new TermsFixture().build().escalationSteps("response", 3));
    }

    @Test
    void aRuleWithoutStepsSwitchesEscalationOffForWhatItCovers() {
        List<EscalationStep> warn = List.of(step("warning", "80%", EscalationAction.notify("ASSIGNEE")));
        List<EscalationRule> rules = List.of(new EscalationRule("resolution", null, warn),
                new EscalationRule("resolution", 5, List.of()));
        assertEquals(List.of(), EscalationRule.stepsFor(rules, "resolution", 5));
        assertEquals(warn, EscalationRule.stepsFor(rules, "resolution", 4));
        assertEquals(List.of(), EscalationRule.stepsFor(List.of(new EscalationRule("status:*", null, List.of())),
                "status:NEW", 1), "no default policy once the terms name a rule");
    }

    // ---- storage and inheritance ----------------------------------------------------------------------

    @Test
    void rulesSurviveTheirJsonStorageUnchanged() {
        List<EscalationRule> rules = List.of(
                rule("resolution", null, step("warning", "50%", EscalationAction.notify("ASSIGNEE")),
                        new EscalationStep("breach", "100%", TimeBasis.REAL, Duration.ofHours(2), List.of(
                                EscalationAction.notify("AGREEMENT_OWNER", "coordinator@acme.example"),
                                new EscalationAction(EscalationActionType.COMMENT, null, null, "Breached:\n\"act\"", null),
                                new EscalationAction(EscalationActionType.TAG, null, null, null, "escalated")))),
                rule("response", 1, step(null, "PT15M", new EscalationAction(EscalationActionType.MOVE_TO_GROUP, null,
                        "L2", null, null)), step("raise", "-PT5M", EscalationAction.of(EscalationActionType.RAISE_PRIORITY))),
                rule("status:*", 2));
        String json = EscalationRulesJson.write(rules);
        assertEquals(rules, EscalationRulesJson.read(json));
        assertEquals(json, EscalationRulesJson.write(EscalationRulesJson.read(json)));
        assertNull(EscalationRulesJson.write(List.of()), "the default policy is stored as NULL");
        assertEquals(List.of(), EscalationRulesJson.read(null));
        assertEquals(List.of(), EscalationRulesJson.read(" "));
    }

    @Test
    void aVersionKeepsItsRules() {
        TermsFixture f = new TermsFixture();
        f.escalations.add(rule("resolution", 1, step("warning", "80%", EscalationAction.notify("GROUP"))));
        AgreementTerms terms = f.build();
        java.time.Instant now = java.time.Instant.parse("2026-03-02T09:00:00Z");
        Agreement agreement = new Agreement("SLA-ACME", AgreementType.SLA, new Agreement.Header("Workplace support",
                new org.servicelevel.domain.model.customer.Organisation("ACME", "ACME Manufacturing", now), null, null,
                null, "Europe/Berlin", java.time.LocalDate.of(2026, 1, 1), null, null, "max"), terms, now, "max");
        assertEquals(terms.escalations(), agreement.versions().get(0).terms().escalations());
    }

    @Test
    void aChildWithoutRulesInheritsItsParentsAndOneWithRulesKeepsItsOwn() {
        TermsFixture parent = new TermsFixture();
        parent.escalations.add(rule("resolution", null, step("warning", "80%", EscalationAction.notify("GROUP"))));
        AgreementTerms parentTerms = parent.build();
        assertEquals(parentTerms.escalations(), new TermsFixture().build().inheritingFrom(parentTerms).escalations());
        TermsFixture child = new TermsFixture();
        child.escalations.add(rule("resolution", null));
        assertEquals(child.escalations, child.build().inheritingFrom(parentTerms).escalations());
        assertEquals(List.of(), new TermsFixture().build().inheritingFrom(new TermsFixture().build()).escalations(),
                "neither names rules: the default policy");
    }

    // ---- what an amendment changes ------------------------------------------------------------------

    @Test
    void theDiffNamesEachChangedValueOfAPolicy() {
        TermsFixture before = new TermsFixture();
        before.escalations.add(rule("response", 1, step("lead", "100%", EscalationAction.notify("GROUP_LEAD"))));
        before.escalations.add(rule("resolution", null, step("warning", "50%", EscalationAction.notify("ASSIGNEE")),
                step("late", "80%", EscalationAction.notify("ASSIGNEE"))));
        TermsFixture after = new TermsFixture();
        after.escalations.add(before.escalations.get(0));
        after.escalations.add(rule("resolution", null, step("warning", "50%", EscalationAction.notify("ASSIGNEE")),
                step("late", "90%", EscalationAction.notify("ASSIGNEE", "GROUP"))));
        List<TermsDiff.Change> changes = TermsDiff.between(before.build(), after.build());
        assertEquals(List.of(new TermsDiff.Change("escalations[2].steps[2].at", "80%", "90%"),
                new TermsDiff.Change("escalations[2].steps[2].actions[1].recipients[2]", null, "GROUP")), changes);
        assertEquals("escalations[2].steps[2].at: 80% -> 90%; escalations[2].steps[2].actions[1].recipients[2]:"
                + " none -> GROUP", TermsDiff.describe(changes));
    }

    @Test
    void theDiffSaysWhenTermsLeaveOrReturnToTheDefaultPolicy() {
        TermsFixture own = new TermsFixture();
        own.escalations.add(rule("status:*", null));
        List<TermsDiff.Change> leaving = TermsDiff.between(new TermsFixture().build(), own.build());
        assertEquals(List.of(new TermsDiff.Change("escalations", "default policy", "[{metric=status:*, steps=[]}]")),
                leaving);
        assertEquals(List.of(new TermsDiff.Change("escalations", "[{metric=status:*, steps=[]}]", "default policy")),
                TermsDiff.between(own.build(), new TermsFixture().build()));
    }
}
