/**
 * Exports of the months' results: one model of their tables in the reader's language
 * ({@code ResultTables}, texts from {@code org/servicelevel/exports*.properties}) written as CSV (RFC
 * 4180, UTF-8 with a byte order mark), as an XLSX workbook with Apache POI, and as the PDF act with
 * OpenPDF and the embedded DejaVu Sans font.
 */
package org.servicelevel.infrastructure.export;
