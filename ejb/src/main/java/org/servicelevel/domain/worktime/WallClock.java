package org.servicelevel.domain.worktime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Maps wall-clock times of a zone to instants with one monotone rule, so that splitting a range
 * at any time of day never changes its real length:
 * <ul>
 *   <li>a time that exists once maps to its instant;</li>
 *   <li>a time inside a spring-forward gap does not exist and maps to the instant of the
 *       transition, which clips a range to the part of it that exists;</li>
 *   <li>a time repeated by a fall-back overlap maps to its first (earlier) occurrence, so a
 *       range covering the whole overlap counts both occurrences;</li>
 *   <li>{@code 24:00} of a day is {@code 00:00} of the next day.</li>
 * </ul>
 */
final class WallClock {

    private final ZoneRules rules;

    WallClock(ZoneRules rules) {
        this.rules = rules;
    }

    /** The epoch second at which the wall clock first reaches {@code secondOfDay} on {@code date}. */
    long epochSecond(LocalDate date, int secondOfDay) {
        LocalDateTime local = date.atStartOfDay().plusSeconds(secondOfDay);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant().getEpochSecond();
        }
        return local.toEpochSecond(offsets.get(0));
    }

    /** The date shown by the wall clock at the given epoch second. */
    LocalDate dateAt(long epochSecond) {
        ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(epochSecond));
        return LocalDateTime.ofEpochSecond(epochSecond, 0, offset).toLocalDate();
    }
}
