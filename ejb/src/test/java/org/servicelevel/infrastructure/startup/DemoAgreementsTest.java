package org.servicelevel.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.EscalationAction;
import org.servicelevel.domain.model.agreement.EscalationStep;

/** The sample SLA's terms keep the agreement rules; a refused set would fail the start with demo data. */
class DemoAgreementsTest {

    private static List<String> labels(List<EscalationStep> steps) {
        return steps.stream().map(s -> s.label() + " " + s.at() + " " + s.actions().stream()
                .map(EscalationAction::describe).toList()).toList();
    }

    @Test
    void theSampleSlaEscalatesAsItsPolicySays() {
        AgreementTerms terms = DemoAgreements.slaTerms();
        assertEquals(List.of(), terms.problems(AgreementType.SLA));
        assertEquals(List.of("half the time 50% [NOTIFY ASSIGNEE]", "warning 80% [NOTIFY ASSIGNEE]",
                "breach 100% [NOTIFY AGREEMENT_OWNER, CUSTOMER_COORDINATOR]"),
                labels(terms.escalationSteps("resolution", 1)));
        assertEquals(List.of("not taken 100% [NOTIFY GROUP_LEAD]", "second line PT15M [MOVE_TO_NEXT_LINE]"),
                labels(terms.escalationSteps("response", 1)));
        assertEquals(List.of("breach 100% [NOTIFY AGREEMENT_OWNER, CUSTOMER_COORDINATOR]"),
                labels(terms.escalationSteps("response", 3)));
        assertEquals(List.of("limit passed 100% [NOTIFY GROUP]"), labels(terms.escalationSteps("status:NEW", 1)));
    }
}
