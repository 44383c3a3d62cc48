/**
 * Customer surveys: a campaign per agreement (the sample contract holds one each half-year) with its
 * questions, each on an ordered answer scale of which some answers count as positive, the respondents
 * with their role at the customer and their answers; a campaign is completed on a date and is then
 * read-only. The qualitative report (each answer's share per question, in total and by role) and the
 * per-question tallies the month's quality score uses are computed here, in plain Java.
 */
package org.servicelevel.domain.model.survey;
