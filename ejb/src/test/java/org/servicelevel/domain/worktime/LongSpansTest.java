package org.servicelevel.domain.worktime;

import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.servicelevel.domain.worktime.TestCalendars.BERLIN;
import static org.servicelevel.domain.worktime.TestCalendars.UTC;
import static org.servicelevel.domain.worktime.TestCalendars.at;
import static org.servicelevel.domain.worktime.TestCalendars.calendar;
import static org.servicelevel.domain.worktime.TestCalendars.officeWithLunchBreak;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Due dates and sums months and years away. */
class LongSpansTest {

    @Test
    void twoThousandWorkingHoursAhead() {
        // 2000 h of 8-hour weekdays = 250 weekdays; the 250th weekday from Mon 1 Jan 2024 is Fri 13 Dec 2024
        WorkCalendar calendar = calendar(UTC, CalendarVersion.effectiveFrom(LocalDate.of(2000, 1, 1))
                .weeklyHours(WeeklyHours.mondayToFriday("09:00-17:00")));
        assertEquals(at("2024-12-13T17:00Z"), calendar.due(at("2024-01-01T09:00Z"), ofHours(2000)));
        assertEquals(ofHours(2000), calendar.elapsed(at("2024-01-01T00:00Z"), at("2024-12-14T00:00Z")));
    }

    @Test
    void dueDateFiveYearsAway() {
        // 2024 to 2028 have 1305 weekdays; the last one is Fri 29 Dec 2028
        WorkCalendar office = calendar(BERLIN, officeWithLunchBreak());
        assertEquals(at("2028-12-29T18:00+01:00"), office.due(at("2024-01-01T00:00+01:00"), ofHours(1305 * 8)));
        assertEquals(at("2029-01-01T09:00:01+01:00"),
                office.due(at("2024-01-01T00:00+01:00"), ofHours(1305 * 8).plusSeconds(1)));
        assertEquals(ofHours(1305 * 8), office.elapsed(at("2024-01-01T00:00+01:00"), at("2029-01-01T00:00+01:00")));
    }

    @Test
    void farAwayQueriesAfterNearOnesStayConsistent() {
        WorkCalendar office = calendar(BERLIN, officeWithLunchBreak());
        assertEquals(at("2024-03-04T10:00+01:00"), office.due(at("2024-03-04T09:00+01:00"), ofHours(1)));
        // Mon 3 Jan 2124 after the engine has only seen 2024
        assertEquals(at("2124-01-03T10:00+01:00"), office.due(at("2124-01-01T00:00+01:00"), ofHours(1)));
        assertEquals(at("1924-01-01T10:00+01:00"), office.due(at("1923-12-31T17:00+01:00"), ofHours(2)));
        assertEquals(at("2024-03-05T09:00+01:00"), office.due(at("2024-03-04T18:00+01:00"), ofHours(0)));
    }
}
