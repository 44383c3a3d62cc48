package org.servicelevel.domain.model.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the month's invoice: what it is, a description that says how it was computed, the
 * quantity, the unit price and the amount rounded half-up to the currency's minor unit. Penalties
 * have negative amounts. A billed line's amount is {@code ± quantity × unitPrice}, rounded; a line
 * waived in a grace month or not priced by the agreement shows its quantity and costs 0.
 *
 * @param unitPrice the price of one unit; {@code null} when the agreement sets none
 */
public record InvoiceLine(Kind kind, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
                          Status status) {

    /** What a line bills or takes off. */
    public enum Kind {
        /** The month's fee. */
        MONTHLY_FEE,
        /** The quality score's band: its percent (or the cap) of the fee. */
        QOS_PENALTY,
        /** Tickets of one priority resolved late, at the agreed amount per ticket. */
        LATE_TICKETS,
        /** The started hours of working time those tickets took beyond their targets. */
        LATE_HOURS,
        /** What the monthly cap of the late-ticket penalty gives back. */
        LATE_PENALTY_CAP,
        /** What is given back when the penalties together would take more than the monthly fee. */
        PENALTY_LIMIT,
        /** Tickets beyond the agreed volumes. */
        TICKETS_OVER_VOLUME,
        /** Development hours beyond the planned hours. */
        DEVELOPMENT_HOURS_OVER_PLAN,
        /** Days of support on weekends and holidays. */
        WEEKEND_HOLIDAY_SUPPORT_DAYS
    }

    /** Whether a line costs what it says. */
    public enum Status {
        BILLED,
        /** A penalty in a grace month: shown, and costs nothing. */
        WAIVED,
        /** The agreement sets no price for it: shown, and not billed. */
        NOT_PRICED
    }

    public InvoiceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }
}
