package org.servicelevel.domain.worktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.at;
import static org.servicelevel.domain.worktime.TestCalendars.calendar;
import static org.servicelevel.domain.worktime.TestCalendars.officeWithLunchBreak;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listing the working periods inside a range, as evidence for SLA clocks. */
class WorkingPeriodsTest {

    private final WorkCalendar office = calendar(BERLIN, officeWithLunchBreak());

    @Test
    void periodsAreClippedToTheRange() {
        assertEquals(List.of(
                        new WorkingPeriod(at("2024-03-04T10:00+01:00"), at("2024-03-04T13:00+01:00")),
                        new WorkingPeriod(at("2024-03-04T14:00+01:00"), at("2024-03-04T18:00+01:00")),
                        new WorkingPeriod(at("2024-03-05T09:00+01:00"), at("2024-03-05T10:00:00.5+01:00"))),
                office.workingPeriods(at("2024-03-04T10:00+01:00"), at("2024-03-05T10:00:00.5+01:00")));
    }

    @Test
    void periodsAddUpToElapsedTime() {
        List<WorkingPeriod> periods = office.workingPeriods(at("2024-03-01T11:11:11.1+01:00"), at("2024-04-02T07:00+02:00"));
        Duration sum = periods.stream().map(WorkingPeriod::duration).reduce(Duration.ZERO, Duration::plus);
        assertEquals(office.elapsed(at("2024-03-01T11:11:11.1+01:00"), at("2024-04-02T07:00+02:00")), sum);
        assertEquals(at("2024-03-01T11:11:11.1+01:00"), periods.get(0).start());
    }

    @Test
    void rangeWithoutWorkingTimeHasNoPeriods() {
        assertEquals(List.of(), office.workingPeriods(at("2024-03-09T00:00+01:00"), at("2024-03-11T09:00+01:00")));
        assertEquals(List.of(), office.workingPeriods(at("2024-03-04T10:00+01:00"), at("2024-03-04T10:00+01:00")));
    }

    @Test
    void reversedRangeIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> office.workingPeriods(at("2024-03-04T10:00+01:00"), at("2024-03-04T09:00+01:00")));
    }

    @Test
    void periodMustNotBeEmpty() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingPeriod(at("2024-03-04T10:00+01:00"), at("2024-03-04T10:00+01:00")));
    }
}
