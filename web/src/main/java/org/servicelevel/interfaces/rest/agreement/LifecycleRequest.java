package org.servicelevel.interfaces.rest.agreement;

import org.servicelevel.interfaces.rest.json.MultiLine;

/**
 * The body of a lifecycle action: {@code nextReviewDate} when a review is completed, {@code lastDay}
 * and {@code reason} when an agreement is terminated. Dates are YYYY-MM-DD.
 */
public class LifecycleRequest {

    public String nextReviewDate;
    public String lastDay;
    @MultiLine
    public String reason;
}
