/**
 * Survey campaigns of agreements: creating and revising them, entering answers (one respondent at a
 * time or a CSV sheet), completing them on a date, the qualitative report, and the last completed
 * campaign that the month's quality score reads.
 */
package org.servicelevel.application.survey;
