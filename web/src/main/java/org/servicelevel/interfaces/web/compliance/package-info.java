/**
 * The SLA compliance page: met and breached tickets of a period per priority, assignee, service and
 * request type, as charts with the counts beneath, and the tickets behind a bar.
 */
package org.servicelevel.interfaces.web.compliance;
