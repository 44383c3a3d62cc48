/** Implementation of the months' results: the service that stores, approves, reads and exports them. */
package org.servicelevel.application.report.internal;
