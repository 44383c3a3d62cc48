/**
 * Usage against volume over REST: what each service of an agreement used in a month against its
 * volume, with the tickets billed as extras, and the hours and visits staff record.
 */
package org.servicelevel.interfaces.rest.usage;
