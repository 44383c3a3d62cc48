/**
 * The months' results over REST (see docs/month-close.md): the result of an agreement's month that
 * stands, the list and details of results, their exports as JSON, CSV, XLSX or the PDF act chosen by
 * {@code Accept} or {@code ?format=} in the reader's language, approval with {@code If-Match}, and the
 * audit trail. Roles and the customer's tenancy are applied by the service.
 */
package org.servicelevel.interfaces.rest.report;
