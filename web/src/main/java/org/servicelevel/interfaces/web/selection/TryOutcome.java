package org.servicelevel.interfaces.web.selection;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import org.servicelevel.application.selection.SelectionOutcome;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * What trying the rules on a ticket's facts came to, worded for the page: the agreement and version,
 * service, priority and targets a ticket with these facts would get and the rule that chose them, or
 * that no rule applies; and the service's account of how each rule was decided.
 */
public record TryOutcome(boolean matched, String summary, Long agreementId, String agreement, String rule,
                         String priority, String targets, List<String> trace) implements Serializable {

    public TryOutcome {
        trace = List.copyOf(trace);
    }

    static TryOutcome of(SelectionOutcome o, ResourceBundle texts) {
        if (!o.matched()) {
            return new TryOutcome(false, texts.getString("rules.try.none"), null, null, null, null, null, o.trace());
        }
        String priority = o.priority() + (o.priorityName() == null ? "" : " · " + o.priorityName());
        String targets = target(texts, "rules.try.response", o.responseTarget()) + target(texts, "rules.try.resolution",
                o.resolutionTarget());
        return new TryOutcome(true, AgreementRows.format(texts, "rules.try.matched", o.agreement(), o.agreementVersion(),
                o.service(), priority), o.agreementId(), o.agreement(), o.ruleName(), priority, targets.strip(),
                o.trace());
    }

    private static String target(ResourceBundle texts, String key, String iso) {
        return iso == null ? "" : AgreementRows.format(texts, key, AgreementRows.inHours(Duration.parse(iso), texts)) + " ";
    }
}
