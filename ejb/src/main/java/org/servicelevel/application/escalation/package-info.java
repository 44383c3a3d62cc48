/**
 * Escalation of ticket clocks: the steps of an agreement's escalation policy planned whenever a
 * ticket's clocks change, fired exactly once when they come due (by the escalation timer, as the
 * system identity), and listed per ticket with what they did.
 */
package org.servicelevel.application.escalation;
