package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.customer.Organisation;
import org.servicelevel.domain.model.usage.PeriodVolume;

/** Which version's volume a period counts against when an amendment changes it (lives here for {@link TermsFixture}). */
class PeriodVolumeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(BERLIN).toInstant();
    private static final Organisation ACME = new Organisation("ACME", "ACME Manufacturing", NOW);

    private static ServiceTerms ws(String tickets) {
        ServiceTerms plain = TermsFixture.service("WS", 1L);
        return new ServiceTerms("WS", plain.name(), null, 1L, tickets == null ? null : new BigDecimal(tickets),
                tickets == null ? null : VolumeUnit.TICKETS, tickets == null ? null : VolumePeriod.MONTH, List.of());
    }

    private static AgreementTerms terms(ServiceTerms... services) {
        TermsFixture f = new TermsFixture();
        f.services = new java.util.ArrayList<>(List.of(services));
        return f.build();
    }

    /** An active SLA from 2026-01-10 with 5 WS tickets a month, raised to 8 from 2026-03-15 by an approved amendment. */
    private static Agreement raisedMidMarch(ServiceTerms later) {
        Agreement a = new Agreement("SLA-ACME", AgreementType.SLA, new Agreement.Header("Workplace", ACME, null, null,
                null, "Europe/Berlin", LocalDate.of(2026, 1, 10), null, null, "max"), terms(ws("5")), NOW, "max");
        a.activate(NOW);
        a.revise(terms(later), LocalDate.of(2026, 3, 15), NOW, "max", "more tickets");
        a.approveAmendment(2, "erik", false, false, NOW);
        return a;
    }

    @Test
    void aVolumeRaisedWithinAMonthCountsFromTheNextMonth() {
        Agreement a = raisedMidMarch(ws("8"));
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertEquals(new BigDecimal("5"), PeriodVolume.of(a, "WS", VolumeUnit.TICKETS, VolumePeriod.MONTH, march,
                LocalDate.of(2026, 3, 20)).stripTrailingZeros(), "the version in force on 1 March");
        assertEquals(new BigDecimal("8"), PeriodVolume.of(a, "WS", VolumeUnit.TICKETS, VolumePeriod.MONTH,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)).stripTrailingZeros());
    }

    @Test
    void anAgreementStartingWithinTheMonthCountsItsFirstVersion() {
        Agreement a = raisedMidMarch(ws("8"));
        assertEquals(new BigDecimal("5"), PeriodVolume.of(a, "WS", VolumeUnit.TICKETS, VolumePeriod.MONTH,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20)).stripTrailingZeros());
    }

    @Test
    void aVolumeAddedWithinAMonthCountsFromTheDayOfTheFirstUse() {
        Agreement a = new Agreement("SLA-ACME", AgreementType.SLA, new Agreement.Header("Workplace", ACME, null, null,
                null, "Europe/Berlin", LocalDate.of(2026, 1, 1), null, null, "max"), terms(ws(null)), NOW, "max");
        a.activate(NOW);
        a.revise(terms(ws("3")), LocalDate.of(2026, 3, 15), NOW, "max", "a volume");
        a.approveAmendment(2, "erik", false, false, NOW);
        assertEquals(new BigDecimal("3"), PeriodVolume.of(a, "WS", VolumeUnit.TICKETS, VolumePeriod.MONTH,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20)).stripTrailingZeros());
        assertNull(PeriodVolume.of(a, "WS", VolumeUnit.TICKETS, VolumePeriod.MONTH, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 20)), "no volume in February");
    }
}
