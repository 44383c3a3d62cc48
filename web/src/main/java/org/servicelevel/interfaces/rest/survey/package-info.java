/**
 * Survey campaigns over REST: the campaigns of an agreement, a campaign with its questions and
 * respondents, answers one respondent at a time or as a CSV sheet, completion on a date, the
 * qualitative report, and the last campaign completed on or before a day.
 */
package org.servicelevel.interfaces.rest.survey;
