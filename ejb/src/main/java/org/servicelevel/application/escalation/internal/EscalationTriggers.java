package org.servicelevel.application.escalation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.servicelevel.application.agreement.AgreementRevised;
import org.servicelevel.application.calendar.CalendarRevised;
import org.servicelevel.application.escalation.EscalationBackground;
import org.servicelevel.application.escalation.EscalationService;

/**
 * Deadlines that move without the ticket changing: a calendar's working time or an agreement's
 * lifecycle. Once such a change commits, the open tickets counting on it are planned afresh in the
 * background.
 */
@ApplicationScoped
public class EscalationTriggers {

    @Inject
    private EscalationBackground background;

    @Inject
    private EscalationService escalations;

    void calendarRevised(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarRevised revised) {
        background.replan("a change of calendar " + revised.calendarId(),
                () -> escalations.ticketsOnCalendar(revised.calendarId()));
    }

    void agreementRevised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgreementRevised revised) {
        background.replan("a change of agreement " + revised.agreementId(),
                () -> escalations.ticketsOfAgreement(revised.agreementId()));
    }
}
