/** The escalation service, the planning that follows every change of a ticket's clocks, and the actions of a step. */
package org.servicelevel.application.escalation.internal;
