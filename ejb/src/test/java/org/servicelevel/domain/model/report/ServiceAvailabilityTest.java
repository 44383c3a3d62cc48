package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.servicelevel.domain.model.report.CloseFixture.MOSCOW;
import static org.servicelevel.domain.model.report.CloseFixture.NOVEMBER;
import static org.servicelevel.domain.model.report.CloseFixture.OFFICE;
import static org.servicelevel.domain.model.report.CloseFixture.assertDecimal;
import static org.servicelevel.domain.model.report.CloseFixture.at;
import static org.servicelevel.domain.model.report.CloseFixture.hms;
import static org.servicelevel.domain.model.report.CloseFixture.n;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.ServiceFacts.AvailabilityTarget;
import org.servicelevel.domain.model.report.ServiceFacts.Outage;
import org.servicelevel.domain.worktime.CalendarRules;
import org.servicelevel.domain.worktime.CalendarVersion;
import org.servicelevel.domain.worktime.WorkCalendar;

/** Availability against the month's service hours: November 2026 has 180 of them on the Moscow office calendar. */
class ServiceAvailabilityTest {

    private static final Duration NOVEMBER_HOURS = Duration.ofHours(180);

    private static Outage outage(String from, String to, String reference) {
        return new Outage(at(from), to == null ? null : at(to), reference);
    }

    private static ServiceAvailability measure(AvailabilityTarget target, Outage... outages) {
        return ServiceAvailability.of(new ServiceFacts("NET", OFFICE, target, List.of(outages)), NOVEMBER);
    }

    @Test
    void downtimeIsTheServiceHoursInsideTheOutagesAndOverlappingRecordsCountOnce() {
        ServiceAvailability net = measure(new AvailabilityTarget(n("99.5"), null),
                outage("2026-11-02T10:00", "2026-11-02T11:00", "O-1"),
                outage("2026-11-02T10:30", "2026-11-02T11:30", "O-2"),
                outage("2026-11-03T20:00", "2026-11-05T09:30", "O-3"));
        assertEquals(NOVEMBER_HOURS, net.serviceHours());
        assertEquals(Duration.ofHours(2), net.downtime(), "10:00-11:30 once, and of O-3 only Thursday 09:00-09:30");
        assertEquals(2, net.outages());
        assertEquals(Fraction.of(178, 180), net.availability());
        assertDecimal("98.8889", net.availabilityPercent());
        assertEquals(Check.NOT_MET, net.check());
        assertEquals(List.of("O-1", "O-2"), net.longestOutage().references());
        assertEquals(hms(1, 30, 0), net.longestOutage().serviceHours());
    }

    @Test
    void availabilityExactlyAtTheTargetIsMetAndOneSecondLessIsNot() {
        // 0.5 % of 180 h is 54 minutes
        ServiceAvailability at = measure(new AvailabilityTarget(n("99.5"), null),
                outage("2026-11-02T10:00", "2026-11-02T10:54", "O-1"));
        assertDecimal("99.5000", at.availabilityPercent());
        assertEquals(Check.MET, at.check());
        ServiceAvailability below = measure(new AvailabilityTarget(n("99.5"), null),
                outage("2026-11-02T10:00", "2026-11-02T10:54:01", "O-1"));
        assertDecimal("99.4998", below.availabilityPercent());
        assertEquals(Check.NOT_MET, below.check());
    }

    @Test
    void theLongestOutageCountsItsWholeLengthAgainstTheLimit() {
        // Friday 30 October 17:00 to Monday 2 November 11:00: 2 service hours in November, 3 in all
        ServiceAvailability net = measure(new AvailabilityTarget(n("98.5"), hms(2, 30, 0)),
                outage("2026-10-30T17:00", "2026-11-02T11:00", "O-1"));
        assertEquals(Duration.ofHours(2), net.downtime());
        assertEquals(Duration.ofHours(3), net.longestOutage().serviceHours());
        assertEquals(Check.NOT_MET, net.check(), "available enough, but one outage of 3 h against 2:30:00");
        assertEquals("Service NET: 180:00:00 of service hours, down 2:00:00 in 1 stretch, available 98.8889 %"
                + " (exactly 640800/648000) ≥ 98.5 %; longest outage 3:00:00 > 2:30:00: not met", net.explanation());
        ServiceAvailability withinLimit = measure(new AvailabilityTarget(n("98"), hms(3, 0, 0)),
                outage("2026-10-30T17:00", "2026-11-02T11:00", "O-1"));
        assertEquals(Check.MET, withinLimit.check(), "an outage exactly as long as allowed");
    }

    @Test
    void anOutageStillGoingOnCountsUntilTheMonthsEnd() {
        ServiceAvailability net = measure(new AvailabilityTarget(n("99"), null),
                outage("2026-11-30T17:00", null, "O-1"));
        assertEquals(Duration.ofHours(1), net.downtime());
        assertEquals(NOVEMBER.end(), net.longestOutage().end());
    }

    @Test
    void aServiceWithoutOutagesIsFullyAvailable() {
        ServiceAvailability net = measure(new AvailabilityTarget(n("99.9"), Duration.ofHours(1)),
                outage("2026-10-01T10:00", "2026-10-01T11:00", "O-OCTOBER"));
        assertEquals(Fraction.of(1, 1), net.availability());
        assertNull(net.longestOutage(), "an outage of another month is not this month's");
        assertEquals(Check.MET, net.check());
    }

    @Test
    void aServiceWithoutATargetIsMeasuredAndNotChecked() {
        ServiceAvailability net = measure(null, outage("2026-11-02T10:00", "2026-11-02T19:00", "O-1"));
        assertEquals(Duration.ofHours(8), net.downtime(), "10:00 to the 18:00 closing");
        assertEquals(Check.NO_TARGET, net.check());
    }

    @Test
    void aMonthWithoutServiceHoursHasNothingToMeasure() {
        WorkCalendar closed = WorkCalendar.of(CalendarRules.of(MOSCOW,
                CalendarVersion.effectiveFrom(LocalDate.of(2020, 1, 1)).build()));
        ServiceAvailability net = ServiceAvailability.of(new ServiceFacts("NET", closed,
                new AvailabilityTarget(n("99"), null), List.of()), NOVEMBER);
        assertEquals(Check.NOTHING_TO_MEASURE, net.check());
        assertNull(net.availability());
    }
}
