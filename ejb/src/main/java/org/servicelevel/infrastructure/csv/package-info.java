/** Reading CSV files (RFC 4180, as spreadsheets write them) with Apache Commons CSV. */
package org.servicelevel.infrastructure.csv;
