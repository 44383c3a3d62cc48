/**
 * Implementation of the calendar service.
 */
package org.servicelevel.application.calendar.internal;
