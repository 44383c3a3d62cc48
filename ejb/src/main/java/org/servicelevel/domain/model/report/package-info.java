/**
 * The month's close of one agreement, computed exactly and explainably: from the terms as the close
 * needs them ({@link org.servicelevel.domain.model.report.CloseTerms}), the month's tickets, outages,
 * the latest survey and the usage, {@link org.servicelevel.domain.model.report.MonthCloseCalculator}
 * gives the quantitative report per priority and service, each quality metric met or not with the
 * value that decided it, the quality score and its penalty band, and the invoice whose rounded lines
 * add up to its total. {@link org.servicelevel.domain.model.report.ResolutionTime} is the rule that
 * turns a ticket's registration, resolution and pauses into its resolution time on its service's
 * calendar. The computation is plain Java without container types; its rules are those of
 * {@code docs/month-close.md}.
 * Each run of a month is kept as a {@link org.servicelevel.domain.model.report.MonthResult}: a numbered
 * document ({@link org.servicelevel.domain.model.report.ResultDocument}), a draft until approved and
 * then never changed, corrected by a later run with its
 * {@link org.servicelevel.domain.model.report.MonthDifference}.
 */
package org.servicelevel.domain.model.report;
