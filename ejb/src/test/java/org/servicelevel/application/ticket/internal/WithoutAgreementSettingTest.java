package org.servicelevel.application.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.servicelevel.application.ticket.internal.TicketFactory.WithoutAgreement;

/** The setting servicelevel.tickets.without-agreement: REFUSE refuses, anything else registers. */
class WithoutAgreementSettingTest {

    @Test
    void refuseIsReadInAnyCaseAndEverythingElseRegisters() {
        assertEquals(WithoutAgreement.REFUSE, WithoutAgreement.of("REFUSE"));
        assertEquals(WithoutAgreement.REFUSE, WithoutAgreement.of(" refuse "));
        assertEquals(WithoutAgreement.REGISTER, WithoutAgreement.of("REGISTER"));
        assertEquals(WithoutAgreement.REGISTER, WithoutAgreement.of(null), "the default");
        assertEquals(WithoutAgreement.REGISTER, WithoutAgreement.of("sometimes"), "an unknown value is the default");
    }
}
