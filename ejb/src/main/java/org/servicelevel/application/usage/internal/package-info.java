/**
 * Counting usage (tickets as they come under an agreement, hours and visits as they are recorded)
 * under a lock on the period's counter, the notifications at 80 % and 100 % of a volume, and the
 * usage service.
 */
package org.servicelevel.application.usage.internal;
