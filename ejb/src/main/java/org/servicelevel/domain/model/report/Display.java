package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.time.Duration;

/** How the close shows its figures in explanations: working time as h:mm:ss, shares with a percent sign. */
final class Display {

    /** What a figure with nothing to measure shows. */
    static final String NONE = "—";

    private Display() {
    }

    /** E.g. {@code "4:00:00"} or {@code "27:05:09"}: hours (any number), minutes and seconds. */
    static String hms(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        long seconds = duration.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    /** An average of seconds rounded half-up to the second, e.g. 7/2 s is 4 s. */
    static Duration roundedSeconds(Fraction seconds) {
        return Duration.ofSeconds(seconds.rounded(0).longValueExact());
    }

    /** E.g. {@code "12.5 %"} from 12.50. */
    static String percent(BigDecimal percent) {
        return percent == null ? NONE : plain(percent) + " %";
    }

    /** A decimal without trailing zeros, e.g. {@code 0.9} from 0.9000. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
