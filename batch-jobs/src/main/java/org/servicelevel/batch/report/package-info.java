/**
 * The month's close as Jakarta Batch jobs: {@code monthly-sla-report} collects the tickets of each
 * agreement's month page by page (restartable from its checkpoint) and closes the month from what it
 * collected into a stored result; {@code qos-invoice-adjustment} recomputes the quality score and
 * invoice from the last collection when surveys or work records arrive later. The artifacts only
 * unpack their input and call {@link org.servicelevel.application.report.MonthCloseService} as the
 * system identity; {@link org.servicelevel.batch.report.MonthCloseJobs} starts the jobs for staff and
 * the monthly timer and reports on their executions.
 */
package org.servicelevel.batch.report;
