/**
 * Choosing the agreement and priority for a new ticket: ordered selection rules over the ticket's
 * customer, service, request type, tags, channel and region, with a default rule, and the selector
 * that applies them against the agreement version in force when the ticket is registered.
 */
package org.servicelevel.domain.model.selection;
