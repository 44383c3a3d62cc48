/**
 * Escalation of ticket clocks: which steps of an agreement's escalation policy are due when
 * ({@link org.servicelevel.domain.model.escalation.EscalationPlanner}, plain Java over the clocks and
 * the calendar) and the stored record of each step, pending until it fires and then kept as evidence
 * ({@link org.servicelevel.domain.model.escalation.ScheduledStep}).
 */
package org.servicelevel.domain.model.escalation;
