/** Calendar screens: the list, a calendar's page with its due-date calculator, and the editor with its weekly grid and year view. */
package org.servicelevel.interfaces.web.calendar;
