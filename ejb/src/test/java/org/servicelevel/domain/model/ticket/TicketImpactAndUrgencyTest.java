package org.servicelevel.domain.model.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.servicelevel.domain.model.ticket.TicketFixture.ACME;
import static org.servicelevel.domain.model.ticket.TicketFixture.REGISTERED;
import static org.servicelevel.domain.model.ticket.TicketFixture.SLA;
import static org.servicelevel.domain.model.ticket.TicketFixture.TERMS;
import static org.servicelevel.domain.model.ticket.TicketFixture.defaultModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.agreement.Agreement;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.AgreementType;
import org.servicelevel.domain.model.agreement.MatrixLevel;
import org.servicelevel.domain.model.agreement.PriorityMatrixCell;
import org.servicelevel.domain.model.selection.Channel;

/** A ticket registered with an impact and an urgency (the ITIL way) rather than a priority. */
class TicketImpactAndUrgencyTest {

    private static Ticket ticket(Agreement agreement, Integer priority, MatrixLevel impact, MatrixLevel urgency) {
        return new Ticket("T-000011", new Ticket.Registration(ACME, null, null, null, "Router down", null, "WS",
                agreement, agreement == null ? null : 1, priority, impact, urgency, null, Set.of(), Channel.API, null,
                null, null, null), defaultModel().initial(), REGISTERED, "anna", false);
    }

    /** The fixture's terms with a matrix giving priority 1 to HIGH × HIGH and 3 to everything else. */
    private static AgreementTerms withMatrix() {
        List<PriorityMatrixCell> cells = new ArrayList<>();
        for (MatrixLevel impact : MatrixLevel.values()) {
            for (MatrixLevel urgency : MatrixLevel.values()) {
                cells.add(new PriorityMatrixCell(impact, urgency,
                        impact == MatrixLevel.HIGH && urgency == MatrixLevel.HIGH ? 1 : 3));
            }
        }
        return new AgreementTerms(TERMS.currency(), TERMS.monthlyFee(), TERMS.coordinator(), TERMS.services(),
                TERMS.priorities(), TERMS.defaultPriority(), TERMS.statusLimits(), TERMS.pauseStatuses(),
                TERMS.lineExtensions(), TERMS.metrics(), TERMS.availabilityTargets(), TERMS.penaltyBands(),
                TERMS.graceMonths(), TERMS.penaltyCapPercent(), TERMS.extraPrices(), TERMS.underpins(), List.of(),
                cells);
    }

    @Test
    void theTicketKeepsItsImpactAndUrgencyAndItsHistorySaysHowThePriorityWasChosen() {
        Ticket t = ticket(SLA, 1, MatrixLevel.HIGH, MatrixLevel.HIGH);
        t.recordPriorityDerivation("Priority 1 (P1) from the impact × urgency matrix of SLA-ACME-2026 v1");

        assertEquals(Optional.of(MatrixLevel.HIGH), t.impact());
        assertEquals(Optional.of(MatrixLevel.HIGH), t.urgency());
        TicketEvent how = t.events().get(1);
        assertEquals(TicketEventType.PRIORITY, how.type());
        assertEquals(REGISTERED, how.occurredAt());
        assertEquals("1", how.toValue());
        assertEquals(1, how.priority());
    }

    @Test
    void impactAndUrgencyComeTogether() {
        InvalidInputException onlyImpact = assertThrows(InvalidInputException.class,
                () -> ticket(SLA, 1, MatrixLevel.HIGH, null));
        assertEquals(List.of("urgency"), onlyImpact.errors().stream().map(InvalidFieldException::field).toList());
        InvalidInputException onlyUrgency = assertThrows(InvalidInputException.class,
                () -> ticket(SLA, 1, null, MatrixLevel.LOW));
        assertEquals(List.of("impact"), onlyUrgency.errors().stream().map(InvalidFieldException::field).toList());
    }

    @Test
    void anAgreementAssignedLaterGivesThePriorityOfItsMatrix() {
        Agreement sla = new Agreement("SLA-ACME-MATRIX", AgreementType.SLA, new Agreement.Header("Support", ACME, null,
                null, null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"), withMatrix(), REGISTERED,
                "max");
        sla.activate(REGISTERED);
        Ticket t = ticket(null, null, MatrixLevel.HIGH, MatrixLevel.HIGH);

        t.assignAgreement(sla, null, TicketFixture.at("2026-03-02T10:00"), "anna");

        assertEquals(1, t.priority(), "HIGH × HIGH, not the default priority 3");
    }
}
