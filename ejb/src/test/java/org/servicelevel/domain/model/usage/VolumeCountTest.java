package org.servicelevel.domain.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.agreement.VolumePeriod;
import org.servicelevel.domain.model.agreement.VolumeUnit;

class VolumeCountTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void fiveTicketsAMonthNotifyAtTheFourthAndFifthAndBillTheSixth() {
        UsageCounter counter = new UsageCounter(1, "WS", VolumeUnit.TICKETS, VolumePeriod.MONTH,
                LocalDate.of(2026, 12, 17), n("5"));
        List<List<Integer>> reached = new ArrayList<>();
        List<Boolean> extra = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            VolumeCount counted = counter.count(BigDecimal.ONE);
            reached.add(counted.thresholdsReached());
            extra.add(counted.overVolume());
        }
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of(80), List.of(100), List.of(), List.of()), reached);
        assertEquals(List.of(false, false, false, false, false, true, true), extra);
        assertEquals(0, n("7").compareTo(counter.used()));
        assertEquals(n("140"), counter.share());
        assertEquals(LocalDate.of(2026, 12, 1), counter.periodStart());
        assertEquals(LocalDate.of(2027, 1, 1), counter.periodEnd());
    }

    @Test
    void aThresholdIsReachedExactlyAtItsShareNotBefore() {
        assertEquals(List.of(), VolumeCount.of(n("10"), n("7"), n("0.99")).thresholdsReached(), "7.99 of 10");
        assertEquals(List.of(80), VolumeCount.of(n("10"), n("7"), n("1")).thresholdsReached(), "8 of 10 is 80 %");
        assertEquals(List.of(), VolumeCount.of(n("10"), n("8"), n("1.99")).thresholdsReached(), "9.99 of 10");
        assertEquals(List.of(100), VolumeCount.of(n("10"), n("9.99"), n("0.01")).thresholdsReached());
    }

    @Test
    void oneRecordCanReachBothThresholdsAndBeOnlyPartlyBeyondTheVolume() {
        VolumeCount counted = VolumeCount.of(n("40"), n("30"), n("12.5"));
        assertEquals(List.of(80, 100), counted.thresholdsReached());
        assertEquals(0, n("2.5").compareTo(counted.extra()), "only the hours beyond 40 are extra");
        VolumeCount later = VolumeCount.of(n("40"), n("42.5"), n("3"));
        assertEquals(0, n("3").compareTo(later.extra()), "everything after the volume is extra");
        assertEquals(List.of(), later.thresholdsReached(), "thresholds are notified once");
    }

    @Test
    void usageExactlyAtTheVolumeIsNotExtra() {
        VolumeCount counted = VolumeCount.of(n("5"), n("4"), n("1"));
        assertFalse(counted.overVolume());
        assertEquals(0, BigDecimal.ZERO.compareTo(counted.extra()));
    }

    @Test
    void withoutAVolumeNothingIsExtraAndNothingIsNotified() {
        VolumeCount counted = VolumeCount.of(null, n("1000"), n("8"));
        assertFalse(counted.overVolume());
        assertEquals(List.of(), counted.thresholdsReached());
        assertNull(VolumeCount.share(n("1008"), null));
    }

    @Test
    void aVolumeOfZeroIsUsedUpByTheFirstUse() {
        VolumeCount first = VolumeCount.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);
        assertEquals(List.of(80, 100), first.thresholdsReached());
        assertTrue(first.overVolume());
        assertNull(VolumeCount.share(BigDecimal.ONE, BigDecimal.ZERO), "no share of nothing");
    }

    @Test
    void theShareIsExactWhereTheQuotientEndsElseFourPlaces() {
        assertEquals("120", VolumeCount.share(n("6.00"), n("5.00")).toPlainString());
        assertEquals("80", VolumeCount.share(n("4"), n("5")).toPlainString());
        assertEquals("12.5", VolumeCount.share(n("5"), n("40")).toPlainString());
        assertEquals("33.3333", VolumeCount.share(n("1"), n("3")).toPlainString());
        assertEquals("66.6667", VolumeCount.share(n("2"), n("3")).toPlainString());
        assertEquals("0", VolumeCount.share(BigDecimal.ZERO, n("3")).toPlainString());
    }

    @Test
    void onlyPositiveQuantitiesAreCounted() {
        assertThrows(IllegalArgumentException.class, () -> VolumeCount.of(n("5"), n("1"), BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> VolumeCount.of(n("5"), n("1"), n("-1")));
    }

    @Test
    void periodsAreCalendarMonthsQuartersAndYears() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2026, 11, 1), VolumePeriod.MONTH.startOf(day));
        assertEquals(LocalDate.of(2026, 10, 1), VolumePeriod.QUARTER.startOf(day));
        assertEquals(LocalDate.of(2026, 1, 1), VolumePeriod.YEAR.startOf(day));
        assertEquals(LocalDate.of(2027, 1, 1), VolumePeriod.QUARTER.endAfter(LocalDate.of(2026, 10, 1)));
        assertEquals("2026-11", VolumePeriod.MONTH.label(LocalDate.of(2026, 11, 1)));
        assertEquals("2026-Q4", VolumePeriod.QUARTER.label(LocalDate.of(2026, 10, 1)));
        assertEquals("2026", VolumePeriod.YEAR.label(LocalDate.of(2026, 1, 1)));
        UsageCounter quarter = new UsageCounter(1, "WS", VolumeUnit.HOURS, VolumePeriod.QUARTER, day, n("100"));
        assertTrue(quarter.covers(LocalDate.of(2026, 12, 31)));
        assertFalse(quarter.covers(LocalDate.of(2027, 1, 1)));
    }
}
