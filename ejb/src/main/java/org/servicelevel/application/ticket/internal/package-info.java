/**
 * Implementations of the ticket services: registration, changes, clocks and views, each use case in one
 * transaction.
 */
package org.servicelevel.application.ticket.internal;
