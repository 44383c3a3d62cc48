package org.servicelevel.domain.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.servicelevel.domain.worktime.WorkCalendar;

/** Invariants of the clocks on random ticket histories over the office calendar. */
class ClockPropertyTest {

    private static final WorkCalendar OFFICE = ClockFixture.OFFICE;
    private static final List<String> STATUSES = List.of("IN_PROGRESS", "CLARIFICATION_WITH_CUSTOMER",
            "PASSED_TO_THIRD_PARTY", "RESOLVED", "IN_PROGRESS", "CUSTOMER_TESTING");

    /** A random history and the instant the clocks are read at. */
    record Case(ClockCalculator.TicketHistory history, Instant now) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Instant> registered = Arbitraries.longs()
                .between(ClockFixture.at("2026-01-05T00:00").getEpochSecond(), ClockFixture.at("2026-12-20T00:00").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<List<Long>> gaps = Arbitraries.longs().between(0, 3 * 86_400).list().ofMaxSize(8);
        Arbitrary<List<Integer>> statuses = Arbitraries.integers().between(0, STATUSES.size() - 1).list().ofSize(8);
        Arbitrary<Integer> priorities = Arbitraries.integers().between(1, 3);
        Arbitrary<Long> tail = Arbitraries.longs().between(0, 5 * 86_400);
        return Combinators.combine(registered, gaps, statuses, priorities, tail).as((reg, g, s, p, t) -> {
            List<Phase> phases = new ArrayList<>();
            phases.add(new Phase(reg, "NEW", StatusCategory.NEW, "L1", 1, p, false));
            Instant at = reg;
            for (int i = 0; i < g.size(); i++) {
                at = at.plusSeconds(g.get(i));
                String status = STATUSES.get(s.get(i));
                phases.add(new Phase(at, status, ClockFixture.category(status), i % 2 == 0 ? "L1" : "L2", 1 + i % 2, p, false));
            }
            return new Case(new ClockCalculator.TicketHistory(reg, phases), at.plusSeconds(t));
        });
    }

    private static SlaClock resolution(Case c, Instant now) {
        return ClockCalculator.clocks(c.history(), ClockFixture.terms(), ClockFixture.CALENDAR, now, null).stream()
                .filter(k -> k.metric().equals(SlaClock.RESOLUTION)).findFirst().orElseThrow();
    }

    @Property
    void segmentsCoverTheTimelineAndAccountForEverySecondCounted(@ForAll("cases") Case c) {
        SlaClock clock = resolution(c, c.now());
        List<ClockSegment> segments = clock.segments();
        if (c.now().equals(c.history().registeredAt())) {
            assertTrue(segments.stream().allMatch(s -> s.from().equals(s.to())), "no time has passed");
            return;
        }
        assertEquals(c.history().registeredAt(), segments.get(0).from());
        assertEquals(c.now(), segments.get(segments.size() - 1).to());
        for (int i = 1; i < segments.size(); i++) {
            assertEquals(segments.get(i - 1).to(), segments.get(i).from(), "segments follow each other");
        }
        long running = segments.stream().filter(s -> s.kind() == SegmentKind.RUNNING)
                .mapToLong(ClockSegment::workingSeconds).sum();
        long paused = segments.stream().filter(s -> s.kind() == SegmentKind.PAUSED)
                .mapToLong(ClockSegment::workingSeconds).sum();
        assertEquals(clock.elapsed().getSeconds(), running);
        assertEquals(clock.pausedWorkingTime().getSeconds(), paused);
        assertEquals(clock.pausedWorkingTime(), clock.waitingOnCustomer().plus(clock.waitingOnThirdParty()));
        for (ClockSegment s : segments) {
            if (s.kind() == SegmentKind.OUTSIDE_SERVICE_HOURS || s.kind() == SegmentKind.HOLIDAY) {
                assertEquals(Duration.ZERO, OFFICE.elapsed(s.from(), s.to()), "no working time outside service hours");
            }
        }
    }

    @Property
    void aRunningClocksDeadlineIsTheTargetPlusEveryWorkingSecondItDidNotCount(@ForAll("cases") Case c) {
        SlaClock clock = resolution(c, c.now());
        if (clock.state() != ClockState.RUNNING) {
            return;
        }
        long notCounted = clock.segments().stream().filter(s -> s.kind() == SegmentKind.PAUSED
                || s.kind() == SegmentKind.STOPPED).mapToLong(s -> OFFICE.elapsed(s.from(), s.to()).getSeconds()).sum();
        assertEquals(clock.target().getSeconds() + notCounted,
                OFFICE.elapsed(c.history().registeredAt(), clock.due()).getSeconds());
        assertFalse(clock.due().isBefore(c.now()));
    }

    @Property
    void theCountedTimeNeverShrinksAndTheStateFitsIt(@ForAll("cases") Case c, @ForAll("later") long laterSeconds) {
        SlaClock now = resolution(c, c.now());
        SlaClock later = resolution(c, c.now().plusSeconds(laterSeconds));
        assertTrue(later.elapsed().compareTo(now.elapsed()) >= 0);
        switch (now.state()) {
            case MET -> assertTrue(now.elapsed().compareTo(now.target()) <= 0);
            case BREACHED -> {
                assertTrue(now.elapsed().compareTo(now.target()) > 0);
                assertTrue(now.breachedAt().isBefore(c.now()));
            }
            case RUNNING, PAUSED -> assertTrue(now.elapsed().compareTo(now.target()) <= 0);
            default -> { }
        }
        if (now.state() == ClockState.BREACHED) {
            assertEquals(ClockState.BREACHED, later.state(), "a breach is never undone");
            assertEquals(now.breachedAt(), later.breachedAt());
        }
    }

    @Provide
    Arbitrary<Long> later() {
        return Arbitraries.longs().between(0, 3 * 86_400);
    }
}
