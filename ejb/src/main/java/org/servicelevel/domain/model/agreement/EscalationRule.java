package org.servicelevel.domain.model.agreement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicelevel.domain.InvalidFieldException;

/**
 * The escalation policy of one clock metric, for one priority or for all: its ordered steps. The
 * metric is {@code response}, {@code resolution}, {@code status:<CODE>} for a time-in-status limit,
 * or {@code status:*} for every time-in-status limit. A rule without steps switches escalation off
 * for what it covers.
 *
 * <p>For a clock, the most specific rule applies: the metric and the clock's priority, then the metric
 * for all priorities, then (for time-in-status clocks) {@code status:*} likewise. Terms that name no
 * rule at all follow {@link #DEFAULTS}.
 *
 * @param priority the priority the rule is for, {@code null} for all
 */
public record EscalationRule(String metric, Integer priority, List<EscalationStep> steps) {

    /** The {@link #scope()} of a rule for all priorities (priority numbers start at 1). */
    public static final int ALL_PRIORITIES = 0;

    /** A time-in-status rule for every status. */
    public static final String ANY_STATUS = "status:*";

    private static final Pattern STATUS_METRIC = Pattern.compile("status:[A-Z][A-Z0-9_]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    private static final int MAX_RULES = 100;
    private static final int MAX_STEPS = 20;
    private static final int MAX_ACTIONS = 10;
    private static final int MAX_RECIPIENTS = 20;
    private static final Duration MIN_REPEAT = Duration.ofMinutes(5);
    private static final Duration MAX_REPEAT = Duration.ofDays(31);

    /**
     * The policy of terms that name none: the assignee and the support group are warned at 80 % of a
     * response or resolution target; at the breach the assignee, the group's lead and the agreement's
     * owner are told; a time-in-status limit passed tells the group.
     */
    public static final List<EscalationRule> DEFAULTS = List.of(
            defaultFor("response"), defaultFor("resolution"),
            new EscalationRule(ANY_STATUS, null, List.of(new EscalationStep("limit passed", "100%",
                    EscalationAction.notify("GROUP")))));

    public EscalationRule {
        metric = normalised(metric);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    private static EscalationRule defaultFor(String metric) {
        return new EscalationRule(metric, null, List.of(
                new EscalationStep("warning", "80%", EscalationAction.notify("ASSIGNEE", "GROUP")),
                new EscalationStep("breach", "100%", EscalationAction.notify("ASSIGNEE", "GROUP_LEAD",
                        "AGREEMENT_OWNER"))));
    }

    private static String normalised(String metric) {
        if (metric == null || metric.isBlank()) {
            return null;
        }
        String m = metric.strip();
        if (m.regionMatches(true, 0, "status:", 0, 7)) {
            return "status:" + m.substring(7).strip().toUpperCase(Locale.ROOT);
        }
        return m.toLowerCase(Locale.ROOT);
    }

    /** Whether this rule is for the metric exactly (or for every status) and the priority (or all). */
    private boolean covers(String clockMetric, Integer clockPriority, boolean exactMetric, boolean anyPriority) {
        boolean metricMatches = exactMetric ? clockMetric.equals(metric)
                : clockMetric.startsWith("status:") && ANY_STATUS.equals(metric);
        return metricMatches && (anyPriority ? priority == null : priority != null && priority.equals(clockPriority));
    }

    /**
     * The steps for a clock of {@code clockMetric} at {@code clockPriority} under {@code rules}, or
     * under {@link #DEFAULTS} when {@code rules} is empty; empty when no rule covers it.
     */
    public static List<EscalationStep> stepsFor(List<EscalationRule> rules, String clockMetric, Integer clockPriority) {
        return ruleFor(rules, clockMetric, clockPriority).map(EscalationRule::steps).orElse(List.of());
    }

    /** The rule whose steps {@link #stepsFor} gives, if any covers the clock. */
    public static Optional<EscalationRule> ruleFor(List<EscalationRule> rules, String clockMetric,
                                                   Integer clockPriority) {
        List<EscalationRule> governing = rules.isEmpty() ? DEFAULTS : rules;
        String m = normalised(clockMetric);
        for (boolean exact : new boolean[] {true, false}) {
            for (boolean any : new boolean[] {false, true}) {
                Optional<EscalationRule> found = governing.stream().filter(r -> r.covers(m, clockPriority, exact, any))
                        .findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Which rule a step belongs to, as part of the step's identity: the priority the rule is for, or
     * {@link #ALL_PRIORITIES} for a rule for all priorities.
     */
    public int scope() {
        return priority == null ? ALL_PRIORITIES : priority;
    }

    /**
     * Every rule the policy breaks, against the field paths of a request ({@code escalations[0].steps[1].at});
     * {@code priorities} are the agreement's priority numbers. Whether a named support group exists is
     * checked by whoever knows the groups.
     */
    public static List<InvalidFieldException> problems(List<EscalationRule> rules, Set<Integer> priorities) {
        List<InvalidFieldException> errors = new ArrayList<>();
        if (rules.size() > MAX_RULES) {
            errors.add(error("escalations", "At most " + MAX_RULES + " escalation rules"));
            return errors;
        }
        Set<String> covered = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            EscalationRule rule = rules.get(i);
            String path = "escalations[" + i + "]";
            if (rule == null) {
                errors.add(error(path, "Give the rule's metric and steps"));
                continue;
            }
            String m = rule.metric();
            if (m == null || !(m.equals("response") || m.equals("resolution") || m.equals(ANY_STATUS)
                    || STATUS_METRIC.matcher(m).matches())) {
                errors.add(error(path + ".metric", "Give the metric: response, resolution, status:<CODE> (e.g."
                        + " status:NEW) or status:* for every time-in-status limit"));
            }
            if (rule.priority() != null && !priorities.contains(rule.priority())) {
                errors.add(error(path + ".priority", "Priority " + rule.priority() + " is not one of this"
                        + " agreement's; omit it for all priorities"));
            }
            if (m != null && !covered.add(m + "/" + rule.priority())) {
                errors.add(error(path, "There is a rule for " + m + (rule.priority() == null ? " and all priorities"
                        : " and priority " + rule.priority()) + " already"));
            }
            checkSteps(rule.steps(), path, errors);
        }
        return errors;
    }

    private static void checkSteps(List<EscalationStep> steps, String rulePath, List<InvalidFieldException> errors) {
        if (steps.size() > MAX_STEPS) {
            errors.add(error(rulePath + ".steps", "At most " + MAX_STEPS + " steps per rule"));
            return;
        }
        Set<String> ats = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int j = 0; j < steps.size(); j++) {
            EscalationStep step = steps.get(j);
            String path = rulePath + ".steps[" + j + "]";
            if (step == null) {
                errors.add(error(path, "Give the step's at and actions"));
                continue;
            }
            Optional<StepAt> when = step.when();
            if (when.isEmpty()) {
                errors.add(error(path + ".at", "Give when the step comes due: a share of the target such as 80%"
                        + " (100% is the breach, at most 1000%), or an offset from the due instant such as PT30M"
                        + " after it or -PT1H before it (at most a year, whole seconds)"));
            } else if (!ats.add(when.get().isShare() ? when.get().toString() : when.get() + "/" + step.basis())) {
                // a share is counted in the clock's working time whatever the step's basis says
                errors.add(error(path + ".at", "Another step of this rule comes due at " + step.at() + " already"));
            }
            if (step.name() != null && (step.name().length() > 100 || !names.add(step.name()))) {
                errors.add(error(path + ".name", step.name().length() > 100 ? "A step's name has at most 100"
                        + " characters" : "Another step of this rule is called '" + step.name() + "' already"));
            }
            if (step.repeatEvery() != null) {
                if (when.isPresent() && when.get().beforeDue()) {
                    errors.add(error(path + ".repeatEvery", "Only a step at or after the breach repeats (while the"
                            + " clock stays breached)"));
                } else if (step.repeatEvery().compareTo(MIN_REPEAT) < 0 || step.repeatEvery().compareTo(MAX_REPEAT) > 0
                        || step.repeatEvery().getNano() != 0) {
                    errors.add(error(path + ".repeatEvery", "A repetition interval is from PT5M to P31D in whole"
                            + " seconds"));
                }
            }
            if (step.actions().isEmpty() || step.actions().size() > MAX_ACTIONS) {
                errors.add(error(path + ".actions", "A step has 1 to " + MAX_ACTIONS + " actions"));
            }
            for (int k = 0; k < step.actions().size(); k++) {
                checkAction(step.actions().get(k), path + ".actions[" + k + "]", errors);
            }
        }
    }

    private static void checkAction(EscalationAction action, String path, List<InvalidFieldException> errors) {
        if (action == null || action.type() == null) {
            errors.add(error(path + ".type", "Give the action's type: " + List.of(EscalationActionType.values())));
            return;
        }
        switch (action.type()) {
            case NOTIFY -> {
                if (action.recipients().isEmpty() || action.recipients().size() > MAX_RECIPIENTS) {
                    errors.add(error(path + ".recipients", "Name 1 to " + MAX_RECIPIENTS + " recipients: "
                            + List.of(EscalationRecipient.values()) + " or e-mail addresses"));
                }
                for (int r = 0; r < action.recipients().size(); r++) {
                    String who = action.recipients().get(r);
                    if (EscalationRecipient.named(who).isEmpty()
                            && (who == null || who.length() > 320 || !EMAIL.matcher(who).matches())) {
                        errors.add(error(path + ".recipients[" + r + "]", "A recipient is one of "
                                + List.of(EscalationRecipient.values()) + " or an address such as desk@example.com"));
                    }
                }
            }
            case MOVE_TO_GROUP -> {
                if (action.group() == null || !CODE.matcher(action.group()).matches()) {
                    errors.add(error(path + ".group", "Name the support group by its code, e.g. L2"));
                }
            }
            case COMMENT -> {
                if (action.text() == null || action.text().length() > 2000) {
                    errors.add(error(path + ".text", "A comment has 1 to 2000 characters"));
                }
            }
            case TAG -> {
                if (action.tag() == null || action.tag().length() > 100) {
                    errors.add(error(path + ".tag", "A tag has 1 to 100 characters"));
                }
            }
            default -> {
                // moving to the next line and raising the priority need nothing more
            }
        }
    }

    private static InvalidFieldException error(String field, String message) {
        return new InvalidFieldException("terms." + field, message);
    }
}
