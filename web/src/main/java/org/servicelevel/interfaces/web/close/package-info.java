/**
 * The month's close page: managers start the monthly report and the recomputation of the quality
 * score and invoice and follow the job; everyone reads the month's results, downloads them and
 * managers approve the drafts.
 */
package org.servicelevel.interfaces.web.close;
