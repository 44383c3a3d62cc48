/**
 * Usage against volume: per agreement, service, unit and period a counter of what was used (tickets
 * registered, hours and visits recorded) against the volume the agreement includes, and the usage
 * records behind it, each with the part of it that lies beyond the volume and is billed as an extra;
 * and the work records the month's invoice bills besides tickets (development hours, weekend and
 * holiday support days), which stay correctable until the month is closed.
 */
package org.servicelevel.domain.model.usage;
