/**
 * Working-time engine of the SLA module: it turns a business calendar (an IANA time zone plus
 * effective-dated versions of weekly opening hours, holidays and date overrides) into exact
 * answers to the two questions every SLA clock, report and penalty depends on: "when has this
 * much working time elapsed?" ({@link org.servicelevel.domain.worktime.WorkCalendar#due}) and
 * "how much working time lies between these two instants?"
 * ({@link org.servicelevel.domain.worktime.WorkCalendar#elapsed}). Durations are real elapsed
 * time between instants, so daylight-saving transitions are resolved by the zone rules, and the
 * answers are computed from cached epoch-second tables by direct lookups rather than by walking
 * the calendar. The package is plain Java with no container dependencies.
 */
package org.servicelevel.domain.worktime;
