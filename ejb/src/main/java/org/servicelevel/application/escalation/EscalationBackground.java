package org.servicelevel.application.escalation;

import java.util.List;
import java.util.function.Supplier;

/** Plans the escalation of many tickets afresh in the background, as the system identity. */
public interface EscalationBackground {

    /** Re-plans, one by one, the tickets {@code ticketsOf} finds (asked as the system); returns at once. */
    void replan(String why, Supplier<List<Long>> ticketsOf);
}
