/**
 * Implementations of the agreement services, and the consistency reports they keep current inside each
 * change's transaction.
 */
package org.servicelevel.application.agreement.internal;
