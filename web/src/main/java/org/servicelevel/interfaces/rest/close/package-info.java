/**
 * The month's close over REST: managers and administrators start the monthly report and the quality
 * and invoice adjustment of a month (for one agreement or every agreement), follow an execution's
 * state and steps, stop it, restart a failed or stopped one from its checkpoint, and replay a past
 * month under proposed terms (what-if).
 */
package org.servicelevel.interfaces.rest.close;
