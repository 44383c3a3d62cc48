package org.servicelevel.interfaces.web.selection;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.servicelevel.application.selection.SelectionOutcome;
import org.servicelevel.interfaces.web.agreement.AgreementRows;

/**
 * What trying the rules on a ticket's facts came to, worded for the page: the agreement and version,
 * service, priority and targets a ticket with these facts would get, the rule that chose them and why
 * the priority is this one, or that no rule applies; and the service's account of how each rule was
 * decided. The service words that account and the priority's reason in English; they are shown in the
 * reader's language where the catalogue of refusals knows the sentence.
 */
public record TryOutcome(boolean matched, String summary, Long agreementId, String agreement, String rule,
                         String priority, String priorityReason, String targets, List<String> trace)
        implements Serializable {

    public TryOutcome {
        trace = List.copyOf(trace);
    }

    /** The outcome worded with {@code texts}, the service's sentences put into the reader's language by {@code inLanguage}. */
    static TryOutcome of(SelectionOutcome o, ResourceBundle texts, UnaryOperator<String> inLanguage) {
        List<String> trace = o.trace().stream().map(inLanguage).toList();
        if (!o.matched()) {
            return new TryOutcome(false, texts.getString("rules.try.none"), null, null, null, null, null, null, trace);
        }
        String priority = o.priority() + (o.priorityName() == null ? "" : " · " + o.priorityName());
        String targets = target(texts, "rules.try.response", o.responseTarget()) + target(texts, "rules.try.resolution",
                o.resolutionTarget());
        return new TryOutcome(true, AgreementRows.format(texts, "rules.try.matched", o.agreement(), o.agreementVersion(),
                o.service(), priority), o.agreementId(), o.agreement(), o.ruleName(), priority,
                inLanguage.apply(o.priorityReason()), targets.strip(), trace);
    }

    private static String target(ResourceBundle texts, String key, String iso) {
        return iso == null ? "" : AgreementRows.format(texts, key, AgreementRows.inHours(Duration.parse(iso), texts)) + " ";
    }
}
