package org.servicelevel.domain.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the engine on random calendars, checked against the naive reference. */
class WorkCalendarPropertyTest {

    @Provide
    Arbitrary<CalendarRules> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> durations() {
        return CalendarArbitraries.durations();
    }

    @Property
    void elapsedUntilDueIsTheDuration(@ForAll("calendars") CalendarRules rules,
                                      @ForAll("instants") Instant start,
                                      @ForAll("durations") Duration duration) {
        WorkCalendar calendar = WorkCalendar.of(rules);
        assertEquals(duration, calendar.elapsed(start, calendar.due(start, duration)));
    }

    @Property
    void dueIsMonotonicInTheDuration(@ForAll("calendars") CalendarRules rules,
                                     @ForAll("instants") Instant start,
                                     @ForAll("durations") Duration first,
                                     @ForAll("durations") Duration second) {
        WorkCalendar calendar = WorkCalendar.of(rules);
        Duration shorter = first.compareTo(second) <= 0 ? first : second;
        Duration longer = first.compareTo(second) <= 0 ? second : first;
        assertFalse(calendar.due(start, longer).isBefore(calendar.due(start, shorter)));
    }

    @Property
    void dueIsTheFirstInstantAtWhichTheDurationIsUsedUp(@ForAll("calendars") CalendarRules rules,
                                                        @ForAll("instants") Instant start,
                                                        @ForAll("durations") Duration duration) {
        WorkCalendar calendar = WorkCalendar.of(rules);
        Instant due = calendar.due(start, duration);
        assertFalse(due.isBefore(start));
        if (duration.isZero()) {
            assertEquals(TimeStatus.WORKING, calendar.statusAt(due));
            assertEquals(Duration.ZERO, calendar.elapsed(start, due));
            return;
        }
        // working time or exactly a closing time: the nanosecond before is always working time
        Instant justBefore = due.minusNanos(1);
        assertEquals(TimeStatus.WORKING, calendar.statusAt(justBefore));
        assertEquals(duration.minusNanos(1), calendar.elapsed(start, justBefore));
    }

    @Property
    void elapsedIsAdditiveOverAdjacentRanges(@ForAll("calendars") CalendarRules rules,
                                             @ForAll("instants") Instant x,
                                             @ForAll("instants") Instant y,
                                             @ForAll("instants") Instant z) {
        WorkCalendar calendar = WorkCalendar.of(rules);
        List<Instant> sorted = Stream.of(x, y, z).sorted().toList();
        Instant a = sorted.get(0);
        Instant b = sorted.get(1);
        Instant c = sorted.get(2);
        assertEquals(calendar.elapsed(a, c), calendar.elapsed(a, b).plus(calendar.elapsed(b, c)));
    }

    @Property
    void dueAgreesWithNaiveReference(@ForAll("calendars") CalendarRules rules,
                                     @ForAll("instants") Instant start,
                                     @ForAll("durations") Duration duration) {
        assertEquals(new NaiveWorkCalendar(rules).due(start, duration), WorkCalendar.of(rules).due(start, duration));
    }

    @Property
    void elapsedAgreesWithNaiveReference(@ForAll("calendars") CalendarRules rules,
                                         @ForAll("instants") Instant x,
                                         @ForAll("instants") Instant y) {
        Instant start = x.isBefore(y) ? x : y;
        Instant end = x.isBefore(y) ? y : x;
        assertEquals(new NaiveWorkCalendar(rules).elapsed(start, end), WorkCalendar.of(rules).elapsed(start, end));
    }

    @Property
    void epochSecondMethodsAgreeWithTheInstantMethods(@ForAll("calendars") CalendarRules rules,
                                                      @ForAll("instants") Instant x,
                                                      @ForAll("instants") Instant y,
                                                      @ForAll("durations") Duration duration) {
        WorkCalendar calendar = WorkCalendar.of(rules);
        long start = Math.min(x.getEpochSecond(), y.getEpochSecond());
        long end = Math.max(x.getEpochSecond(), y.getEpochSecond());
        long seconds = duration.getSeconds();
        assertEquals(calendar.due(Instant.ofEpochSecond(start), Duration.ofSeconds(seconds)).getEpochSecond(),
                calendar.dueEpochSecond(start, seconds));
        assertEquals(calendar.elapsed(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)).getSeconds(),
                calendar.elapsedSeconds(start, end));
    }

    @Property(tries = 100)
    void workingPeriodsAreOrderedDisjointAndAddUpToElapsed(@ForAll("calendars") CalendarRules rules,
                                                           @ForAll("instants") Instant x,
                                                           @ForAll("instants") Instant y) {
        WorkCalendar calendar = WorkCalendar.of(rules);
        Instant start = x.isBefore(y) ? x : y;
        Instant end = x.isBefore(y) ? y : x;
        List<WorkingPeriod> periods = calendar.workingPeriods(start, end);
        Duration sum = Duration.ZERO;
        Instant previousEnd = start;
        for (WorkingPeriod period : periods) {
            assertTrue(period.start().isAfter(previousEnd) || period.start().equals(previousEnd) && sum.isZero());
            assertFalse(period.end().isAfter(end));
            assertEquals(TimeStatus.WORKING, calendar.statusAt(period.start()));
            sum = sum.plus(period.duration());
            previousEnd = period.end();
        }
        assertEquals(calendar.elapsed(start, end), sum);
    }
}
