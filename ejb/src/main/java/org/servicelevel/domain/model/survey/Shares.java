package org.servicelevel.domain.model.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares of answers in percent. The counts are exact; a share is shown rounded half-up to two
 * decimals, and compared with a threshold only exactly ({@link #compare}), never by its rounded value.
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    /** {@code part} of {@code whole} in percent, rounded half-up to two decimals; {@code null} when {@code whole} is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /**
     * The exact share {@code part / whole} in percent compared with {@code percent}: negative when below,
     * 0 when equal, positive when above.
     *
     * @throws IllegalArgumentException when {@code whole} is 0: there is no share to compare
     */
    public static int compare(long part, long whole, BigDecimal percent) {
        if (whole <= 0) {
            throw new IllegalArgumentException("a share of nothing has no value");
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole)));
    }
}
