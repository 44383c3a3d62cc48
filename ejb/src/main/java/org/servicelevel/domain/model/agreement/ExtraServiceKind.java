package org.servicelevel.domain.model.agreement;

/** Work billed on top of the monthly fee, each at its own price. */
public enum ExtraServiceKind {
    /** Each ticket beyond the volume a service includes. */
    TICKET_OVER_VOLUME,
    /** Each development hour beyond the planned hours. */
    DEVELOPMENT_HOUR_OVER_PLAN,
    /** Each day of support on a weekend or holiday. */
    WEEKEND_HOLIDAY_SUPPORT_DAY
}
