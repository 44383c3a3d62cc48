package org.servicelevel.application.agreement;

/**
 * Reminds the manager responsible for an agreement of its review date: once when the date comes
 * within the lead time ({@code servicelevel.agreements.review-reminder-days}, 30 by default) and once
 * on the date, each exactly once per agreement and review date, also when run again or on several
 * cluster members. Runs daily; administrators can run it at once.
 */
public interface ReviewReminderService {

    /** Queues the reminders that are due today; returns how many. */
    int remindDueReviews();
}
