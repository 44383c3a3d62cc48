/**
 * The months' results as documents: storing each run of an agreement's month as a numbered result,
 * approving it, corrections after the approval, reading them with the customer's tenancy applied,
 * and their exports; with the interfaces of the technology they need, the JSON codec
 * ({@link org.servicelevel.application.report.ResultDocumentCodec}, in {@code infrastructure.json}) and
 * the renderer of CSV, XLSX and PDF ({@link org.servicelevel.application.report.ResultRenderer}, in
 * {@code infrastructure.export}).
 */
package org.servicelevel.application.report;
