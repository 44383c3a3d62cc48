/**
 * Business calendars: rule versions, holiday files, the working-time arithmetic, and the engine cache
 * other aggregates count time with.
 */
package org.servicelevel.application.calendar;
