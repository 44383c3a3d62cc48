/**
 * Repositories that read or write many rows at once with plain JDBC on the application's datasource
 * (enlisted in the caller's transaction), where mapping each row to a managed entity would cost more
 * than the work itself: the month's close reads the tickets of an agreement's month page by page and
 * keeps what it collected.
 */
package org.servicelevel.infrastructure.persistence.jdbc;
