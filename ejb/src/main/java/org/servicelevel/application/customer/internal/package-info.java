/**
 * Implementation of the customer service.
 */
package org.servicelevel.application.customer.internal;
