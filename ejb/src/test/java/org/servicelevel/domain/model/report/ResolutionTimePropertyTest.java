package org.servicelevel.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicelevel.domain.model.report.CloseFixture.OFFICE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.servicelevel.domain.clock.ClockCalculator;
import org.servicelevel.domain.clock.Phase;
import org.servicelevel.domain.clock.ServiceCalendar;
import org.servicelevel.domain.clock.SlaClock;
import org.servicelevel.domain.clock.StatusCategory;
import org.servicelevel.domain.model.agreement.AgreementTerms;
import org.servicelevel.domain.model.agreement.PriorityTerms;
import org.servicelevel.domain.model.agreement.ServiceTerms;
import org.servicelevel.domain.model.report.ResolutionTime.Pause;
import org.servicelevel.domain.worktime.WorkCalendar;

/**
 * The resolution-time rule against the SLA clocks: for any history of work and waits, the working
 * time the resolution clock counts is the resolution time the rule gives.
 */
class ResolutionTimePropertyTest {

    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final AgreementTerms TERMS = new AgreementTerms(null, null, null,
            List.of(new ServiceTerms("WS", "Workplace", null, 1L, null, null, null, List.of())),
            List.of(new PriorityTerms(1, "Normal", Duration.ofHours(2), Duration.ofHours(16), BigDecimal.TEN, false,
                    List.of())),
            null, List.of(), null, List.of(), null, null, null, 0, null, null, null);
    private static final ServiceCalendar CALENDAR = new ServiceCalendar() {
        @Override
        public long id() {
            return 1;
        }

        @Override
        public String name() {
            return "Moscow office";
        }

        @Override
        public WorkCalendar engine() {
            return OFFICE;
        }

        @Override
        public int versionOn(LocalDate date) {
            return 1;
        }
    };

    @Provide
    Arbitrary<List<Long>> gaps() {
        return Arbitraries.longs().between(0, 4 * 86_400).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Boolean>> waits() {
        return Arbitraries.of(true, false).list().ofSize(8);
    }

    @Property
    void theResolutionClockCountsTheResolutionTime(@ForAll @LongRange(max = 60L * 86_400) long offset,
                                                   @ForAll("gaps") List<Long> gaps,
                                                   @ForAll("waits") List<Boolean> waits) {
        Instant registered = FROM.plusSeconds(offset);
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase(registered, "NEW", StatusCategory.NEW, "L1", 1, 1, false));
        List<Pause> pauses = new ArrayList<>();
        Instant at = registered;
        for (int i = 0; i < gaps.size(); i++) {
            Instant next = at.plusSeconds(gaps.get(i));
            boolean last = i == gaps.size() - 1;
            if (last) {
                phases.add(new Phase(next, "RESOLVED", StatusCategory.RESOLVED, "L1", 1, 1, true));
            } else if (waits.get(i)) {
                phases.add(new Phase(next, "CLARIFICATION_WITH_CUSTOMER", StatusCategory.WAITING_ON_CUSTOMER, "L1", 1,
                        1, true));
            } else {
                phases.add(new Phase(next, "IN_PROGRESS", StatusCategory.IN_PROGRESS, "L1", 1, 1, true));
            }
            Phase previous = phases.get(phases.size() - 2);
            if (previous.category().waiting()) {
                pauses.add(new Pause(at, next));
            }
            at = next;
        }
        Instant resolved = at;
        SlaClock clock = ClockCalculator.clocks(new ClockCalculator.TicketHistory(registered, phases), TERMS, CALENDAR,
                resolved.plusSeconds(86_400), null).stream()
                .filter(c -> c.metric().equals(SlaClock.RESOLUTION)).findFirst().orElseThrow();
        ResolutionTime time = ResolutionTime.measure(OFFICE, registered, resolved, pauses);
        assertEquals(clock.elapsed(), time.resolution());
        assertEquals(clock.pausedWorkingTime(), time.paused());
    }

    @Property
    void aPauseNeverLengthensAndNeverTakesMoreThanTheWorkingTime(
            @ForAll @LongRange(max = 60L * 86_400) long offset, @ForAll @IntRange(max = 10 * 86_400) int length,
            @ForAll @LongRange(min = -86_400, max = 10 * 86_400) long pauseStart,
            @ForAll @IntRange(max = 5 * 86_400) int pauseLength) {
        Instant registered = FROM.plusSeconds(offset);
        Instant resolved = registered.plusSeconds(length);
        Pause pause = new Pause(registered.plusSeconds(pauseStart), registered.plusSeconds(pauseStart + pauseLength));
        ResolutionTime without = ResolutionTime.measure(OFFICE, registered, resolved, List.of());
        ResolutionTime with = ResolutionTime.measure(OFFICE, registered, resolved, List.of(pause));
        ResolutionTime twice = ResolutionTime.measure(OFFICE, registered, resolved, List.of(pause, pause));
        assertEquals(OFFICE.elapsed(registered, resolved), without.resolution());
        assertTrue(with.resolution().compareTo(without.resolution()) <= 0);
        assertTrue(!with.resolution().isNegative());
        assertEquals(with, twice, "the same pause twice is subtracted once");
    }
}
