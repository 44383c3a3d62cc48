package org.servicelevel.application.report.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

class CompliancePeriodTest {

    private static List<String> fields(LocalDate from, LocalDate to) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ComplianceServiceBean.check(from, to));
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void aPeriodNamesBothDays() {
        assertEquals(List.of("from", "to"), fields(null, null));
        assertEquals(List.of("to"), fields(LocalDate.of(2026, 11, 1), null));
    }

    @Test
    void aPeriodEndsOnOrAfterItsFirstDay() {
        assertEquals(List.of("to"), fields(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)));
        assertDoesNotThrow(() -> ComplianceServiceBean.check(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)));
    }

    @Test
    void aPeriodIsAtMostAYearOfDays() {
        assertDoesNotThrow(() -> ComplianceServiceBean.check(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)));
        assertEquals(List.of("to"), fields(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)));
    }
}
