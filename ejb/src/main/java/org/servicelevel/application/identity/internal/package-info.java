/**
 * Implementation of the identity service.
 */
package org.servicelevel.application.identity.internal;
