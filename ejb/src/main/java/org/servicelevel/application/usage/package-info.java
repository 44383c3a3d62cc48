/**
 * Usage against volume: the service that shows what each service of an agreement used in a month
 * against its volume, and records hours and visits; tickets are counted as they come under an
 * agreement.
 */
package org.servicelevel.application.usage;
