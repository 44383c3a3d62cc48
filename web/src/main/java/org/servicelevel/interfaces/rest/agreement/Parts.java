package org.servicelevel.interfaces.rest.agreement;

import java.math.BigDecimal;
import java.util.List;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.EscalationRuleView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.MatrixCellView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.MetricView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.PenaltyBandView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.PriorityView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.ServiceTargetView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.ServiceView;
import org.servicelevel.interfaces.rest.agreement.AgreementViews.StatusLimitView;

/**
 * The parts of an agreement's terms served as sub-resources, in the same shape a client sends back
 * with PUT to replace them.
 */
public final class Parts {

    private Parts() {
    }

    public record Services(List<ServiceView> services) {
    }

    public record Priorities(List<PriorityView> priorities, Integer defaultPriority, List<StatusLimitView> statusLimits,
                             List<ServiceTargetView> serviceTargets, List<MatrixCellView> priorityMatrix) {
    }

    public record Metrics(List<MetricView> metrics) {
    }

    public record Penalties(List<PenaltyBandView> penaltyBands, int graceMonths, BigDecimal penaltyCapPercent) {
    }

    /** The agreement's own escalation rules; empty when it follows the default policy or its parent's. */
    public record Escalations(List<EscalationRuleView> escalations) {
    }
}
