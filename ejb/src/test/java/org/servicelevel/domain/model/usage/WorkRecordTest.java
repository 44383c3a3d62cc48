package org.servicelevel.domain.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.domain.model.usage.WorkRecord.Work;

/** Work records: what development hours and support days must say, and what a correction changes. */
class WorkRecordTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");

    private static List<String> fields(Work work) {
        return WorkRecord.problems(work).stream().map(InvalidFieldException::field).toList();
    }

    private static Work hours(YearMonth month, LocalDate day, String hours) {
        return new Work(WorkKind.DEVELOPMENT_HOURS, month, day, hours == null ? null : new BigDecimal(hours), null, null,
                null, null);
    }

    private static Work supportDay(String service, LocalDate day) {
        return new Work(WorkKind.WEEKEND_HOLIDAY_DAY, null, day, null, service, null, null, null);
    }

    @Test
    void developmentHoursAreAboveZeroInAMonthWithAtMostTwoDecimals() {
        assertEquals(List.of(), fields(hours(DECEMBER, null, "3.5")));
        assertEquals(List.of(), fields(hours(null, LocalDate.of(2026, 12, 3), "0.25")), "the day gives the month");
        assertEquals(List.of("month", "hours"), fields(hours(null, null, "0")));
        assertEquals(List.of("hours"), fields(hours(DECEMBER, null, "1.005")));
        assertEquals(List.of("hours"), fields(hours(DECEMBER, null, "100000.01")));
        assertEquals(List.of("date"), fields(hours(DECEMBER, LocalDate.of(2026, 11, 30), "1")));
        assertEquals(List.of("service"), fields(new Work(WorkKind.DEVELOPMENT_HOURS, DECEMBER, null, BigDecimal.ONE,
                "WS", null, null, null)));
    }

    @Test
    void aSupportDayIsADayOfAServiceWithoutHours() {
        assertEquals(List.of(), fields(supportDay("WS", LocalDate.of(2026, 12, 5))));
        assertEquals(List.of("date", "service"), fields(supportDay(null, null)));
        assertEquals(List.of("hours"), fields(new Work(WorkKind.WEEKEND_HOLIDAY_DAY, null, LocalDate.of(2026, 12, 5),
                BigDecimal.ONE, "WS", null, null, null)));
        assertEquals(List.of("kind"), fields(new Work(null, DECEMBER, null, BigDecimal.ONE, null, null, null, null)));
    }

    @Test
    void aRecordCountsInTheMonthOfItsDay() {
        WorkRecord day = new WorkRecord(1L, supportDay("WS", LocalDate.of(2026, 12, 5)), "anna", NOW);
        assertEquals(DECEMBER, day.month());
        assertEquals(0, day.hours().signum(), "a support day adds no development hours");
        WorkRecord month = new WorkRecord(1L, hours(DECEMBER, null, "7.25"), "anna", NOW);
        assertEquals(Optional.empty(), month.day());
        assertEquals(new BigDecimal("7.25"), month.hours());
        assertThrows(InvalidInputException.class, () -> new WorkRecord(1L, hours(DECEMBER, null, "-1"), "anna", NOW));
    }

    @Test
    void aCorrectionSaysWhatChangedAndWhoCorrected() {
        WorkRecord record = new WorkRecord(1L, new Work(WorkKind.DEVELOPMENT_HOURS, DECEMBER, null,
                new BigDecimal("3.5"), null, 7L, "T-7", "report"), "anna", NOW);
        List<String> changes = record.correct(new Work(null, null, LocalDate.of(2026, 12, 3), new BigDecimal("4.00"),
                null, 7L, "T-7", null), "max", NOW.plusSeconds(60));
        assertEquals(List.of("date: none -> 2026-12-03", "hours: 3.5 -> 4", "note: report -> none"), changes);
        assertEquals(Optional.of("max"), record.correctedBy());
        assertEquals("anna", record.recordedBy());
        assertEquals(List.of(), record.correct(new Work(WorkKind.DEVELOPMENT_HOURS, DECEMBER, LocalDate.of(2026, 12, 3),
                new BigDecimal("4"), null, 7L, "T-7", null), "alice", NOW.plusSeconds(120)), "the same values change nothing");
        assertEquals(Optional.of("max"), record.correctedBy());
        InvalidInputException kind = assertThrows(InvalidInputException.class, () -> record.correct(
                supportDay("WS", LocalDate.of(2026, 12, 5)), "max", NOW));
        assertTrue(kind.errors().stream().anyMatch(e -> e.field().equals("kind")), kind.errors().toString());
    }
}
