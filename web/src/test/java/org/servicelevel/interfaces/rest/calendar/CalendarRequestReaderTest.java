package org.servicelevel.interfaces.rest.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.calendar.CalendarHistory;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

/** A calendar of an agreement document is read with every version, and every mistake is named by its path. */
class CalendarRequestReaderTest {

    private static CalendarHistoryRequest.CalendarVersionRequest version(Integer number, String from, String to) {
        CalendarHistoryRequest.CalendarVersionRequest v = new CalendarHistoryRequest.CalendarVersionRequest();
        v.number = number;
        v.effectiveFrom = from;
        CalendarRequest.IntervalRequest monday = new CalendarRequest.IntervalRequest();
        monday.day = "MONDAY";
        monday.from = "09:00";
        monday.to = to;
        v.weeklyHours = List.of(monday);
        return v;
    }

    private static CalendarHistoryRequest calendar(List<CalendarHistoryRequest.CalendarVersionRequest> versions) {
        CalendarHistoryRequest request = new CalendarHistoryRequest();
        request.name = "Office";
        request.timeZone = "Europe/Berlin";
        request.versions = versions;
        return request;
    }

    @Test
    void everyVersionIsReadWithItsNumberAndDay() {
        CalendarHistory history = CalendarRequestReader.readHistory(calendar(List.of(version(1, "2020-01-01", "18:00"),
                version(3, "2027-01-01", "16:00"))));
        assertEquals(List.of(1, 3), history.versions().stream().map(v -> v.number()).toList());
        assertEquals(LocalDate.of(2027, 1, 1), history.versions().get(1).effectiveFrom());
        assertEquals(16 * 60, history.versions().get(1).rules().weeklyHours().get(0).closeMinute());
    }

    @Test
    void mistakesAreNamedByTheirPathInsideTheVersion() {
        CalendarHistoryRequest request = calendar(List.of(version(1, "2020-01-01", "18:00"), version(2, "someday", "25:00")));
        request.weeklyHours = List.of();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalendarRequestReader.readHistory(request));
        assertEquals(List.of("weeklyHours", "versions[1].weeklyHours[0].to", "versions[1].effectiveFrom"),
                e.errors().stream().map(InvalidFieldException::field).toList());
    }
}
